package app.dualtrack.compare;

import app.dualtrack.model.Level;
import app.dualtrack.model.Track;

import java.util.List;

/**
 * A level present in both versions (matched by id, or recognised as renamed) and what changed in it.
 *
 * @param renamedFrom the old id when the id changed, else null
 * @param moved       "technical 2 → management 1"-style description when its track or rung changed, else null
 */
public record LevelChange(Level before, Level after, Track beforeTrack, Track afterTrack, String renamedFrom, String moved,
                          List<FieldChange> fields, List<BehaviourChange> behaviours) {
    public String id() {
        return after.id();
    }

    public boolean changed() {
        return renamedFrom != null || moved != null || !fields.isEmpty() || behaviours.stream().anyMatch(BehaviourChange::isChange);
    }

    public FieldChange field(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst().orElse(null);
    }
}
