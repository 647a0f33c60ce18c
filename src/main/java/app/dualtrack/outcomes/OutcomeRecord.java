package app.dualtrack.outcomes;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a promotion-outcomes file: a person reached a level on a date, or left.
 *
 * @param person  any stable pseudonym; never a name the tool needs
 * @param date    the day the level was reached (or the person left)
 * @param levelId the ladder level's id, or null for a {@code left} row
 * @param line    the line in the file, for messages
 */
public record OutcomeRecord(String person, LocalDate date, String levelId, int line) {
    public OutcomeRecord {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(date, "date");
    }

    public boolean isLeaving() {
        return levelId == null;
    }
}
