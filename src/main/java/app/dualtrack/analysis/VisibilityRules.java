package app.dualtrack.analysis;

import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Mechanism;
import app.dualtrack.model.Track;

import java.util.List;
import java.util.Map;

/** Flaw 2: technical progress stays invisible without a required mechanism for Staff+. */
final class VisibilityRules {
    private VisibilityRules() {
    }

    static void check(Ladder ladder, Lexicon lexicon, Findings out) {
        List<Level> staffPlus = staffPlus(ladder, lexicon);
        if (staffPlus.isEmpty()) {
            return;
        }
        String from = LadderText.name(staffPlus.get(0));
        boolean covered = ladder.visibility().stream()
                .anyMatch(m -> m.isRequired() && staffPlus.stream().allMatch(l -> covers(ladder, m, l)));
        for (int i = 0; i < ladder.visibility().size(); i++) {
            Mechanism m = ladder.visibility().get(i);
            if (!m.isRequired()) {
                out.add("visibility/optional", FindingLocation.ladder(FindingField.VISIBILITY).at(i), Map.of("title", m.title()));
            }
        }
        boolean anyOptional = ladder.visibility().stream().anyMatch(m -> !m.isRequired());
        if (!covered && !anyOptional) {
            String detail = ladder.visibility().isEmpty()
                    ? "No mechanism makes progress on the technical track visible: nothing like a quarterly scope document or technical review."
                    : "No required mechanism covers every technical level from " + from + " up.";
            out.add("visibility/missing", FindingLocation.ladder(FindingField.VISIBILITY), Map.of("detail", detail, "from", from));
        }
    }

    /**
     * The levels whose progress must be visible: the technical levels above the branch point. A
     * technical ladder written without shared levels has no branch point, so visibility is expected
     * from its Staff-equivalent level (the first titled Staff, Principal or the like), not from its first level.
     */
    static List<Level> staffPlus(Ladder ladder, Lexicon lexicon) {
        List<Level> technical = ladder.technical();
        if (!ladder.shared().isEmpty() || !ladder.management().isEmpty()) {
            return technical;
        }
        for (int i = 0; i < technical.size(); i++) {
            String title = technical.get(i).title().toLowerCase(java.util.Locale.ROOT);
            if (title.contains("staff") || lexicon.seniorTitles.stream().anyMatch(title::contains)) {
                return technical.subList(i, technical.size());
            }
        }
        return technical;
    }

    /** A mechanism covers a technical level when it applies from that level, one below it, or a shared level. */
    private static boolean covers(Ladder ladder, Mechanism m, Level level) {
        if (m.appliesFrom() == null) {
            return true;
        }
        Track t = ladder.trackOf(m.appliesFrom()).orElse(null);
        if (t == Track.SHARED) {
            return true;
        }
        return t == Track.TECHNICAL && ladder.indexOf(m.appliesFrom()) <= ladder.indexOf(level.id());
    }
}
