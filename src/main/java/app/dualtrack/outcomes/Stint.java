package app.dualtrack.outcomes;

import app.dualtrack.model.Track;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A stretch of time one person spent at one level.
 *
 * @param end       the day it ended (exclusive), or the analysis day when it is still going on
 * @param nextLevel the level the person went to, or null when they left or are still there
 * @param ended     how it ended
 */
record Stint(String person, String levelId, Track track, int index, LocalDate start, LocalDate end,
             String nextLevel, Track nextTrack, int nextIndex, Ending ended) {

    enum Ending { MOVED, LEFT, ONGOING }

    static final double DAYS_PER_YEAR = 365.25;

    double years() {
        return ChronoUnit.DAYS.between(start, end) / DAYS_PER_YEAR;
    }

    /** Years of this stint that fall within [from, to). */
    double yearsWithin(LocalDate from, LocalDate to) {
        LocalDate a = start.isBefore(from) ? from : start;
        LocalDate b = end.isAfter(to) ? to : end;
        return b.isAfter(a) ? ChronoUnit.DAYS.between(a, b) / DAYS_PER_YEAR : 0;
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return start.isBefore(to) && end.isAfter(from);
    }

    /** Whether the stint ended within [from, to]. */
    boolean endedWithin(LocalDate from, LocalDate to) {
        return ended != Ending.ONGOING && !end.isBefore(from) && !end.isAfter(to);
    }

    /** A step up on the same track (or from the shared levels up to a higher shared level). */
    boolean isPromotion() {
        return ended == Ending.MOVED && nextTrack == track && nextIndex > index;
    }

    /** A move from one branch track to the other. */
    boolean crossesTo(Track to) {
        return ended == Ending.MOVED && track.isBranch() && track != to && nextTrack == to;
    }
}
