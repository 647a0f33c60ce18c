package app.dualtrack.kit;

import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Mechanism;

import static app.dualtrack.kit.KitText.WRITE_HERE;
import static app.dualtrack.kit.KitText.md;
import static app.dualtrack.kit.KitText.name;

/**
 * The one-page quarterly scope document for one technical level: the level's bar quoted, then
 * the four questions the essay asks of someone at that level.
 */
final class ScopeDocumentTemplate {
    private ScopeDocumentTemplate() {
    }

    static String markdown(Ladder ladder, Level level, KitPlan.Part part) {
        Mechanism m = part.mechanism();
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(md(m.title())).append(": ").append(md(name(level))).append("\n\n");
        sb.append("*").append(md(ladder.name())).append(" · ").append(m.cadence().label().toLowerCase(java.util.Locale.ROOT))
                .append(" · one page").append(part.proposed() ? " · proposed: the ladder does not name this mechanism yet" : "")
                .append("*\n\n");
        sb.append("| Name | Quarter | Reviewed with |\n|---|---|---|\n|   |   |   |\n\n");
        sb.append("## The bar for ").append(md(name(level))).append("\n\n");
        sb.append(KitText.quoteBar(level)).append('\n');
        sb.append("*Write against this bar: each answer below should show work at this level, not effort.*\n\n");
        question(sb, "Systems I own", "The systems, services or areas I am the technical owner of, and who depends on them.");
        question(sb, "Cross-cutting problems I am working on", "Problems that reach beyond one team: what they are, who else they touch, and where they stand.");
        question(sb, "What changed this quarter", "Decisions made, designs landed, things built, retired or handed over.");
        question(sb, "What the result was", "The evidence: numbers, incidents avoided, teams unblocked, what became possible. Say what did not work too.");
        return sb.toString();
    }

    private static void question(StringBuilder sb, String heading, String prompt) {
        sb.append("## ").append(heading).append("\n\n*").append(prompt).append("*\n\n").append(WRITE_HERE).append("\n\n");
    }
}
