package app.dualtrack.kit;

import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Mechanism;

import java.util.List;
import java.util.Locale;

import static app.dualtrack.kit.KitText.WRITE_HERE;
import static app.dualtrack.kit.KitText.md;
import static app.dualtrack.kit.KitText.name;

/** The technical review presentation: ten minutes for a mixed audience of peers and managers. */
final class ReviewOutline {
    private ReviewOutline() {
    }

    /** Minutes per part; they add up to the ten minutes the essay gives a review. */
    private record Slide(int minutes, String title, String prompt) {
    }

    private static final List<Slide> SLIDES = List.of(
            new Slide(2, "The problem I chose", "One sentence anyone in the room can repeat. Who had the problem, and what did it cost them?"),
            new Slide(2, "Why this over other things", "What else could I have worked on, and why did this matter more? Name the trade-off."),
            new Slide(3, "What I built", "The design in one picture. The decisions that were hard, and what I decided. Leave code out."),
            new Slide(2, "The evidence it was worth building", "Before and after: numbers, incidents, teams unblocked. What I would do differently."),
            new Slide(1, "Questions", "Ask the audience one question you want answered."));

    static String markdown(Ladder ladder, KitPlan.Part part) {
        Mechanism m = part.mechanism();
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(md(m.title())).append(": outline\n\n");
        sb.append("*").append(md(ladder.name())).append(" · ").append(m.cadence().label().toLowerCase(Locale.ROOT))
                .append(" · ten minutes · for peers and managers")
                .append(part.proposed() ? " · proposed: the ladder does not name this mechanism yet" : "").append("*\n\n");
        if (!part.levels().isEmpty()) {
            sb.append("For ").append(String.join(", ", part.levels().stream().map(l -> md(name(l))).toList()))
                    .append(". Present against the bar of your level; managers in the audience should be able to follow every slide.\n\n");
        }
        if (m.description() != null && !m.description().isBlank()) {
            sb.append("> ").append(md(m.description())).append("\n\n");
        }
        sb.append("| Minutes | Part |\n|---|---|\n");
        int start = 0;
        for (Slide s : SLIDES) {
            sb.append("| ").append(start).append("–").append(start + s.minutes).append(" | ").append(s.title()).append(" |\n");
            start += s.minutes;
        }
        sb.append('\n');
        int n = 1;
        for (Slide s : SLIDES) {
            sb.append("## ").append(n++).append(". ").append(s.title()).append(" (").append(s.minutes())
                    .append(s.minutes() == 1 ? " minute" : " minutes").append(")\n\n*").append(s.prompt()).append("*\n\n")
                    .append(WRITE_HERE).append("\n\n");
        }
        sb.append("---\n\n*For a mixed audience: explain every acronym once, show one diagram rather than three, and end on the evidence, not the effort.*\n");
        return sb.toString();
    }

    /** The level names for messages, e.g. "IC4 Staff Engineer to IC6 Distinguished Engineer". */
    static String range(List<Level> levels) {
        if (levels.isEmpty()) {
            return "";
        }
        return levels.size() == 1 ? name(levels.get(0)) : name(levels.get(0)) + " to " + name(levels.get(levels.size() - 1));
    }
}
