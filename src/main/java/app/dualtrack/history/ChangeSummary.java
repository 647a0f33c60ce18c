package app.dualtrack.history;

import app.dualtrack.compare.LadderComparison;
import app.dualtrack.model.Ladder;

import java.util.ArrayList;
import java.util.List;

/** The one line a history entry shows: "2 levels changed · 3 findings resolved". */
public final class ChangeSummary {
    static final String SEPARATOR = " · ";

    private ChangeSummary() {
    }

    /** What changed between a version and the one before it, largest news first; zero counts are left out. */
    public static String of(LadderComparison c) {
        List<String> parts = new ArrayList<>();
        count(parts, c.addedLevels().size(), "level", "added");
        count(parts, c.removedLevels().size(), "level", "removed");
        count(parts, c.changedLevels().size(), "level", "changed");
        if (!c.ladderFields().isEmpty()) {
            parts.add(c.ladderFields().size() == 1 ? c.ladderFields().get(0).field() + " changed" : "ladder details changed");
        }
        int mechanisms = c.addedMechanisms().size() + c.removedMechanisms().size() + c.changedMechanisms().size();
        count(parts, mechanisms, "visibility mechanism", "changed");
        count(parts, c.addedSuppressions().size() + c.removedSuppressions().size(), "suppression", "changed");
        count(parts, c.resolved().size(), "finding", "resolved");
        count(parts, c.introduced().size(), "finding", "introduced");
        if (parts.isEmpty()) {
            return "no change to the ladder (formatting only)";
        }
        return String.join(SEPARATOR, parts);
    }

    /** The line for the version that created the file. */
    public static String first(Ladder ladder, int findings) {
        int levels = ladder.allLevels().size();
        return "first version" + SEPARATOR + levels + (levels == 1 ? " level" : " levels") + SEPARATOR
                + findings + (findings == 1 ? " finding" : " findings");
    }

    private static void count(List<String> parts, int n, String noun, String verb) {
        if (n > 0) {
            parts.add(n + " " + noun + (n == 1 ? "" : "s") + " " + verb);
        }
    }
}
