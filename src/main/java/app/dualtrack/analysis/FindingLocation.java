package app.dualtrack.analysis;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where a finding points: a level (or the ladder as a whole), one of its fields, optionally one
 * sentence of a list field, and optionally the phrase within that sentence.
 *
 * @param level the level's id, or null for a ladder-wide finding
 * @param field the field it points at
 * @param index the sentence's position within a list field (0-based), or null for the whole field
 * @param span  the phrase to blame, or null when no phrase is to blame
 */
public record FindingLocation(String level, FindingField field, Integer index, TextSpan span) {
    public FindingLocation {
        Objects.requireNonNull(field, "field");
        if (index != null && index < 0) {
            throw new IllegalArgumentException("a negative index: " + index);
        }
        if (span != null && index == null && field.isList()) {
            throw new IllegalArgumentException("a span within a list field needs the sentence's index");
        }
    }

    /** A part of the ladder as a whole: its visibility mechanisms, its review date, a track. */
    public static FindingLocation ladder(FindingField field) {
        return new FindingLocation(null, field, null, null);
    }

    /** A field of one level. */
    public static FindingLocation level(String levelId, FindingField field) {
        return new FindingLocation(Objects.requireNonNull(levelId, "levelId"), field, null, null);
    }

    /** The same place narrowed to one sentence of a list field. */
    public FindingLocation at(int sentence) {
        return new FindingLocation(level, field, sentence, span);
    }

    /** The same sentence narrowed to a phrase; null leaves it whole. */
    public FindingLocation spanning(TextSpan phrase) {
        return new FindingLocation(level, field, index, phrase);
    }

    public boolean isLadderWide() {
        return level == null;
    }

    public OptionalInt sentence() {
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }
}
