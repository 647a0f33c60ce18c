package app.dualtrack.ui.importer;

import app.dualtrack.importer.Draft;
import app.dualtrack.importer.ImportException;
import app.dualtrack.importer.ImportMapping;
import app.dualtrack.importer.ImportOptions;
import app.dualtrack.importer.ImportResult;
import app.dualtrack.importer.Importer;
import app.dualtrack.importer.MappingGuesser;
import app.dualtrack.importer.SourceFormat;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Track;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The import dialog without a screen: the sources (files or pasted text), how to read them, the
 * mapping (levels, tracks, codes, order, branch point, peers, sections) and a preview of the ladder
 * with its report, remade after every change. A source that cannot be read leaves a one-sentence
 * error and no preview.
 */
public final class ImportViewModel {
    private final List<Path> files = new ArrayList<>();
    private String pasted;
    private SourceFormat format;
    private String shape = "auto";
    private String sheet;
    private Draft draft;
    private ImportMapping mapping;
    private ImportResult preview;
    private String error;
    private Runnable onChange = () -> { };

    public void onChange(Runnable r) {
        onChange = r == null ? () -> { } : r;
    }

    public List<Path> files() { return List.copyOf(files); }
    public String error() { return error; }
    public Optional<ImportResult> preview() { return Optional.ofNullable(preview); }
    public ImportMapping mapping() { return mapping; }
    public String shape() { return shape; }
    public String sheet() { return sheet; }
    public SourceFormat format() { return format; }

    public void addFiles(List<Path> paths) {
        files.addAll(paths);
        pasted = null;
        reread();
    }

    public void clearFiles() {
        files.clear();
        reread();
    }

    /** Pasted text replaces any files. */
    public void paste(String text) {
        files.clear();
        pasted = text == null || text.isBlank() ? null : text;
        reread();
    }

    /** The format to read files as; null to go by their extensions. */
    public void format(SourceFormat f) {
        format = f;
        reread();
    }

    public void shape(String s) {
        shape = s == null ? "auto" : s;
        reread();
    }

    public void sheet(String s) {
        sheet = s == null || s.isBlank() ? null : s.strip();
        reread();
    }

    /** Reads the sources again and starts from a fresh guess (a new source can change everything). */
    public void reread() {
        draft = null;
        mapping = null;
        preview = null;
        error = null;
        if (files.isEmpty() && pasted == null) {
            onChange.run();
            return;
        }
        try {
            List<Importer.Source> sources = new ArrayList<>();
            if (pasted != null) {
                sources.add(Importer.pasted(pasted));
            }
            for (Path p : files) {
                sources.add(Importer.load(p, format));
            }
            draft = Importer.read(sources, new ImportOptions(shape, sheet, null));
            String fallback = files.isEmpty() ? "Imported ladder" : files.get(0).getFileName().toString().replaceFirst("\\.[^.]+$", "");
            mapping = MappingGuesser.guess(draft, fallback);
        } catch (ImportException e) {
            error = e.getMessage();
        }
        assemble();
    }

    private void assemble() {
        preview = null;
        if (draft != null && mapping != null) {
            try {
                preview = Importer.assemble(draft, mapping);
                error = null;
            } catch (ImportException e) {
                error = e.getMessage();
            }
        }
        onChange.run();
    }

    // ---------------------------------------------------------------- mapping edits

    public List<String> levelKeys() {
        return mapping == null ? List.of() : List.copyOf(mapping.levels().keySet());
    }

    public ImportMapping.LevelChoice level(String key) {
        return mapping.level(key);
    }

    public void include(String key, boolean include) {
        change(key, mapping.level(key).withInclude(include));
    }

    public void track(String key, Track track) {
        ImportMapping.LevelChoice c = mapping.level(key);
        if (c.track() != track) {
            mapping.unpair(key);
            change(key, mapping.level(key).withTrack(track));
        }
    }

    public void code(String key, String code) {
        change(key, mapping.level(key).withCode(code == null || code.isBlank() ? null : code.strip()));
    }

    public void title(String key, String title) {
        if (title != null && !title.isBlank()) {
            change(key, mapping.level(key).withTitle(title.strip()));
        }
    }

    public void order(String key, int order) {
        change(key, mapping.level(key).withOrder(order));
    }

    /** Pairs a level with another on the other track, or unpairs it (null). */
    public void peer(String key, String peerKey) {
        if (peerKey == null) {
            mapping.unpair(key);
        } else {
            mapping.pair(key, peerKey);
        }
        assemble();
    }

    /** Makes the levels up to this one shared; null makes nothing shared. */
    public void branchAfter(String key) {
        if (key == null) {
            mapping.levels().forEach((k, c) -> {
                if (c.track() == Track.SHARED) {
                    mapping.level(k, c.withTrack(Track.TECHNICAL));
                }
            });
        } else {
            mapping.branchAfter(key);
        }
        assemble();
    }

    /** The levels a given level could be paired with: those on the other branch track. */
    public List<String> peerCandidates(String key) {
        Track t = mapping.level(key).track();
        if (!t.isBranch()) {
            return List.of();
        }
        return mapping.track(t.opposite());
    }

    public List<String> sections() {
        return mapping == null ? List.of() : List.copyOf(mapping.sections().keySet());
    }

    public ImportMapping.SectionChoice section(String label) {
        return mapping.section(label);
    }

    public void sectionKind(String label, BehaviourKind kind) {
        mapping.section(label, new ImportMapping.SectionChoice(kind, mapping.section(label).area()));
        assemble();
    }

    public void sectionArea(String label, String area) {
        mapping.section(label, new ImportMapping.SectionChoice(mapping.section(label).kind(), area == null || area.isBlank() ? null : area.strip()));
        assemble();
    }

    public void name(String name) {
        if (mapping != null && name != null && !name.isBlank()) {
            mapping.name(name.strip());
            assemble();
        }
    }

    private void change(String key, ImportMapping.LevelChoice c) {
        mapping.level(key, c);
        assemble();
    }

    /** The report lines to show under the mapping, or the error. */
    public List<String> reportLines() {
        if (error != null) {
            return List.of(error);
        }
        return preview == null ? List.of("Add a file or paste text to see what will be imported.") : preview.report().lines();
    }

    /** The ladder to open, when there is one. */
    public Optional<Ladder> result() {
        return preview().map(ImportResult::ladder);
    }

    /**
     * What the source calls a level: its heading or column label, or for a level that a data file
     * names by id, the code and title the file gives it (an id is not for reading).
     */
    public String foundAs(String key) {
        if (draft == null) {
            return key;
        }
        return draft.levels().stream().filter(l -> l.key().equals(key)).findFirst()
                .map(l -> key.equals(l.sourceId()) && l.title() != null ? (l.code() == null ? l.title() : l.code() + " " + l.title()) : key)
                .orElse(key);
    }

    /** How many behaviours the source holds for a level, for the preview. */
    public int behaviourCount(String key) {
        return draft == null ? 0 : draft.levels().stream().filter(l -> l.key().equals(key)).mapToInt(l -> l.behaviours().size()).sum();
    }

    /** "IC3 Senior Engineer" for a key, for lists and menus. */
    public String label(String key) {
        return mapping.level(key).label();
    }
}
