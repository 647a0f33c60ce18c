package app.dualtrack.kit;

import app.dualtrack.model.Cadence;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.LadderIndex;
import app.dualtrack.model.Level;
import app.dualtrack.model.Mechanism;
import app.dualtrack.model.MechanismKind;
import app.dualtrack.model.Track;

import java.util.ArrayList;
import java.util.List;

/**
 * What the visibility kit contains for one ladder: its mechanisms and the technical levels each
 * covers. A ladder that names no scope document or technical review gets the essay's pair,
 * quarterly from the lowest technical level, marked as proposed so that nobody mistakes it for
 * the ladder's own rule.
 */
public record KitPlan(Ladder ladder, List<Part> parts) {

    /** One mechanism and the technical levels it applies to, lowest first. */
    public record Part(Mechanism mechanism, List<Level> levels, boolean proposed) {
    }

    public static KitPlan of(Ladder ladder) {
        List<Part> parts = new ArrayList<>();
        for (Mechanism m : ladder.visibility()) {
            parts.add(new Part(m, covered(ladder, m), false));
        }
        if (ladder.technical().isEmpty()) {
            return new KitPlan(ladder, parts);
        }
        String lowest = ladder.technical().get(0).id();
        if (parts.stream().noneMatch(p -> p.mechanism().kind() == MechanismKind.SCOPE_DOCUMENT)) {
            Mechanism m = new Mechanism(MechanismKind.SCOPE_DOCUMENT, "Quarterly scope document", Cadence.QUARTERLY, lowest, true,
                    "One page a quarter: the systems owned, the cross-cutting problems being worked on, what changed and what it achieved.");
            parts.add(new Part(m, covered(ladder, m), true));
        }
        if (parts.stream().noneMatch(p -> p.mechanism().kind() == MechanismKind.TECHNICAL_REVIEW)) {
            Mechanism m = new Mechanism(MechanismKind.TECHNICAL_REVIEW, "Technical review presentation", Cadence.QUARTERLY, lowest, true,
                    "Ten minutes to peers and managers: the problem chosen, why, what was built and the evidence it was worth it.");
            parts.add(new Part(m, covered(ladder, m), true));
        }
        return new KitPlan(ladder, parts);
    }

    public List<Part> parts(MechanismKind kind) {
        return parts.stream().filter(p -> p.mechanism().kind() == kind).toList();
    }

    public boolean anyProposed() {
        return parts.stream().anyMatch(Part::proposed);
    }

    /** Technical levels at or above where the mechanism applies; a shared or absent start covers the whole track. */
    static List<Level> covered(Ladder ladder, Mechanism m) {
        LadderIndex index = LadderIndex.of(ladder);
        if (m.appliesFrom() == null || index.trackOf(m.appliesFrom()).orElse(null) == Track.SHARED) {
            return ladder.technical();
        }
        if (index.trackOf(m.appliesFrom()).orElse(null) != Track.TECHNICAL) {
            return List.of();       // a mechanism for managers: no technical level to write a template for
        }
        List<Level> tech = ladder.technical();
        return tech.subList(index.indexOf(m.appliesFrom()), tech.size());
    }
}
