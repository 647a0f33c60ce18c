package app.dualtrack.format;

import app.dualtrack.json.JsonTrees;
import app.dualtrack.model.Area;
import app.dualtrack.model.Band;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.Cadence;
import app.dualtrack.model.Extras;
import app.dualtrack.model.Growth;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Mechanism;
import app.dualtrack.model.MechanismKind;
import app.dualtrack.model.Suppression;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads format version 1 into a {@link Ladder}. Every problem becomes a
 * {@link LadderFormatException} whose message names the file and what is wrong.
 */
public final class LadderReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(FormatLimits.MAX_NESTING_DEPTH)
                    .maxStringLength((int) Math.min(Integer.MAX_VALUE, FormatLimits.MAX_FILE_BYTES))
                    .maxNumberLength(100)
                    // a name may hold MAX_TEXT_CHARS characters of two UTF-16 units each
                    .maxNameLength(2 * FormatLimits.MAX_TEXT_CHARS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String source;
    /** The text, kept so that line numbers are worked out only when there is a problem to report. */
    private String parsedText;
    private LocationIndex locations;
    private TextPositions positions;
    /** JSON Pointer segments of the value being read, so that problems name their line. */
    private final java.util.ArrayDeque<String> path = new java.util.ArrayDeque<>();

    private LadderReader(String source) {
        this.source = source;
    }

    /** Parses ladder text; {@code source} names the file in messages. */
    public static Ladder parse(String text, String source) throws LadderFormatException {
        return new LadderReader(source).read(text);
    }

    private Ladder read(String text) throws LadderFormatException {
        positions = new TextPositions(text);
        TextPositions.LoneSurrogate lone = positions.firstLoneSurrogate();
        if (lone != null) {
            throw new LadderFormatException(source, lone.line(), lone.column(), "the escape " + lone.escape()
                    + " is half of a character pair (an unpaired surrogate) and stands for no character; remove it or write the whole character");
        }
        if (text.isBlank()) {
            throw new LadderFormatException(source, 1, 1, "the file is empty; a ladder file holds one JSON object");
        }
        JsonNode root;
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(text);
            // numbers exactly as written (0.0 stays a decimal), and nothing after the one object
            root = JsonTrees.read(parser, true);
        } catch (JsonProcessingException e) {
            throw syntaxError(e.getOriginalMessage(), e.getLocation(), parser);
        } catch (NumberFormatException e) {
            // a number such as 1e9999999999 whose exponent no decimal can hold
            throw syntaxError("", null, parser, "a number here has an exponent too large to be a number at all");
        } catch (IOException e) {
            throw new LadderFormatException(source, 0, 0, "cannot be read: " + e.getMessage());
        } finally {
            closeQuietly(parser);
        }
        // Locations take a second pass over the text; a valid file (every version in a 500-commit history) never needs them.
        parsedText = text;
        if (root == null || !root.isObject()) {
            throw fail("a ladder file must contain one JSON object");
        }
        if (!"ladder".equals(text(root, "format", "the file", true))) {
            throw fail("this is not a ladder file: `format` must be \"ladder\"");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isIntegralNumber()) {
            throw failAt("formatVersion", "`formatVersion` is missing or not a whole number");
        }
        // compared as the whole number written: 4294967297 must not wrap around to 1
        if (version.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(Ladder.FORMAT_VERSION)) > 0) {
            throw failAt("formatVersion", "this ladder was written in format version " + version.asText()
                    + ", newer than this version of Dualtrack reads (" + Ladder.FORMAT_VERSION + "); please update Dualtrack");
        }
        if (version.bigIntegerValue().signum() < 1) {
            throw fail("`formatVersion` " + version.asText() + " does not exist; the first version is 1");
        }
        Ladder.Builder b = new Ladder.Builder(text(root, "name", "the ladder", true));
        b.organisation(text(root, "organisation", "the ladder", false));
        b.headcount(positiveInt(root, "headcount", "the ladder"));
        b.edition(text(root, "edition", "the ladder", false));
        String reviewed = text(root, "reviewed", "the ladder", false);
        if (reviewed != null) {
            try {
                if (!reviewed.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new DateTimeParseException("", reviewed, 0);
                }
                b.reviewed(LocalDate.parse(reviewed));
            } catch (DateTimeParseException e) {
                throw failAt("reviewed", "`reviewed` is \"" + reviewed + "\", which is not a real date in the form YYYY-MM-DD");
            }
        }
        b.reviewEveryMonths(positiveInt(root, "reviewEveryMonths", "the ladder"));
        b.shared(levels(root, "shared"));
        b.technical(levels(root, "technical"));
        b.management(levels(root, "management"));
        b.areas(list(root, "areas", "the ladder", this::area));
        b.visibility(list(root, "visibility", "the ladder", this::mechanism));
        b.suppressions(list(root, "suppressions", "the ladder", this::suppression));
        b.notes(text(root, "notes", "the ladder", false));
        b.extras(extras(root, Set.of("format", "formatVersion", "name", "organisation", "headcount", "edition",
                "reviewed", "reviewEveryMonths", "shared", "technical", "management", "areas", "visibility",
                "suppressions", "notes")));
        Ladder ladder = b.build();
        try {
            LadderValidator.validate(ladder, source);
        } catch (LadderValidator.Problem e) {
            throw at(e.pointer(), e.getMessage());
        }
        return ladder;
    }

    private LadderFormatException syntaxError(String parserMessage, JsonLocation where, JsonParser parser) {
        String problem = JsonSyntaxMessages.explain(parserMessage);
        boolean json = !parserMessage.startsWith("Document nesting") && !parserMessage.startsWith("Name length")
                && !parserMessage.startsWith("Number value length") && !parserMessage.startsWith("String value length");
        return syntaxError(parserMessage, where, parser, json ? "this is not valid JSON: " + problem : problem);
    }

    /** Where the parser stopped (the exception's location, or the parser's when the exception has none, as for limits). */
    private LadderFormatException syntaxError(String parserMessage, JsonLocation where, JsonParser parser, String problem) {
        JsonLocation loc = where != null && where.getLineNr() > 0 ? where : parser == null ? null : parser.currentLocation();
        int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
        int column = loc == null ? 0 : positions.column(line, Math.max(0, loc.getColumnNr()));
        return new LadderFormatException(source, line, column, problem);
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // a parser over a String holds no resource that could fail to close
            }
        }
    }

    private interface Item<T> {
        T read(JsonNode node, String where) throws LadderFormatException;
    }

    private List<Level> levels(JsonNode root, String track) throws LadderFormatException {
        if (!root.has(track)) {
            throw fail("the `" + track + "` list of levels is missing (write `\"" + track + "\": []` for none)");
        }
        return list(root, track, "the ladder", this::level);
    }

    private <T> List<T> list(JsonNode parent, String field, String where, Item<T> item) throws LadderFormatException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw fail("`" + field + "` of " + where + " must be a list");
        }
        int limit = field.equals("primary") || field.equals("supporting") ? FormatLimits.MAX_BEHAVIOURS_PER_LEVEL
                : field.equals("shared") || field.equals("technical") || field.equals("management") ? FormatLimits.MAX_LEVELS : FormatLimits.MAX_LIST_ITEMS;
        path.addLast(field);
        if (node.size() > limit) {
            throw fail("`" + field + "` of " + where + " has " + node.size() + " items; Dualtrack accepts at most " + limit);
        }
        List<T> result = new ArrayList<>();
        int i = 0;
        for (JsonNode element : node) {
            path.addLast(String.valueOf(i));
            result.add(item.read(element, "item " + (++i) + " of `" + field + "`"));
            path.removeLast();
        }
        path.removeLast();
        return result;
    }

    private Level level(JsonNode n, String where) throws LadderFormatException {
        if (!n.isObject()) {
            throw fail(where + " must be a level object");
        }
        String id = text(n, "id", where, true);
        String label = "level `" + id + "`";
        Level.Builder b = new Level.Builder(id, text(n, "title", label, true));
        b.code(text(n, "code", label, false));
        b.summary(text(n, "summary", label, false));
        b.scope(text(n, "scope", label, false));
        b.primary(list(n, "primary", label, this::behaviour));
        b.supporting(list(n, "supporting", label, this::behaviour));
        List<Growth> growth = new ArrayList<>();
        for (String g : list(n, "growth", label, (e, w) -> {
            if (!e.isTextual()) {
                throw fail("`growth` of " + label + " must list words such as \"depth\"");
            }
            return e.asText();
        })) {
            growth.add(Growth.fromKey(g).orElseThrow(() -> failAt("growth", "`growth` of " + label + " has \"" + g
                    + "\"; it may only be \"scope\", \"depth\", \"breadth\" or \"external\"")));
        }
        b.growth(growth);
        b.minHeadcount(positiveInt(n, "minHeadcount", label));
        b.peer(text(n, "peer", label, false));
        JsonNode band = n.get("band");
        if (band != null && !band.isNull()) {
            b.band(band(band, label));
        }
        b.extras(extras(n, Set.of("id", "title", "code", "summary", "scope", "primary", "supporting", "growth",
                "minHeadcount", "peer", "band")));
        return b.build();
    }

    private Band band(JsonNode n, String label) throws LadderFormatException {
        if (!n.isObject()) {
            throw fail("`band` of " + label + " must be an object with `min`, `max` and `currency`");
        }
        JsonNode min = n.get("min");
        JsonNode max = n.get("max");
        for (JsonNode v : new JsonNode[] {min, max}) {
            if (v != null && !v.isNumber()) {
                throw fail("`band` of " + label + ": `min` and `max` must be numbers");
            }
            if (v != null && v.decimalValue().signum() < 0) {
                throw fail("`band` of " + label + ": pay cannot be negative");
            }
            // pay has at most 15 digits before the point and 6 after: 1e999999999 is no salary, and printing it would take gigabytes
            if (v != null && (v.decimalValue().precision() - v.decimalValue().scale() > 15 || v.decimalValue().scale() > 6)) {
                throw fail("`band` of " + label + ": " + shownNumber(v) + " is out of range for pay (at most 15 digits before the decimal point and 6 after)");
            }
        }
        if (min != null && max != null && min.decimalValue().compareTo(max.decimalValue()) > 0) {
            throw fail("`band` of " + label + ": `min` is above `max`");
        }
        return new Band(min == null ? null : min.decimalValue(), max == null ? null : max.decimalValue(),
                text(n, "currency", "the band of " + label, false), extras(n, Set.of("min", "max", "currency")));
    }

    private Behaviour behaviour(JsonNode n, String where) throws LadderFormatException {
        if (n.isTextual()) {
            return new Behaviour(checkedText(n.asText(), "text", where));
        }
        if (!n.isObject()) {
            throw fail(where + " must be a sentence or an object with `text`");
        }
        return new Behaviour(text(n, "text", where, true), text(n, "area", where, false),
                extras(n, Set.of("text", "area")));
    }

    private Area area(JsonNode n, String where) throws LadderFormatException {
        if (!n.isObject()) {
            throw fail(where + " must be an area object");
        }
        return new Area(text(n, "id", where, true), text(n, "title", where, true),
                text(n, "description", where, false), extras(n, Set.of("id", "title", "description")));
    }

    private Mechanism mechanism(JsonNode n, String where) throws LadderFormatException {
        if (!n.isObject()) {
            throw fail(where + " must be a mechanism object");
        }
        String kind = text(n, "kind", where, true);
        String cadence = text(n, "cadence", where, true);
        JsonNode required = n.get("required");
        if (required != null && !required.isBoolean()) {
            throw fail("`required` of " + where + " must be true or false");
        }
        return new Mechanism(
                MechanismKind.fromKey(kind).orElseThrow(() -> failAt("kind", "`kind` of " + where + " is \"" + kind
                        + "\"; it may be \"scope-document\", \"technical-review\" or \"other\"")),
                text(n, "title", where, true),
                Cadence.fromKey(cadence).orElseThrow(() -> failAt("cadence", "`cadence` of " + where + " is \"" + cadence
                        + "\"; it may be \"monthly\", \"quarterly\", \"half-yearly\" or \"yearly\"")),
                text(n, "appliesFrom", where, false),
                required == null ? null : required.booleanValue(),
                text(n, "description", where, false),
                extras(n, Set.of("kind", "title", "cadence", "appliesFrom", "required", "description")));
    }

    private Suppression suppression(JsonNode n, String where) throws LadderFormatException {
        if (!n.isObject()) {
            throw fail(where + " must be a suppression object");
        }
        return new Suppression(text(n, "rule", where, true), text(n, "level", where, false),
                text(n, "reason", where, true), extras(n, Set.of("rule", "level", "reason")));
    }

    private String text(JsonNode n, String field, String where, boolean required) throws LadderFormatException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw fail(where + " has no `" + field + "`, which is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw failAt(field, "`" + field + "` of " + where + " must be text, not " + describe(v));
        }
        return checkedText(v.asText(), field, where);
    }

    /** Refuses texts no person wrote: absurdly long, or with control characters. */
    private String checkedText(String text, String field, String where) throws LadderFormatException {
        // characters as a person counts them: an emoji is one, not two UTF-16 units
        int characters = text.codePointCount(0, text.length());
        if (characters > FormatLimits.MAX_TEXT_CHARS) {
            throw failAt(field, "`" + field + "` of " + where + " is " + String.format(java.util.Locale.ROOT, "%,d", characters)
                    + " characters long; Dualtrack accepts at most " + String.format(java.util.Locale.ROOT, "%,d", FormatLimits.MAX_TEXT_CHARS));
        }
        int position = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            position++;
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                throw failAt(field, "`" + field + "` of " + where + " contains a control character (U+" + String.format("%04X", (int) c)
                        + ") at character " + position + "; remove it");
            }
        }
        return text;
    }

    private Integer positiveInt(JsonNode n, String field, String where) throws LadderFormatException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber()) {
            throw failAt(field, "`" + field + "` of " + where + " must be a whole number, not " + describe(v));
        }
        if (v.bigIntegerValue().signum() <= 0) {
            throw failAt(field, "`" + field + "` of " + where + " is " + v.asText() + "; it must be 1 or more");
        }
        if (v.bigIntegerValue().bitLength() > 31) {
            throw failAt(field, "`" + field + "` of " + where + " is " + v.asText() + ", which is too large");
        }
        return v.intValue();
    }

    private Extras extras(JsonNode n, Set<String> known) {
        Map<String, Object> unknown = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!known.contains(e.getKey())) {
                unknown.put(e.getKey(), plain(e.getValue()));
            }
        }
        return Extras.of(unknown);
    }

    /** Converts a JSON node to plain Java values that keep their exact numbers. */
    private static Object plain(JsonNode n) {
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            n.fields().forEachRemaining(e -> m.put(e.getKey(), plain(e.getValue())));
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.forEach(e -> l.add(plain(e)));
            return l;
        }
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isIntegralNumber()) {
            return n.bigIntegerValue();
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        return null;
    }

    private static String describe(JsonNode v) {
        if (v.isNumber()) return shownNumber(v);
        if (v.isTextual()) return "text";
        if (v.isBoolean()) return "true/false";
        if (v.isArray()) return "a list";
        if (v.isObject()) return "an object";
        return "null";
    }

    /** A number as written, shortened if absurdly long. */
    private static String shownNumber(JsonNode v) {
        String s = v.asText();
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    private String pointer() {
        return path.isEmpty() ? "" : "/" + String.join("/", path);
    }

    private LadderFormatException fail(String problem) {
        return at(pointer(), problem);
    }

    private LadderFormatException failAt(String field, String problem) {
        return at(pointer() + "/" + field, problem);
    }

    private LadderFormatException at(String pointer, String problem) {
        if (locations == null && parsedText != null) {
            locations = LocationIndex.of(FACTORY, parsedText);
        }
        LocationIndex.Location l = locations == null ? new LocationIndex.Location(0, 0) : locations.find(pointer);
        return new LadderFormatException(source, l.line(), positions.column(l.line(), l.column()), problem);
    }
}
