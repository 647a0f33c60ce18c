package app.dualtrack.importer;

import app.dualtrack.format.LadderFormatException;
import app.dualtrack.format.LadderReader;
import app.dualtrack.format.LadderWriter;
import app.dualtrack.model.Track;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads sources into a {@link Draft} (step one, which the dialog previews), then with a mapping
 * makes the ladder (step two). The CLI and the app both go through here.
 */
public final class Importer {
    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);
    /** A source larger than this is not a ladder; refusing it keeps a mistaken pick from filling memory. */
    static final long MAX_SOURCE_BYTES = 32L * 1024 * 1024;

    /** One source: its name for messages, its format and its bytes. */
    public record Source(String name, SourceFormat format, byte[] bytes) {
    }

    private Importer() {
    }

    /** Loads a file; the format from {@code from}, else from the extension. */
    public static Source load(Path file, SourceFormat from) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        SourceFormat format = from != null ? from : SourceFormat.fromFileName(name);
        if (format == null) {
            throw new ImportException(file + ": cannot tell the format from the name; say which with --from markdown|csv|xlsx|yaml|html|text");
        }
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(file + ": is a folder, not a file");
            }
            if (Files.size(file) > MAX_SOURCE_BYTES) {
                throw new ImportException(file + ": is larger than " + MAX_SOURCE_BYTES / (1024 * 1024) + " MB, too large to be a ladder");
            }
            return new Source(file.toString(), format, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ImportException(file + ": no such file");
        } catch (IOException e) {
            LOG.warn("cannot read {}", file, e);
            throw new ImportException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Pasted text, read as Markdown when it uses Markdown's headings or tables, else as plain text. */
    public static Source pasted(String text) {
        boolean markdown = text.lines().anyMatch(l -> l.matches("^#{1,6}\\s+\\S.*") || l.matches("^\\s*\\|.*\\|\\s*$"));
        return new Source("pasted text", markdown ? SourceFormat.MARKDOWN : SourceFormat.TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Step one: what the sources hold. */
    public static Draft read(List<Source> sources, ImportOptions options) throws ImportException {
        Draft draft = new Draft();
        for (Source s : sources) {
            try {
                readOne(draft, s, options);
            } catch (SourceProblem e) {
                throw new ImportException(e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("import of {} failed", s.name(), e);
                throw new ImportException(s.name() + ": could not be read (" + e + ")", e);
            }
        }
        if (draft.levels().isEmpty()) {
            throw new ImportException(String.join(", ", sources.stream().map(Source::name).toList())
                    + ": no levels found; a level is a heading, a column or a row naming one (\"Senior Engineer\", \"IC3\", \"Level 2\")");
        }
        return draft;
    }

    /** Step two: the ladder, checked against the file format. */
    public static ImportResult assemble(Draft draft, ImportMapping mapping) throws ImportException {
        ImportResult result = LadderAssembler.assemble(draft, mapping);
        try {
            LadderReader.parse(LadderWriter.toCanonicalJson(result.ladder()), "import");
        } catch (LadderFormatException e) {
            LOG.error("an import made an invalid ladder: {}", e.getMessage());
            throw new ImportException("the imported ladder is not valid (" + e.getMessage() + "); change the mapping and try again");
        }
        return result;
    }

    private static void readOne(Draft draft, Source s, ImportOptions options) throws ImportException {
        draft.source(s.name());
        String display = Path.of(s.name()).getFileName() == null ? s.name() : Path.of(s.name()).getFileName().toString();
        Track track = options.track();
        switch (s.format()) {
            case XLSX -> {
                TableInterpreter tables = new TableInterpreter(draft);
                for (Grid g : new XlsxReader(display).read(s.bytes(), options.sheet(), draft)) {
                    Track sheetTrack = track != null ? track : g.name() == null ? null : LevelLabels.trackHeading(g.name());
                    tables.read(g, options.tableShape(), sheetTrack);
                }
            }
            case CSV -> new TableInterpreter(draft).read(new CsvReader(display).read(text(s)), options.tableShape(), track);
            case MARKDOWN -> {
                MarkdownReader.Result r = new MarkdownReader(display).read(text(s));
                draft.statesStructure |= r.statesStructure();
                Track t = frontMatter(draft, r.frontMatter(), display);
                new OutlineInterpreter(draft).read(r.blocks(), track != null ? track : t, options.tableShape());
            }
            case HTML -> {
                String html = text(s);
                HtmlReader reader = new HtmlReader(display);
                List<Block> blocks = reader.read(html);
                new OutlineInterpreter(draft).read(blocks, track, options.tableShape());
                if (draft.name == null && !reader.title(html).isBlank()) {
                    draft.name = reader.title(html).strip();
                }
            }
            case TEXT -> new OutlineInterpreter(draft).read(new TextReader(display).read(text(s)), track, options.tableShape());
            case YAML -> {
                List<Block> blocks = new YamlReader(display, draft).read(text(s));
                if (!blocks.isEmpty()) {
                    new OutlineInterpreter(draft).read(blocks, track, options.tableShape());
                }
            }
        }
    }

    /** Front matter: the ladder's name, organisation and the file's track; other text is kept in the notes. */
    private static Track frontMatter(Draft draft, Map<String, JsonNode> front, String file) {
        Track track = null;
        List<String> unused = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : front.entrySet()) {
            String k = e.getKey().toLowerCase(java.util.Locale.ROOT);
            String v = e.getValue().isValueNode() ? e.getValue().asText().strip() : null;
            switch (k) {
                case "title", "name" -> {
                    if (draft.name == null) {
                        draft.name = v;
                    }
                }
                case "organisation", "organization", "company" -> draft.organisation = v;
                case "track", "path" -> track = LevelLabels.trackWord(v);
                default -> {
                    if (v != null && v.split("\\s+").length >= 3) {
                        draft.unplaced(v, Where.line(file, 0), "the front matter field “" + e.getKey() + "” is not one a ladder has");
                    } else {
                        unused.add(e.getKey());
                    }
                }
            }
        }
        if (!unused.isEmpty()) {
            draft.remark(file + ": front matter fields not used (they hold no sentences): " + String.join(", ", unused) + ".");
        }
        return track;
    }

    /** Strict UTF-8 (a BOM is dropped); a broken byte is named by line rather than turned into "\uFFFD". */
    private static String text(Source s) throws ImportException {
        try {
            String t = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(s.bytes())).toString();
            return t.startsWith("\uFEFF") ? t.substring(1) : t;
        } catch (CharacterCodingException e) {
            int line = 1;
            byte[] b = s.bytes();
            for (int i = 0; i < b.length; i++) {
                if (b[i] == '\n') {
                    line++;
                } else if (b[i] < 0 && !validAt(b, i)) {
                    break;
                }
            }
            throw new ImportException(Where.line(s.name(), line), "is not UTF-8 text; save it as UTF-8 and import again");
        }
    }

    private static boolean validAt(byte[] b, int i) {
        try {
            int len = (b[i] & 0xE0) == 0xC0 ? 2 : (b[i] & 0xF0) == 0xE0 ? 3 : (b[i] & 0xF8) == 0xF0 ? 4 : 1;
            if (len == 1 || i + len > b.length) {
                return (b[i] & 0xC0) == 0x80;
            }
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b, i, len));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
