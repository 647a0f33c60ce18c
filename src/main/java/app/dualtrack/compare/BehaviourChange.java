package app.dualtrack.compare;

import app.dualtrack.model.BehaviourKind;

/**
 * What happened to one behaviour between two versions.
 *
 * @param before the list and text it had (null when added)
 * @param after  the list and text it has (null when removed)
 * @param diff   word-level changes when rewritten, else null
 */
public record BehaviourChange(Kind kind, BehaviourKind beforeList, String before, BehaviourKind afterList, String after, WordDiff diff) {
    public enum Kind { KEPT, ADDED, REMOVED, REWRITTEN, MOVED }

    public boolean isChange() {
        return kind != Kind.KEPT;
    }
}
