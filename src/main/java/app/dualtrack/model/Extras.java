package app.dualtrack.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields a file carried that this version of the format does not know. They are kept, in their
 * original order, and written back after the known fields so that nothing a newer writer added is
 * lost. Values are plain JSON values: {@code String}, {@code java.math.BigDecimal} or
 * {@code java.math.BigInteger}, {@code Boolean}, {@code null}, {@code List} and {@code Map}.
 */
public final class Extras {
    public static final Extras NONE = new Extras(Map.of());

    private final Map<String, Object> fields;

    private Extras(Map<String, Object> fields) {
        this.fields = fields;
    }

    public static Extras of(Map<String, Object> fields) {
        if (fields == null || fields.isEmpty()) {
            return NONE;
        }
        return new Extras(Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
    }

    /** The unknown fields in file order; unmodifiable. */
    public Map<String, Object> fields() {
        return fields;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extras other && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "Extras" + fields;
    }
}
