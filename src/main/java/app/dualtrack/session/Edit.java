package app.dualtrack.session;

import app.dualtrack.model.Ladder;

/**
 * One undoable edit, as a command object: its name for the Edit menu ("Rename level") and the
 * two ladder snapshots it swaps between. Immutable snapshots make undo a swap, never a reversal.
 *
 * @param mergeKey edits with the same non-null key made in quick succession (typing in one field)
 *                 merge into one undo step
 */
public record Edit(String description, Ladder before, Ladder after, String mergeKey, long timeMillis) {
}
