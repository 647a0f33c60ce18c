package app.dualtrack.outcomes;

/**
 * When an outcomes rule speaks. Each limit is chosen so that the ordinary noise of a company of a
 * few dozen engineers stays quiet and only a pattern people would notice in the corridor is reported.
 */
final class Thresholds {
    private Thresholds() {
    }

    /**
     * technical-stall: the technical track's promotions per person-year below half the management
     * track's. Year-to-year swings of a third are ordinary when a track holds a dozen people; a
     * track promoted half as often is a different career, not noise.
     */
    static final double STALL_RATIO = 0.5;

    /** Rates over less time than this (person-years on a track) are too thin to compare. */
    static final double MIN_PERSON_YEARS = 5;

    /**
     * funnel: the top two technical levels count as "at or near the top"; a fifth or more of the
     * people who held them moving to management means the top of the track is a waiting room.
     * Occasional moves in both directions are healthy, so a smaller share is not reported.
     */
    static final int FUNNEL_TOP_LEVELS = 2;
    static final double FUNNEL_SHARE = 0.2;

    /**
     * ceiling: three years at the top technical level is longer than the two to three years people
     * usually spend at a senior level before the next step; if managers at the same height have a
     * next step and these engineers do not, the top of the technical track is a ceiling.
     */
    static final double CEILING_YEARS = 3;

    /**
     * time-at-level: a technical median at least one and a half times the management peer's, and at
     * least half a year longer: a wait engineers notice and compare, beyond the few months by which
     * promotion cycles alone can differ.
     */
    static final double TIME_RATIO = 1.5;
    static final double TIME_MIN_GAP_YEARS = 0.5;

    /**
     * unreached-level: a level nobody held in three years was invented, not discovered; three years
     * is longer than any promotion cycle, so an honest level would have been reached.
     */
    static final int UNREACHED_YEARS = 3;
}
