package app.dualtrack.model;

/** Where a level sits: below the branch point (shared) or on one of the two tracks above it. */
public enum Track {
    SHARED("shared", "Shared"),
    TECHNICAL("technical", "Technical"),
    MANAGEMENT("management", "Management");

    private final String key;
    private final String label;

    Track(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name of the array in the file format, e.g. {@code "technical"}. */
    public String key() {
        return key;
    }

    /** A human label for menus and headings. */
    public String label() {
        return label;
    }

    /** True for the two tracks above the branch point. */
    public boolean isBranch() {
        return this != SHARED;
    }

    /** The other branch track; {@code SHARED} has none. */
    public Track opposite() {
        return switch (this) {
            case TECHNICAL -> MANAGEMENT;
            case MANAGEMENT -> TECHNICAL;
            case SHARED -> throw new IllegalStateException("shared levels have no opposite track");
        };
    }
}
