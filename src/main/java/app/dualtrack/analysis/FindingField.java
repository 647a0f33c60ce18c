package app.dualtrack.analysis;

import java.util.Optional;

/**
 * Every part of a ladder a finding can point at: a field of a level, or a part of the ladder as a
 * whole. The key is the name in the file format (and in {@code lint}'s output); the words are
 * what a person reads in a message.
 */
public enum FindingField {
    TITLE("title", "title", true),
    CODE("code", "code", true),
    SUMMARY("summary", "summary", true),
    SCOPE("scope", "scope statement", true),
    PRIMARY("primary", "primary behaviours", true),
    SUPPORTING("supporting", "supporting behaviours", true),
    GROWTH("growth", "growth", true),
    PEER("peer", "peer level", true),
    BAND("band", "pay band", true),
    MIN_HEADCOUNT("minHeadcount", "minimum headcount", true),
    /** The technical track as a whole (e.g. it runs out before the management track). */
    TECHNICAL_TRACK("technical", "technical track", false),
    /** The management track as a whole (e.g. it is not described). */
    MANAGEMENT_TRACK("management", "management track", false),
    VISIBILITY("visibility", "visibility mechanisms", false),
    REVIEWED("reviewed", "review date", false),
    HEADCOUNT("headcount", "headcount", false);

    private final String key;
    private final String words;
    private final boolean ofLevel;

    FindingField(String key, String words, boolean ofLevel) {
        this.key = key;
        this.words = words;
        this.ofLevel = ofLevel;
    }

    /** The field's name in the file format, as {@code lint} prints it. */
    public String key() {
        return key;
    }

    /** The field in words, for messages ("scope statement", "pay band"). */
    public String words() {
        return words;
    }

    /** True for a field of a level, false for a part of the ladder as a whole. */
    public boolean isOfLevel() {
        return ofLevel;
    }

    /** True for a field that holds a list of sentences, where a finding can name one by index. */
    public boolean isList() {
        return this == PRIMARY || this == SUPPORTING || this == VISIBILITY;
    }

    public static Optional<FindingField> fromKey(String key) {
        for (FindingField f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
