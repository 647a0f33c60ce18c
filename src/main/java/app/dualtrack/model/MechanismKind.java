package app.dualtrack.model;

import java.util.Optional;

/** The kind of a visibility mechanism. */
public enum MechanismKind implements Keyed {
    SCOPE_DOCUMENT("scope-document", "Scope document"),
    TECHNICAL_REVIEW("technical-review", "Technical review"),
    OTHER("other", "Other");

    private final String key;
    private final String label;

    MechanismKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<MechanismKind> fromKey(String key) {
        return Keyed.fromKey(values(), key);
    }
}
