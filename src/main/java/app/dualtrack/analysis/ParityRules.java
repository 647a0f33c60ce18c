package app.dualtrack.analysis;

import app.dualtrack.model.Ladder;
import app.dualtrack.model.LadderIndex;
import app.dualtrack.model.Level;

import java.util.Map;

/** Whether peers are treated as equals: description depth and pay bands. */
final class ParityRules {
    private ParityRules() {
    }

    static void check(Ladder ladder, LadderIndex index, Findings out) {
        for (Level tech : ladder.technical()) {
            Level mgmt = index.peerOf(tech.id()).filter(p -> index.trackOf(p.id()).orElse(null) == app.dualtrack.model.Track.MANAGEMENT).orElse(null);
            if (mgmt == null) {
                continue;
            }
            int w = weight(tech);
            int pw = weight(mgmt);
            if (pw >= 4 && pw >= 2 * w) {
                out.add("parity/description-depth", FindingLocation.level(tech.id(), FindingField.PRIMARY), Map.of("level", LadderText.name(tech),
                        "peer", LadderText.name(mgmt), "weight", String.valueOf(w), "peerWeight", String.valueOf(pw)));
            }
            if (tech.band() != null && mgmt.band() != null && tech.band().max() != null && mgmt.band().max() != null
                    && java.util.Objects.equals(tech.band().currency(), mgmt.band().currency())
                    && tech.band().max().compareTo(mgmt.band().max()) < 0) {
                String cur = tech.band().currency() == null ? "" : " " + tech.band().currency();
                out.add("parity/band", FindingLocation.level(tech.id(), FindingField.BAND), Map.of("level", LadderText.name(tech),
                        "peer", LadderText.name(mgmt), "max", tech.band().max().toPlainString() + cur,
                        "peerMax", mgmt.band().max().toPlainString() + cur));
            }
        }
    }

    /** How richly a level is described: its scope and summary, and every behaviour. */
    private static int weight(Level l) {
        int w = l.primary().size() + l.supporting().size();
        w += l.scope() == null || l.scope().isBlank() ? 0 : 1;
        w += l.summary() == null || l.summary().isBlank() ? 0 : 1;
        return w;
    }
}
