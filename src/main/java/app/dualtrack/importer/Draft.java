package app.dualtrack.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the readers found in one or more sources, before the mapping turns it into a ladder: the
 * levels in source order, the sections behaviours were filed under, and the text nothing took.
 */
public final class Draft {
    String name;
    String organisation;
    /** The source states tracks and peers outright (a Dualtrack export, a table with track and peer columns): guess neither. */
    boolean statesStructure;
    private final Map<String, DraftLevel> levels = new LinkedHashMap<>();
    private final List<Unplaced> unplaced = new ArrayList<>();
    private final List<String> remarks = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();

    public String name() { return name; }
    public String organisation() { return organisation; }
    public boolean statesStructure() { return statesStructure; }
    public Collection<DraftLevel> levels() { return List.copyOf(levels.values()); }
    public List<Unplaced> unplaced() { return List.copyOf(unplaced); }
    /** Things the readers want the user to know (sheets not read, a shape guessed). */
    public List<String> remarks() { return List.copyOf(remarks); }
    public List<String> sources() { return List.copyOf(sources); }

    /** The level with this label, created (at the end of the source order) if new. */
    DraftLevel level(String key, Where where) {
        return levels.computeIfAbsent(key, k -> new DraftLevel(k, where));
    }

    /**
     * The level with this label on this track: the label alone is the key unless a level of another
     * track already uses it ("Senior" on both tracks), then the track's name goes in front.
     */
    DraftLevel level(String label, app.dualtrack.model.Track track, Where where) {
        DraftLevel same = levels.get(label);
        if (same == null || same.trackHint == track || track == null) {
            return level(label, where);
        }
        return level(track.label() + ": " + label, where);
    }

    /** A key no level has yet: the label, else "label (2)", "label (3)" … for a second level of the same name. */
    String freshKey(String label) {
        String key = label;
        for (int n = 2; levels.containsKey(key); n++) {
            key = label + " (" + n + ")";
        }
        return key;
    }

    DraftLevel existing(String key) {
        return levels.get(key);
    }

    void unplaced(String text, Where where, String reason) {
        if (text != null && !text.isBlank()) {
            unplaced.add(new Unplaced(text.strip(), where, reason));
        }
    }

    void remark(String text) {
        remarks.add(text);
    }

    void source(String name) {
        sources.add(name);
    }

    /** The distinct section labels behaviours were filed under, in order of first use. */
    public List<String> sections() {
        return levels.values().stream().flatMap(l -> l.behaviours.stream())
                .map(DraftBehaviour::section).filter(s -> s != null).distinct().toList();
    }

    public int behaviourCount() {
        return levels.values().stream().mapToInt(l -> l.behaviours.size()).sum();
    }
}
