package app.dualtrack.model;

/** Which list of a level a behaviour belongs to. */
public enum BehaviourKind {
    /** The bar itself. */
    PRIMARY("primary", "Primary behaviours"),
    /** Supporting evidence of impact, not the bar. */
    SUPPORTING("supporting", "Supporting behaviours");

    private final String key;
    private final String label;

    BehaviourKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The field name in the file format. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public BehaviourKind other() {
        return this == PRIMARY ? SUPPORTING : PRIMARY;
    }
}
