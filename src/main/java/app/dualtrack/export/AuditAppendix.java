package app.dualtrack.export;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Finding;
import app.dualtrack.analysis.RuleCatalog;
import app.dualtrack.analysis.RuleInfo;
import app.dualtrack.analysis.Severity;
import app.dualtrack.analysis.SuppressedFinding;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The design audit as an appendix a reader can act on: findings grouped under their rule (named in
 * words), each naming its level by code and title and quoting the sentence it criticises with the
 * phrase marked; the design question asked once, each fix said once per rule, no repeated rows.
 */
final class AuditAppendix {
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]*)`");
    private static final Map<String, String> FIELD_WORDS = Map.of("reviewed", "the last-reviewed date", "growth", "the growth field",
            "minHeadcount", "the minimum headcount", "visibility", "the visibility mechanisms", "peer", "the peer");
    private final Ladder ladder;
    private final AnalysisReport report;
    private final SafeText t;
    private final LocalDate today;
    private final String question = RuleCatalog.builtIn().question();

    AuditAppendix(Ladder ladder, AnalysisReport report, SafeText t, LocalDate today) {
        this.ladder = ladder;
        this.report = report;
        this.t = t;
        this.today = today;
    }

    void write(StringBuilder out) {
        out.append("<p>Dualtrack checks a ladder for the ways dual-track ladders fail: technical levels written in management language, "
                + "invisible technical progress, a technical track that runs out first, and drift. As of ")
                .append(today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))).append(": ")
                .append(count(report.count(Severity.ERROR), "error")).append(", ").append(count(report.count(Severity.WARNING), "warning"))
                .append(", ").append(count(report.count(Severity.INFO), "note")).append(", ").append(report.suppressed().size())
                .append(" kept on purpose.</p>");
        List<Finding> findings = distinct(report.findings());
        if (findings.stream().anyMatch(f -> f.suggestion().startsWith(question))) {
            out.append("<p class=\"question\">Most fixes start from one question: <i>").append(t.html(question)).append("</i></p>");
        }
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding f : findings) {
            byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
        byRule.forEach((rule, list) -> ruleGroup(out, rule, list));
        if (!report.suppressed().isEmpty()) {
            out.append("<h3>Kept on purpose</h3><table class=\"grid findings\"><thead><tr><th>Level</th><th>Finding</th><th>Why it is kept</th>"
                    + "</tr></thead><tbody>");
            for (SuppressedFinding s : report.suppressed()) {
                out.append("<tr><td class=\"where\">").append(t.html(where(s.finding()))).append("</td><td><b>").append(t.html(ruleTitle(s.finding().rule())))
                        .append("</b><br/>").append(t.html(plain(s.finding().message()))).append("</td><td>").append(t.html(s.reason())).append("</td></tr>");
            }
            out.append("</tbody></table>");
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The same finding reported twice (same rule, level, field, position and message) is shown once. */
    private static List<Finding> distinct(List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (seen.add(f.rule() + '\u0000' + f.level() + '\u0000' + f.field() + '\u0000' + f.index() + '\u0000' + f.message())) {
                out.add(f);
            }
        }
        return out;
    }

    private void ruleGroup(StringBuilder out, String rule, List<Finding> list) {
        Severity worst = list.stream().map(Finding::severity).min(Enum::compareTo).orElse(Severity.INFO);
        out.append("<div class=\"rule\"><h3>").append(t.html(ruleTitle(rule))).append(" <span class=\"sev ").append(worst.key()).append("\">")
                .append(worst.key()).append("</span></h3>");
        List<String> fixes = list.stream().map(f -> fix(f.suggestion())).filter(s -> !s.isEmpty()).distinct().toList();
        boolean oneFix = fixes.size() == 1;
        out.append("<table class=\"grid findings\"><thead><tr><th>Level</th><th>What the audit found</th>")
                .append(oneFix ? "" : "<th>Fix</th>").append("</tr></thead><tbody>");
        Set<String> fixesSaid = new HashSet<>();
        for (Finding f : list) {
            out.append("<tr><td class=\"where\">").append(t.html(where(f))).append("</td><td>").append(t.html(plain(f.message())));
            quote(f).ifPresent(q -> out.append("<div class=\"quote\">").append(q).append("</div>"));
            out.append("</td>");
            if (!oneFix) {
                String fix = fix(f.suggestion());
                out.append("<td class=\"fix\">").append(fix.isEmpty() || !fixesSaid.add(fix) ? "As above." : t.html(fix)).append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
        if (oneFix) {
            out.append("<p class=\"fix\"><span class=\"label\">Fix</span> ").append(t.html(fixes.get(0))).append("</p>");
        }
        out.append("</div>");
    }

    private String ruleTitle(String rule) {
        return RuleCatalog.describe(rule).map(RuleInfo::title).orElse("Design finding");
    }

    private String where(Finding f) {
        return f.level() == null ? "The whole ladder" : ladder.level(f.level()).map(LevelNames::name).orElse("A removed level");
    }

    /** The suggestion without the design question (said once above) and without code formatting. */
    private String fix(String suggestion) {
        String s = suggestion.startsWith(question) ? suggestion.substring(question.length()).strip() : suggestion;
        return plain(s);
    }

    /** Field names in backticks become words: "update `reviewed`" reads "update the last-reviewed date". */
    static String plain(String text) {
        Matcher m = CODE_SPAN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(FIELD_WORDS.getOrDefault(m.group(1), m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The criticised sentence, quoted, with the blamed phrase marked; empty for findings about a whole level or the ladder. */
    private java.util.Optional<String> quote(Finding f) {
        if (f.level() == null || f.field() == null) {
            return java.util.Optional.empty();
        }
        Level level = ladder.level(f.level()).orElse(null);
        if (level == null) {
            return java.util.Optional.empty();
        }
        String sentence = switch (f.field()) {
            case "primary" -> behaviour(level.primary(), f.index());
            case "supporting" -> behaviour(level.supporting(), f.index());
            case "summary" -> level.summary();
            case "scope" -> level.scope();
            default -> null;
        };
        if (sentence == null || sentence.isBlank()) {
            return java.util.Optional.empty();
        }
        if (f.hasSpan() && f.end() <= sentence.length()) {
            return java.util.Optional.of("“" + t.html(sentence.substring(0, f.start())) + "<span class=\"blame\">" + t.html(sentence.substring(f.start(), f.end()))
                    + "</span>" + t.html(sentence.substring(f.end())) + "”");
        }
        return java.util.Optional.of("“" + t.html(sentence) + "”");
    }

    private static String behaviour(List<Behaviour> list, int index) {
        return index >= 0 && index < list.size() ? list.get(index).text() : null;
    }
}
