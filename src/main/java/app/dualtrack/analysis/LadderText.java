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

    /** "Engineer (L1), Engineer (L2) and Engineer": levels named for people, in order. */
    static String names(java.util.List<Level> levels) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < levels.size(); i++) {
            sb.append(i == 0 ? "" : i == levels.size() - 1 ? " and " : ", ").append(name(levels.get(i)));
        }
        return sb.toString();
    }
}
