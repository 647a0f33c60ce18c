package app.dualtrack.compare;

import app.dualtrack.analysis.Finding;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Mechanism;
import app.dualtrack.model.Suppression;

import java.util.List;

/**
 * Everything that changed between two versions of a ladder, as a person thinks about it.
 * Immutable; the view, the text and JSON output and the PDF report all read this. {@code stillOpen}
 * holds findings present in both versions although the part they point at changed: a fix that did
 * not take (the finding's message says what still fails).
 */
public record LadderComparison(Ladder before, Ladder after, List<FieldChange> ladderFields,
                               List<Level> addedLevels, List<Level> removedLevels, List<LevelChange> levels,
                               List<Mechanism> addedMechanisms, List<Mechanism> removedMechanisms, List<FieldChange> changedMechanisms,
                               List<Suppression> addedSuppressions, List<Suppression> removedSuppressions,
                               List<Finding> resolved, List<Finding> introduced, List<Finding> stillOpen) {

    public List<LevelChange> changedLevels() {
        return levels.stream().filter(LevelChange::changed).toList();
    }

    /** True when the two ladders are the same in every way a person would notice. */
    public boolean same() {
        return ladderFields.isEmpty() && addedLevels.isEmpty() && removedLevels.isEmpty() && changedLevels().isEmpty()
                && addedMechanisms.isEmpty() && removedMechanisms.isEmpty() && changedMechanisms.isEmpty()
                && addedSuppressions.isEmpty() && removedSuppressions.isEmpty();
    }

    /** "3 levels changed, 1 removed, 1 added, 5 warnings resolved, 0 introduced". */
    public String summary() {
        if (same()) {
            return "No changes";
        }
        return changedLevels().size() + (changedLevels().size() == 1 ? " level" : " levels") + " changed, "
                + removedLevels.size() + " removed, " + addedLevels.size() + " added, "
                + resolved.size() + (resolved.size() == 1 ? " finding" : " findings") + " resolved, " + introduced.size() + " introduced";
    }
}
