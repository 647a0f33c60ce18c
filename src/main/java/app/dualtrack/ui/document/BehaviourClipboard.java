package app.dualtrack.ui.document;

import app.dualtrack.format.FormatLimits;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.format.LadderReader;
import app.dualtrack.format.LadderWriter;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whole behaviours on the clipboard, in two forms at once: plain text, one behaviour per line, so they
 * paste into a wiki, a chat or a spreadsheet; and ladder JSON (a one-level ladder holding them), so a
 * paste into Dualtrack keeps each behaviour's kind and area. Reading takes that JSON when it is there,
 * a level copied as ladder JSON, or else any text: one behaviour per line, bullet markers stripped,
 * because leaders copy their bullets out of wikis and spreadsheets.
 */
public final class BehaviourClipboard {
    /** One behaviour with the list it came from. */
    public record Item(BehaviourKind kind, Behaviour behaviour) {
    }

    /** What goes on the clipboard: both forms. */
    public record Contents(String text, String json) {
    }

    /** What was read: the behaviours, or why there are none. */
    public record Read(List<Item> items, String problem) {
        static Read of(List<Item> items) {
            return new Read(List.copyOf(items), null);
        }

        static Read refused(String problem) {
            return new Read(List.of(), problem);
        }

        public boolean ok() {
            return problem == null;
        }

        /** True when the behaviours came from both lists, so each goes back to its own. */
        public boolean mixesKinds() {
            return items.stream().map(Item::kind).distinct().count() > 1;
        }
    }

    /** Where the clipboard lives: the system clipboard in the window, a field in tests. */
    public interface Access {
        void put(Contents contents);

        /** The ladder JSON put there by Dualtrack, if the clipboard holds that form. */
        Optional<String> json();

        /** The plain text on the clipboard, if any. */
        Optional<String> text();

        static Access inMemory() {
            return holdingText(null);
        }

        /** A clipboard holding only text another program put there (a wiki, a spreadsheet), for tests. */
        static Access holdingText(String text) {
            return new Access() {
                private Contents contents;

                @Override
                public void put(Contents c) {
                    contents = c;
                }

                @Override
                public Optional<String> json() {
                    return Optional.ofNullable(contents).map(Contents::json);
                }

                @Override
                public Optional<String> text() {
                    return contents != null ? Optional.of(contents.text()) : Optional.ofNullable(text);
                }
            };
        }
    }

    /**
     * A bullet or number a list item starts with: "- ", "* ", "• ", "· ", "– ", "— ", "1. ", "1) ", "a) ",
     * "[ ] " and "[x] " (task lists), also nested ("- [ ] ").
     */
    private static final Pattern BULLET = Pattern.compile(
            "^(?:[-*+•·‣◦▪–—]\\s+|\\d{1,3}[.)]\\s+|[a-zA-Z][)]\\s+|\\[[ xX]?]\\s+)+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n]]");

    private BehaviourClipboard() {
    }

    /** The behaviours of one level, as plain text and as a one-level ladder with the source's areas. */
    public static Contents copy(Ladder from, String levelId, List<Item> items) {
        Level source = from.level(levelId).orElseThrow();
        Track track = from.trackOf(levelId).orElse(Track.TECHNICAL);
        List<Behaviour> primary = new ArrayList<>();
        List<Behaviour> supporting = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Item item : items) {
            (item.kind() == BehaviourKind.PRIMARY ? primary : supporting).add(item.behaviour());
            text.append(item.behaviour().text().replaceAll("\\s*\\R\\s*", " ").strip()).append('\n');
        }
        Level holder = Level.of(source.id(), source.title()).toBuilder().code(source.code()).primary(primary).supporting(supporting).build();
        Ladder clip = Ladder.named("Behaviours copied from " + source.title()).toBuilder()
                .areas(from.areas()).build();
        clip = clip.addLevel(track, 0, holder);
        return new Contents(text.toString(), LadderWriter.toCanonicalJson(clip));
    }

    /** Reads what the clipboard holds as behaviours, with a sentence saying why when it holds none. */
    public static Read read(Access clipboard) {
        Optional<String> json = clipboard.json();
        if (json.isPresent()) {
            Optional<List<Item>> fromLadder = fromLadderJson(json.get());
            if (fromLadder.isPresent()) {
                return Read.of(fromLadder.get());
            }
        }
        Optional<String> text = clipboard.text();
        if (text.isEmpty() || text.get().isBlank()) {
            return Read.refused("The clipboard holds no text to paste as behaviours.");
        }
        Optional<List<Item>> level = fromLadderJson(text.get());
        if (level.isPresent()) {
            return level.get().isEmpty() ? Read.refused("The level on the clipboard has no behaviours to paste.") : Read.of(level.get());
        }
        return fromLines(text.get());
    }

    /** One behaviour per non-empty line, bullet markers and control characters removed. */
    static Read fromLines(String text) {
        List<Item> items = new ArrayList<>();
        int lineNumber = 0;
        for (String raw : text.split("\\R")) {
            lineNumber++;
            String line = sentence(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() > FormatLimits.MAX_TEXT_CHARS) {
                return Read.refused("Line " + lineNumber + " of the clipboard has " + line.length() + " characters; a behaviour holds at most "
                        + FormatLimits.MAX_TEXT_CHARS + ". Nothing was pasted.");
            }
            items.add(new Item(BehaviourKind.PRIMARY, new Behaviour(line)));
        }
        return items.isEmpty() ? Read.refused("The clipboard holds no text to paste as behaviours.") : Read.of(items);
    }

    /** A pasted line as a behaviour: tabs (spreadsheet cells) and control characters become spaces, bullets go. */
    static String sentence(String line) {
        String s = CONTROL.matcher(line).replaceAll(" ").strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\"\"", "\"").strip(); // a spreadsheet cell quoted on copy
        }
        s = BULLET.matcher(s).replaceFirst("");
        return s.replaceAll("\\s{2,}", " ").strip();
    }

    /** The behaviours of the first level of a ladder JSON text (both lists, kinds kept); empty when it is no ladder. */
    private static Optional<List<Item>> fromLadderJson(String text) {
        String t = text.strip();
        if (!t.startsWith("{")) {
            return Optional.empty();
        }
        Ladder clip;
        try {
            clip = LadderReader.parse(t, "clipboard");
        } catch (LadderFormatException e) {
            return Optional.empty(); // JSON of something else: read as lines of text instead
        }
        for (Track track : Track.values()) {
            for (Level level : clip.track(track)) {
                List<Item> items = new ArrayList<>();
                level.primary().forEach(b -> items.add(new Item(BehaviourKind.PRIMARY, b)));
                level.supporting().forEach(b -> items.add(new Item(BehaviourKind.SUPPORTING, b)));
                return Optional.of(items);
            }
        }
        return Optional.of(List.of());
    }
}
