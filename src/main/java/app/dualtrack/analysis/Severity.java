package app.dualtrack.analysis;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The word used in files and on the command line: "error", "warning", "info". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> fromKey(String key) {
        for (Severity s : values()) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** True when this is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
