package app.dualtrack.format;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of plain values (Map, List, String, Number, Boolean, null) in the canonical text
 * of the ladder format: two-space indentation, {@code "key": value}, one member or element a line,
 * {@code []} and {@code {}} when empty, non-ASCII characters as themselves, a final newline.
 */
final class CanonicalJsonWriter {
    private final StringBuilder out = new StringBuilder();

    private CanonicalJsonWriter() {
    }

    static String write(Object value) {
        CanonicalJsonWriter w = new CanonicalJsonWriter();
        w.value(value, 0);
        w.out.append('\n');
        return w.out.toString();
    }

    private void value(Object v, int depth) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Boolean b) {
            out.append(b);
        } else if (v instanceof BigDecimal d) {
            out.append(d.toString());
        } else if (v instanceof Number n) {
            out.append(n.toString());
        } else if (v instanceof Map<?, ?> m) {
            object(m, depth);
        } else if (v instanceof List<?> l) {
            array(l, depth);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass());
        }
    }

    private void object(Map<?, ?> m, int depth) {
        if (m.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            indent(depth + 1);
            string((String) e.getKey());
            out.append(": ");
            value(e.getValue(), depth + 1);
            out.append(++i < m.size() ? ",\n" : "\n");
        }
        indent(depth);
        out.append('}');
    }

    private void array(List<?> l, int depth) {
        if (l.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (int i = 0; i < l.size(); i++) {
            indent(depth + 1);
            value(l.get(i), depth + 1);
            out.append(i + 1 < l.size() ? ",\n" : "\n");
        }
        indent(depth);
        out.append(']');
    }

    private void string(String s) {
        out.append('"');
        out.append(JsonStringEncoder.getInstance().quoteAsString(s));
        out.append('"');
    }

    private void indent(int depth) {
        out.append("  ".repeat(depth));
    }
}
