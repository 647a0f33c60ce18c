package app.dualtrack.history;

import app.dualtrack.compare.BehaviourChange;

import java.time.format.DateTimeFormatter;

/**
 * When a behaviour last changed: the version that added, rewrote or moved it, found by following the
 * behaviour back through reorders and level renames.
 *
 * @param version        the version that made the change
 * @param how            ADDED (with its level, or with the file), REWRITTEN or MOVED between primary and supporting
 * @param before         the text it had before a rewrite, else null
 * @param beforeHistory  true when the history ends (a shallow clone) before the change was found: it is older than {@code version}
 */
public record BehaviourBlame(LadderVersion version, BehaviourChange.Kind how, String before, boolean beforeHistory) {

    /** "Last changed 2026-11-20 by Ana Ortiz in a1b2c3d “Sharpen the staff bar” (rewritten)". */
    public String describe() {
        String date = version.when().format(DateTimeFormatter.ISO_LOCAL_DATE);
        if (version.uncommitted()) {
            return "Changed in the uncommitted working copy (" + verb() + ")";
        }
        String where = " by " + version.author() + " in " + version.shortId() + " “" + version.message() + "”";
        if (beforeHistory) {
            return "Unchanged since " + date + where + ", the oldest commit in this shallow clone";
        }
        return "Last changed " + date + where + " (" + verb() + ")";
    }

    private String verb() {
        return switch (how) {
            case ADDED -> "added";
            case REWRITTEN -> "rewritten";
            case MOVED -> "moved between primary and supporting";
            case REMOVED, KEPT -> "changed";
        };
    }
}
