package app.dualtrack.format;

import app.dualtrack.model.Area;
import app.dualtrack.model.Band;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.Extras;
import app.dualtrack.model.Growth;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Mechanism;
import app.dualtrack.model.Suppression;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link Ladder} into the canonical text of format version 1. */
public final class LadderWriter {
    private LadderWriter() {
    }

    /** The canonical text of a ladder, ending in a newline. */
    public static String toCanonicalJson(Ladder ladder) {
        return CanonicalJsonWriter.write(tree(ladder));
    }

    static Map<String, Object> tree(Ladder l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "ladder");
        m.put("formatVersion", l.formatVersion());
        m.put("name", l.name());
        putIf(m, "organisation", l.organisation());
        putIf(m, "headcount", l.headcount());
        putIf(m, "edition", l.edition());
        putIf(m, "reviewed", l.reviewed() == null ? null : l.reviewed().toString());
        putIf(m, "reviewEveryMonths", l.reviewEveryMonths());
        m.put("shared", l.shared().stream().map(LadderWriter::level).toList());
        m.put("technical", l.technical().stream().map(LadderWriter::level).toList());
        m.put("management", l.management().stream().map(LadderWriter::level).toList());
        putList(m, "areas", l.areas().stream().map(LadderWriter::area).toList());
        putList(m, "visibility", l.visibility().stream().map(LadderWriter::mechanism).toList());
        putList(m, "suppressions", l.suppressions().stream().map(LadderWriter::suppression).toList());
        putIf(m, "notes", l.notes());
        extras(m, l.extras());
        return m;
    }

    private static Map<String, Object> level(Level l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("title", l.title());
        putIf(m, "code", l.code());
        putIf(m, "summary", l.summary());
        putIf(m, "scope", l.scope());
        putList(m, "primary", l.primary().stream().map(LadderWriter::behaviour).toList());
        putList(m, "supporting", l.supporting().stream().map(LadderWriter::behaviour).toList());
        putList(m, "growth", l.growth().stream().map(Growth::key).toList());
        putIf(m, "minHeadcount", l.minHeadcount());
        putIf(m, "peer", l.peer());
        if (l.band() != null) {
            m.put("band", band(l.band()));
        }
        extras(m, l.extras());
        return m;
    }

    private static Object behaviour(Behaviour b) {
        if (b.isPlain()) {
            return b.text();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", b.text());
        putIf(m, "area", b.area());
        extras(m, b.extras());
        return m;
    }

    private static Map<String, Object> band(Band b) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIf(m, "min", b.min());
        putIf(m, "max", b.max());
        putIf(m, "currency", b.currency());
        extras(m, b.extras());
        return m;
    }

    private static Map<String, Object> area(Area a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        putIf(m, "description", a.description());
        extras(m, a.extras());
        return m;
    }

    private static Map<String, Object> mechanism(Mechanism x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", x.kind().key());
        m.put("title", x.title());
        m.put("cadence", x.cadence().key());
        putIf(m, "appliesFrom", x.appliesFrom());
        putIf(m, "required", x.required());
        putIf(m, "description", x.description());
        extras(m, x.extras());
        return m;
    }

    private static Map<String, Object> suppression(Suppression s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", s.rule());
        putIf(m, "level", s.level());
        m.put("reason", s.reason());
        extras(m, s.extras());
        return m;
    }

    private static void putIf(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static void putList(Map<String, Object> m, String key, List<?> list) {
        if (!list.isEmpty()) {
            m.put(key, list);
        }
    }

    private static void extras(Map<String, Object> m, Extras extras) {
        extras.fields().forEach(m::putIfAbsent);
    }
}
