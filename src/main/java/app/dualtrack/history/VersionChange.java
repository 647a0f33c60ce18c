package app.dualtrack.history;

import app.dualtrack.compare.LadderComparison;

/**
 * A version of the ladder and what it changed compared with the version before it.
 *
 * @param comparison null for the first version, or when either version cannot be read
 * @param summary    the one-line summary ("2 levels changed · 3 findings resolved"), or why there is none
 * @param problem    when a version cannot be read as a ladder: the reader's one-sentence message, else null
 */
public record VersionChange(LadderVersion version, LadderComparison comparison, String summary, String problem) {
}
