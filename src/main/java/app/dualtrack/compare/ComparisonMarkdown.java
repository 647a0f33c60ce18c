package app.dualtrack.compare;

import app.dualtrack.analysis.Finding;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Mechanism;
import app.dualtrack.model.Suppression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A comparison as GitHub/GitLab-flavoured Markdown sized for a pull-request comment: the summary,
 * each changed level with its word-level changes (struck and bold), levels added and removed, and
 * the findings resolved and introduced. Long reports are cut at a section boundary, with a note.
 */
public final class ComparisonMarkdown {
    /** GitHub refuses comments over 65,536 characters; leave room for the CI job's own words. */
    public static final int COMMENT_LIMIT = 60_000;

    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("name", "Name"), Map.entry("organisation", "Organisation"), Map.entry("headcount", "Headcount"),
            Map.entry("edition", "Edition"), Map.entry("reviewed", "Reviewed"), Map.entry("reviewEveryMonths", "Review every (months)"),
            Map.entry("notes", "Notes"), Map.entry("title", "Title"), Map.entry("code", "Code"), Map.entry("summary", "Summary"),
            Map.entry("scope", "Scope"), Map.entry("growth", "Growth"), Map.entry("minHeadcount", "Minimum headcount"),
            Map.entry("band", "Pay band"), Map.entry("peer", "Peer"));

    private ComparisonMarkdown() {
    }

    public static String report(LadderComparison c, String beforeName, String afterName) {
        return report(c, beforeName, afterName, COMMENT_LIMIT);
    }

    public static String report(LadderComparison c, String beforeName, String afterName, int limit) {
        List<String> sections = new ArrayList<>();
        StringBuilder head = new StringBuilder();
        head.append("### Ladder changes: ").append(escape(c.after().name())).append("\n\n");
        head.append(escape(beforeName)).append(" → ").append(escape(afterName)).append("\n\n");
        head.append("**").append(c.same() ? "No changes" : summary(c)).append("**\n");
        sections.add(head.toString());
        if (c.same()) {
            return head.toString();
        }
        if (!c.ladderFields().isEmpty()) {
            StringBuilder sb = new StringBuilder("\n#### The ladder\n\n");
            c.ladderFields().forEach(f -> field(sb, f));
            sections.add(sb.toString());
        }
        if (!c.addedLevels().isEmpty() || !c.removedLevels().isEmpty()) {
            StringBuilder sb = new StringBuilder("\n#### Levels added and removed\n\n");
            for (Level l : c.addedLevels()) {
                sb.append("- Added **").append(escape(levelName(l))).append("** (").append(trackOf(c.after(), l)).append(" track)\n");
            }
            for (Level l : c.removedLevels()) {
                sb.append("- Removed ~~").append(escape(levelName(l))).append("~~ (").append(trackOf(c.before(), l)).append(" track)\n");
            }
            sections.add(sb.toString());
        }
        for (LevelChange lc : c.changedLevels()) {
            sections.add(level(lc));
        }
        if (!c.addedMechanisms().isEmpty() || !c.removedMechanisms().isEmpty() || !c.changedMechanisms().isEmpty()) {
            StringBuilder sb = new StringBuilder("\n#### Visibility mechanisms\n\n");
            for (Mechanism m : c.addedMechanisms()) sb.append("- Added **").append(escape(m.title())).append("** (").append(escape(LadderComparator.describe(m, c.after()))).append(")\n");
            for (Mechanism m : c.removedMechanisms()) sb.append("- Removed ~~").append(escape(m.title())).append("~~\n");
            c.changedMechanisms().forEach(f -> field(sb, f));
            sections.add(sb.toString());
        }
        if (!c.addedSuppressions().isEmpty() || !c.removedSuppressions().isEmpty()) {
            StringBuilder sb = new StringBuilder("\n#### Suppressed findings\n\n");
            for (Suppression s : c.addedSuppressions()) sb.append("- Now suppressed: ").append(escape(s.rule())).append(": ").append(escape(s.reason())).append('\n');
            for (Suppression s : c.removedSuppressions()) sb.append("- No longer suppressed: ").append(escape(s.rule())).append('\n');
            sections.add(sb.toString());
        }
        if (!c.resolved().isEmpty()) {
            sections.add(findings("✅ Findings resolved", c.resolved(), c.before()));
        }
        if (!c.introduced().isEmpty()) {
            sections.add(findings("⚠️ Findings introduced", c.introduced(), c.after()));
        }
        return fit(sections, limit);
    }

    /** Whole sections until the next one would pass the limit, then a note saying how much was left out. */
    private static String fit(List<String> sections, int limit) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sections.size(); i++) {
            String s = sections.get(i);
            if (i > 0 && out.length() + s.length() > limit - 200) {
                int left = sections.size() - i;
                out.append("\n*… ").append(left).append(left == 1 ? " more section" : " more sections")
                        .append(" left out to fit a comment; run dualtrack diff for the whole report.*\n");
                return out.toString();
            }
            out.append(s);
        }
        return out.toString();
    }

    private static String summary(LadderComparison c) {
        List<String> parts = new ArrayList<>();
        count(parts, c.changedLevels().size(), "level", "changed");
        count(parts, c.addedLevels().size(), "level", "added");
        count(parts, c.removedLevels().size(), "level", "removed");
        count(parts, c.resolved().size(), "finding", "resolved");
        count(parts, c.introduced().size(), "finding", "introduced");
        return parts.isEmpty() ? "Ladder details changed" : String.join(" · ", parts);
    }

    private static void count(List<String> parts, int n, String noun, String verb) {
        if (n > 0) {
            parts.add(n + " " + noun + (n == 1 ? "" : "s") + " " + verb);
        }
    }

    private static String level(LevelChange lc) {
        StringBuilder sb = new StringBuilder("\n#### ").append(escape(levelName(lc.after()))).append("\n\n");
        if (lc.renamedFrom() != null) {
            sb.append("- Id renamed from ").append(escape(lc.renamedFrom())).append('\n');
        }
        if (lc.moved() != null) {
            sb.append("- ").append(capitalise(escape(lc.moved()))).append('\n');
        }
        lc.fields().forEach(f -> field(sb, f));
        for (BehaviourChange b : lc.behaviours()) {
            switch (b.kind()) {
                case ADDED -> sb.append("- ").append(list(b.afterList())).append(", added: **").append(escape(b.after())).append("**\n");
                case REMOVED -> sb.append("- ").append(list(b.beforeList())).append(", removed: ~~").append(escape(b.before())).append("~~\n");
                case REWRITTEN -> sb.append("- ").append(list(b.afterList())).append(", rewritten: ").append(words(b.diff())).append('\n');
                case MOVED -> sb.append("- Moved from ").append(b.beforeList().key()).append(" to ").append(b.afterList().key())
                        .append(": ").append(escape(b.after())).append('\n');
                case KEPT -> { }
            }
        }
        return sb.toString();
    }

    private static String list(app.dualtrack.model.BehaviourKind k) {
        return capitalise(k.key());
    }

    private static void field(StringBuilder sb, FieldChange f) {
        sb.append("- ").append(FIELD_LABELS.getOrDefault(f.field(), escape(f.field()))).append(": ");
        if (f.diff() != null) {
            sb.append(words(f.diff()));
        } else {
            sb.append(f.before() == null ? "*(none)*" : "~~" + escape(f.before()) + "~~").append(" → ")
                    .append(f.after() == null ? "*(none)*" : "**" + escape(f.after()) + "**");
        }
        sb.append('\n');
    }

    /** Removed words struck through, added words in bold: readable in a comment, unlike [-…-]{+…+}. */
    static String words(WordDiff d) {
        StringBuilder sb = new StringBuilder();
        for (WordDiff.Segment s : d.segments()) {
            String text = escape(s.text());
            String trimmed = text.strip();
            if (s.kind() == WordDiff.Kind.SAME || trimmed.isEmpty()) {
                sb.append(text);
                continue;
            }
            String mark = s.kind() == WordDiff.Kind.REMOVED ? "~~" : "**";
            int lead = text.indexOf(trimmed);
            if (lead == 0 && (sb.toString().endsWith("~~") || sb.toString().endsWith("**"))) {
                sb.append(' '); // "~~old~~ **new**", not "~~old~~**new**", which renders as one run
            }
            sb.append(text, 0, lead).append(mark).append(trimmed).append(mark).append(text.substring(lead + trimmed.length()));
        }
        return sb.toString();
    }

    private static String findings(String title, List<Finding> findings, Ladder where) {
        StringBuilder sb = new StringBuilder("\n#### ").append(title).append(" (").append(findings.size()).append(")\n\n");
        for (Finding f : findings) {
            sb.append("- **").append(f.severity().key()).append("**");
            if (f.level() != null) {
                where.level(f.level()).ifPresent(l -> sb.append(" · ").append(escape(levelName(l))));
            }
            sb.append(": ").append(escape(f.message())).append(" (").append(escape(f.rule())).append(")\n");
        }
        return sb.toString();
    }

    /** "IC5 Principal Engineer", or the title alone when the level has no code. */
    public static String levelName(Level l) {
        return l.code() == null || l.code().isBlank() ? l.title() : l.code() + " " + l.title();
    }

    private static String trackOf(Ladder ladder, Level l) {
        return ladder.trackOf(l.id()).map(t -> t.label().toLowerCase()).orElse("");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Ladder text is prose, not Markdown: characters that would format it are escaped. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            if ("\\`*_[]<>#|~".indexOf(ch) >= 0) {
                sb.append('\\');
            }
            sb.append(ch == '\n' ? ' ' : ch);
        }
        return sb.toString();
    }
}
