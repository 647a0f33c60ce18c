package app.dualtrack.model;

import java.util.Optional;

/** How growth at and beyond a level is recognised (the {@code growth} field). */
public enum Growth implements Keyed {
    SCOPE("scope", "Scope"),
    DEPTH("depth", "Depth"),
    BREADTH("breadth", "Breadth"),
    EXTERNAL("external", "External contribution");

    private final String key;
    private final String label;

    Growth(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Growth> fromKey(String key) {
        return Keyed.fromKey(values(), key);
    }
}
