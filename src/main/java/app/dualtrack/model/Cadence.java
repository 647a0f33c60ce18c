package app.dualtrack.model;

import java.util.Optional;

/** How often a visibility mechanism happens. */
public enum Cadence implements Keyed {
    MONTHLY("monthly", "Monthly", 1),
    QUARTERLY("quarterly", "Quarterly", 3),
    HALF_YEARLY("half-yearly", "Half-yearly", 6),
    YEARLY("yearly", "Yearly", 12);

    private final String key;
    private final String label;
    private final int months;

    Cadence(String key, String label, int months) {
        this.key = key;
        this.label = label;
        this.months = months;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public int months() {
        return months;
    }

    public static Optional<Cadence> fromKey(String key) {
        return Keyed.fromKey(values(), key);
    }
}
