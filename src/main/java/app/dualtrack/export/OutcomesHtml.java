package app.dualtrack.export;

import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.outcomes.GroupFigure;
import app.dualtrack.outcomes.OutcomeFinding;
import app.dualtrack.outcomes.OutcomeReport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The PDF's "Outcomes" section: the outcomes findings and three charts drawn as boxes by the
 * renderer (vectors, like the overview diagram): promotions per person-year by track and year,
 * median years at level as a butterfly of the two tracks, and the flows between tracks. A
 * withheld figure is drawn as an empty stub and the legend says why.
 */
final class OutcomesHtml {
    static final String ID = "outcomes";
    static final String TITLE = "Outcomes";
    /** Tallest column and longest bar, in millimetres; the charts scale to their largest value. */
    private static final double COLUMN_MM = 38;
    private static final double BAR_MM = 27;
    private final Ladder ladder;
    private final OutcomeReport report;
    private final SafeText t;
    private final StringBuilder out = new StringBuilder(16 * 1024);

    OutcomesHtml(Ladder ladder, OutcomeReport report, SafeText text) {
        this.ladder = ladder;
        this.report = report;
        this.t = text;
    }

    String build() {
        out.append("<div class=\"chapter outcomes\" id=\"").append(ID).append("\"><h2>").append(TITLE).append("</h2>");
        p("What actually happened on the two tracks from " + report.from() + " to " + report.to() + ", from the pseudonymous records of "
                + report.peopleText() + ". Figures for groups of fewer than " + GroupFigure.MIN_GROUP
                + " people are withheld everywhere, so that nobody's record can be picked out.");
        findings();
        promotionRates();
        timeAtLevel();
        flows();
        out.append("</div>");
        return out.toString();
    }

    private void p(String html) {
        out.append("<p>").append(html).append("</p>");
    }

    private void findings() {
        if (report.findings().isEmpty()) {
            p("No outcomes finding: promotions, moves and time at level look alike on both tracks.");
            return;
        }
        out.append("<table class=\"grid findings\"><thead><tr><th>Severity</th><th>Where</th><th>Finding</th></tr></thead><tbody>");
        for (OutcomeFinding f : report.findings()) {
            String where = f.level() == null ? "Whole ladder" : ladder.level(f.level()).map(this::name).orElse(t.html(f.level()));
            out.append("<tr><td class=\"sev ").append(f.severity().key()).append("\">").append(f.severity().key()).append("</td><td>")
                    .append(where).append("</td><td>").append(t.html(f.message()));
            if (!f.suggestion().isEmpty()) {
                out.append("<div class=\"oc-suggestion\">").append(t.html(f.suggestion())).append("</div>");
            }
            out.append("</td></tr>");
        }
        out.append("</tbody></table>");
    }

    private void promotionRates() {
        List<OutcomeReport.YearRates> years = report.promotionRates();
        if (years.isEmpty()) {
            return;
        }
        double max = 0;
        for (OutcomeReport.YearRates y : years) {
            max = Math.max(max, Math.max(y.technical().value().orElse(0), y.management().value().orElse(0)));
        }
        chartHead("Promotions per person-year, by track",
                "Promotions from a level of the track to a higher one, divided by the years people spent on the track.");
        out.append("<table class=\"oc-columns\"><tr>");
        for (OutcomeReport.YearRates y : years) {
            out.append("<td class=\"oc-col\">");
            column(y.technical(), max, "tech");
            column(y.management(), max, "mgmt");
            out.append("</td>");
        }
        out.append("</tr><tr>");
        for (OutcomeReport.YearRates y : years) {
            out.append("<td class=\"oc-axis\">").append(y.year()).append("</td>");
        }
        out.append("</tr></table>");
        legend(true);
    }

    private void column(GroupFigure g, double max, String css) {
        out.append("<div class=\"oc-colwrap\"><div class=\"oc-val\">");
        if (g.withheld()) {
            out.append("&#8211;</div><div class=\"oc-bar withheld\" style=\"height: 1.2mm\"></div></div>");
            return;
        }
        double v = g.value().getAsDouble();
        double h = max <= 0 ? 0 : v / max * COLUMN_MM;
        out.append(String.format(Locale.ROOT, "%.2f", v)).append("</div><div class=\"oc-bar ").append(css)
                .append(String.format(Locale.ROOT, "\" style=\"height: %.1fmm\"></div></div>", Math.max(h, 0.4)));
    }

    private void timeAtLevel() {
        List<OutcomeReport.RungTimes> rungs = new ArrayList<>(report.timeAtLevel());
        if (rungs.isEmpty()) {
            return;
        }
        Collections.reverse(rungs);        // highest rung on top, as in the overview
        double max = 0;
        for (OutcomeReport.RungTimes r : rungs) {
            max = Math.max(max, Math.max(r.technicalYears().value().orElse(0), r.managementYears().value().orElse(0)));
        }
        chartHead("Median years at level, side by side",
                "Each person's time at the level in the period; time still running counts up to " + report.to() + ".");
        out.append("<table class=\"oc-butterfly\"><tr class=\"oc-head\"><td class=\"oc-name r tech-text\">Technical</td><td></td><td></td>"
                + "<td class=\"oc-name mgmt-text\">Management</td></tr>");
        for (OutcomeReport.RungTimes r : rungs) {
            out.append("<tr><td class=\"oc-name r\">").append(r.technical() == null ? "" : name(r.technical())).append("</td>");
            out.append("<td class=\"oc-left\">");
            if (r.technical() != null) {
                hbar(r.technicalYears(), max, "tech", true);
            }
            out.append("</td><td class=\"oc-right\">");
            if (r.management() != null) {
                hbar(r.managementYears(), max, "mgmt", false);
            }
            out.append("</td><td class=\"oc-name\">").append(r.management() == null ? "" : name(r.management())).append("</td></tr>");
        }
        out.append("</table>");
        legend(false);
    }

    private void hbar(GroupFigure g, double max, String css, boolean leftwards) {
        if (g.withheld()) {
            out.append("<span class=\"oc-withheld-text\">withheld</span>");
            return;
        }
        double v = g.value().getAsDouble();
        String bar = String.format(Locale.ROOT, "<span class=\"oc-hbar %s\" style=\"width: %.1fmm\"></span>", css,
                Math.max(0.4, max <= 0 ? 0 : v / max * BAR_MM));
        String label = "<span class=\"oc-hval\">" + String.format(Locale.ROOT, "%.1f", v) + "</span>";
        out.append(leftwards ? label + bar : bar + label);
    }

    private void flows() {
        List<OutcomeReport.Flow> flows = report.flows();
        double max = 0;
        for (OutcomeReport.Flow f : flows) {
            max = Math.max(max, f.people().value().orElse(0));
        }
        chartHead("Moves between tracks, and out", "People who made the move in the period.");
        out.append("<table class=\"oc-flows\">");
        for (OutcomeReport.Flow f : flows) {
            String css = f.to().startsWith("Technical") ? "tech" : f.to().startsWith("Management") ? "mgmt" : "left";
            out.append("<tr><td class=\"oc-flow-from\">").append(t.html(f.from())).append("</td><td class=\"oc-arrow\">&#8594;</td><td class=\"oc-flow-to\">")
                    .append(t.html(f.to())).append("</td><td class=\"oc-flow-bar\">");
            if (f.people().withheld()) {
                out.append("<span class=\"oc-withheld-text\">fewer than ").append(GroupFigure.MIN_GROUP).append(", withheld</span>");
            } else {
                double v = f.people().value().getAsDouble();
                if (v > 0) {
                    out.append(String.format(Locale.ROOT, "<span class=\"oc-hbar %s\" style=\"width: %.1fmm\"></span>", css, v / max * BAR_MM * 1.6));
                }
                out.append("<span class=\"oc-hval\">").append(v == 0 ? "none" : String.valueOf((int) v)).append("</span>");
            }
            out.append("</td></tr>");
        }
        out.append("</table>");
    }

    private void chartHead(String title, String note) {
        out.append("<div class=\"oc-chart\"><h3 class=\"oc-title\">").append(title).append("</h3><div class=\"oc-note\">")
                .append(t.html(note)).append("</div></div>");
    }

    private void legend(boolean stubs) {
        out.append("<p class=\"legend\"><span class=\"key tech\"></span> technical <span class=\"key mgmt\"></span> management · ")
                .append(stubs ? "a grey stub" : "“withheld”").append(" marks fewer than ").append(GroupFigure.MIN_GROUP)
                .append(" people, not shown</p>");
    }

    private String name(Level l) {
        return l.code() == null || l.code().isBlank() ? t.html(l.title())
                : "<span class=\"code\">" + t.html(l.code()) + "</span> " + t.html(l.title());
    }
}
