package app.dualtrack.compare;

import app.dualtrack.model.Level;

import java.util.List;

/**
 * What changes from one level to the next: what the higher level adds, drops and rewords,
 * behaviour by behaviour (the most requested view in published ladders).
 */
public record LevelStep(Level lower, Level higher, List<BehaviourChange> behaviours, FieldChange scope) {
    public static LevelStep between(Level lower, Level higher) {
        FieldChange scope = java.util.Objects.equals(lower.scope(), higher.scope()) ? null : FieldChange.of("scope", lower.scope(), higher.scope());
        List<BehaviourChange> primary = BehaviourAlignment.align(primaryOnly(lower), primaryOnly(higher), false);
        return new LevelStep(lower, higher, primary, scope);
    }

    private static Level primaryOnly(Level l) {
        return l.toBuilder().supporting(List.of()).build();
    }

    public List<BehaviourChange> added() {
        return behaviours.stream().filter(b -> b.kind() == BehaviourChange.Kind.ADDED).toList();
    }

    public List<BehaviourChange> dropped() {
        return behaviours.stream().filter(b -> b.kind() == BehaviourChange.Kind.REMOVED).toList();
    }

    public List<BehaviourChange> reworded() {
        return behaviours.stream().filter(b -> b.kind() == BehaviourChange.Kind.REWRITTEN).toList();
    }

    public List<BehaviourChange> kept() {
        return behaviours.stream().filter(b -> b.kind() == BehaviourChange.Kind.KEPT).toList();
    }
}
