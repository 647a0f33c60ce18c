package app.dualtrack.export;

import app.dualtrack.analysis.Finding;
import app.dualtrack.compare.BehaviourChange;
import app.dualtrack.compare.ComparisonText;
import app.dualtrack.compare.FieldChange;
import app.dualtrack.compare.LadderComparison;
import app.dualtrack.compare.LevelChange;
import app.dualtrack.compare.WordDiff;
import app.dualtrack.model.Level;
import app.dualtrack.model.Mechanism;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The comparison report: the ladder PDF's typography, with deletions struck through and insertions underlined. */
public final class ComparisonPdfExporter {
    private static final String CSS = LadderPdfExporter.resource("/app/dualtrack/export/ladder.css")
            + LadderPdfExporter.resource("/app/dualtrack/export/comparison.css");

    public ExportResult export(LadderComparison c, String beforeName, String afterName, LocalDate today, OutputStream out) throws ExportException {
        List<FontLibrary.Fallback> fallbacks = FontLibrary.fallbacks();
        SafeText t = new SafeText(fallbacks);
        String families = fallbacks.isEmpty() ? "serif" : fallbacks.stream().map(f -> "'" + f.family() + "'").collect(Collectors.joining(", "));
        StringBuilder h = new StringBuilder();
        h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>")
                .append(t.html("Changes to " + c.after().name())).append("</title><style>")
                .append(CSS.replace("FALLBACKS", families).replace("@PAPER@", "A4")).append("</style></head><body>");
        // both files in the running head of every page, so a printed page says what it compares
        h.append("<div id=\"running-title\">").append(t.html(beforeName + " → " + afterName)).append("</div>");
        h.append("<div class=\"report-head\"><div class=\"cover-kicker\">Ladder comparison</div><h1 class=\"report-title\">")
                .append(t.html(c.after().name())).append("</h1><p class=\"versions\"><span class=\"old\">").append(t.html(beforeName))
                .append(c.before().edition() == null ? "" : " (" + t.html(c.before().edition()) + ")").append("</span> → <span class=\"new\">")
                .append(t.html(afterName)).append(c.after().edition() == null ? "" : " (" + t.html(c.after().edition()) + ")")
                .append("</span></p><p class=\"summary-line\">").append(t.html(c.summary())).append("</p><p class=\"legend\">")
                .append("<ins>underlined green: added</ins> · <del>struck red: removed</del> · + added · − removed · ✎ rewritten · compared on ")
                .append(today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))).append("</p></div>");
        if (c.same()) {
            h.append("<p>The two versions are the same.</p>");
        }
        if (!c.ladderFields().isEmpty()) {
            h.append("<h2 class=\"small\">The ladder</h2><table class=\"grid\">");
            c.ladderFields().forEach(f -> fieldRow(h, t, f));
            h.append("</table>");
        }
        if (!c.addedLevels().isEmpty() || !c.removedLevels().isEmpty()) {
            h.append("<h2 class=\"small\">Levels added and removed</h2><ul class=\"items\">");
            for (Level l : c.removedLevels()) h.append("<li class=\"removed\">− <del>").append(t.html(ComparisonText.name(l))).append("</del> removed</li>");
            for (Level l : c.addedLevels()) h.append("<li class=\"added\">+ <ins>").append(t.html(ComparisonText.name(l))).append("</ins> added</li>");
            h.append("</ul>");
        }
        if (!c.changedLevels().isEmpty()) {
            h.append("<h2 class=\"small\">Levels changed</h2>");
            for (LevelChange lc : c.changedLevels()) {
                h.append("<div class=\"level-change\"><h3>").append(t.html(ComparisonText.name(lc.after()))).append("</h3>");
                if (!ComparisonText.name(lc.before()).equals(ComparisonText.name(lc.after()))) {
                    h.append("<p class=\"facts\">was ").append(t.html(ComparisonText.name(lc.before()))).append("</p>");
                }
                if (lc.moved() != null) h.append("<p class=\"facts\">").append(t.html(lc.moved())).append("</p>");
                if (!lc.fields().isEmpty()) {
                    h.append("<table class=\"grid\">");
                    lc.fields().forEach(f -> fieldRow(h, t, f));
                    h.append("</table>");
                }
                h.append("<ul class=\"items\">");
                for (BehaviourChange b : lc.behaviours()) {
                    switch (b.kind()) {
                        case ADDED -> h.append("<li class=\"added\">+ <span class=\"list\">").append(listName(b.afterList())).append("</span> <ins>")
                                .append(t.html(b.after())).append("</ins></li>");
                        case REMOVED -> h.append("<li class=\"removed\">− <span class=\"list\">").append(listName(b.beforeList())).append("</span> <del>")
                                .append(t.html(b.before())).append("</del></li>");
                        case REWRITTEN -> h.append("<li>✎ <span class=\"list\">").append(listName(b.afterList())).append("</span> ")
                                .append(diff(t, b.diff())).append("</li>");
                        case MOVED -> h.append("<li>↕ <span class=\"list\">").append(listName(b.beforeList())).append(" → ").append(listName(b.afterList()))
                                .append("</span> ").append(t.html(b.after())).append("</li>");
                        case KEPT -> { }
                    }
                }
                h.append("</ul></div>");
            }
        }
        if (!c.addedMechanisms().isEmpty() || !c.removedMechanisms().isEmpty() || !c.changedMechanisms().isEmpty()) {
            h.append("<h2 class=\"small\">Visibility mechanisms</h2><ul class=\"items\">");
            for (Mechanism m : c.removedMechanisms()) h.append("<li class=\"removed\">− <del>").append(t.html(m.title())).append("</del></li>");
            for (Mechanism m : c.addedMechanisms()) h.append("<li class=\"added\">+ <ins>").append(t.html(m.title())).append("</ins> — ")
                    .append(t.html(m.cadence().label().toLowerCase(Locale.ROOT) + (m.isRequired() ? ", required" : ", optional"))).append("</li>");
            for (FieldChange f : c.changedMechanisms()) h.append("<li>~ ").append(t.html(f.field())).append(": ")
                    .append(f.diff() == null ? t.html(f.before() + " → " + f.after()) : diff(t, f.diff())).append("</li>");
            h.append("</ul>");
        }
        if (!c.resolved().isEmpty() || !c.introduced().isEmpty() || !c.stillOpen().isEmpty()) {
            h.append("<h2 class=\"small\">Design findings</h2><p>").append(c.resolved().size()).append(" resolved, ").append(c.introduced().size())
                    .append(" introduced, ").append(c.stillOpen().size()).append(" still open after a change.</p><ul class=\"items\">");
            for (Finding f : c.resolved()) h.append("<li class=\"added\">✓ resolved: <b>").append(t.html(ComparisonText.ruleTitle(f))).append("</b> — ")
                    .append(t.html(f.message())).append("</li>");
            for (Finding f : c.introduced()) h.append("<li class=\"removed\">! introduced: <b>").append(t.html(ComparisonText.ruleTitle(f))).append("</b> — ")
                    .append(t.html(f.message())).append("</li>");
            for (Finding f : c.stillOpen()) h.append("<li class=\"open\">! still open after ").append(t.html(ComparisonText.changedPart(f, c)))
                    .append(" changed: <b>").append(t.html(ComparisonText.ruleTitle(f))).append("</b> — ").append(t.html(f.message())).append("</li>");
            h.append("</ul>");
        }
        h.append("</body></html>");
        return LadderPdfExporter.render(h.toString(), c.after(), ExportOptions.defaults(today), fallbacks, t, out);
    }

    private static String listName(app.dualtrack.model.BehaviourKind kind) {
        return kind.key().equals("primary") ? "primary" : "supporting";
    }

    private static void fieldRow(StringBuilder h, SafeText t, FieldChange f) {
        h.append("<tr><td class=\"field\">").append(t.html(f.field())).append("</td><td>");
        if (f.diff() != null) {
            h.append(diff(t, f.diff()));
        } else {
            h.append(f.before() == null ? "<i>none</i>" : "<del>" + t.html(f.before()) + "</del>").append(" → ")
                    .append(f.after() == null ? "<i>none</i>" : "<ins>" + t.html(f.after()) + "</ins>");
        }
        h.append("</td></tr>");
    }

    private static String diff(SafeText t, WordDiff d) {
        return LadderHtml.diffHtml(t, d);
    }
}
