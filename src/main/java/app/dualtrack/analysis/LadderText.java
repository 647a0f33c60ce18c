package app.dualtrack.analysis;

import app.dualtrack.model.Level;

/** How levels are named in messages. */
final class LadderText {
    private LadderText() {
    }

    /** "Staff Engineer (IC4)", or just the title when there is no code. */
    static String name(Level level) {
        return level.code() == null || level.code().isBlank() ? level.title() : level.title() + " (" + level.code() + ")";
    }
}
