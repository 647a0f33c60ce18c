package app.dualtrack.history;

import app.dualtrack.compare.BehaviourChange;
import app.dualtrack.compare.ComparisonMarkdown;
import app.dualtrack.compare.ComparisonText;
import app.dualtrack.compare.LadderComparison;
import app.dualtrack.compare.LevelChange;
import app.dualtrack.model.Level;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A ladder's changelog as text for a terminal, Markdown for release notes, or plain values for JSON. */
public final class HistoryText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private HistoryText() {
    }

    /** One entry per version, newest first: id, date, author, message, then the summary indented below. */
    public static String text(String path, List<VersionChange> changes, boolean shallow) {
        StringBuilder sb = new StringBuilder();
        sb.append("History of ").append(path).append(": ").append(changes.size()).append(changes.size() == 1 ? " version" : " versions")
                .append(shallow ? " (shallow clone: older commits were not fetched)" : "").append('\n');
        for (VersionChange c : changes) {
            LadderVersion v = c.version();
            sb.append('\n');
            if (v.uncommitted()) {
                sb.append("working copy  ").append(v.when().format(DATE)).append("  Uncommitted changes\n");
            } else {
                sb.append(v.shortId()).append("  ").append(v.when().format(DATE)).append("  ").append(v.author()).append("  ").append(v.message()).append('\n');
            }
            if (v.oldPath() != null) {
                sb.append("    renamed from ").append(v.oldPath()).append('\n');
            }
            sb.append("    ").append(c.summary()).append('\n');
        }
        return sb.toString();
    }

    /** Release notes: a section per version with its summary and a line per level that changed. */
    public static String markdown(String ladderName, String path, List<VersionChange> changes, boolean shallow) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(ComparisonMarkdown.escape(ladderName)).append(": changelog\n\n");
        sb.append("History of ").append(ComparisonMarkdown.escape(path)).append(", newest first")
                .append(shallow ? " (a shallow clone: older commits were not fetched)" : "").append(".\n");
        for (VersionChange c : changes) {
            LadderVersion v = c.version();
            sb.append("\n## ").append(v.when().format(DATE)).append(" · ").append(ComparisonMarkdown.escape(v.message())).append("\n\n");
            if (!v.uncommitted()) {
                sb.append('*').append(v.shortId()).append(" by ").append(ComparisonMarkdown.escape(v.author()))
                        .append(v.oldPath() == null ? "" : ", renamed from " + ComparisonMarkdown.escape(v.oldPath())).append("*\n\n");
            }
            sb.append("**").append(c.summary()).append("**\n");
            if (c.comparison() != null) {
                List<String> lines = details(c.comparison());
                if (!lines.isEmpty()) {
                    sb.append('\n');
                    lines.forEach(l -> sb.append("- ").append(l).append('\n'));
                }
            }
        }
        return sb.toString();
    }

    /** A line per level added, removed or changed, and per finding resolved or introduced. */
    static List<String> details(LadderComparison c) {
        List<String> lines = new ArrayList<>();
        for (Level l : c.addedLevels()) {
            lines.add("Added **" + ComparisonMarkdown.escape(ComparisonMarkdown.levelName(l)) + "**");
        }
        for (Level l : c.removedLevels()) {
            lines.add("Removed " + ComparisonMarkdown.escape(ComparisonMarkdown.levelName(l)));
        }
        for (LevelChange lc : c.changedLevels()) {
            lines.add("**" + ComparisonMarkdown.escape(ComparisonMarkdown.levelName(lc.after())) + "**: " + String.join(", ", whatChanged(lc)));
        }
        c.resolved().forEach(f -> lines.add("Resolved " + f.severity().key() + ": " + ComparisonMarkdown.escape(f.message())));
        c.introduced().forEach(f -> lines.add("Introduced " + f.severity().key() + ": " + ComparisonMarkdown.escape(f.message())));
        return lines;
    }

    /** "title, 2 behaviours rewritten, moved from rung 2 to rung 3 of the technical track". */
    static List<String> whatChanged(LevelChange lc) {
        List<String> parts = new ArrayList<>();
        if (lc.renamedFrom() != null) {
            parts.add("id renamed from " + lc.renamedFrom());
        }
        lc.fields().forEach(f -> parts.add(f.field().equals("minHeadcount") ? "minimum headcount" : f.field()));
        Map<BehaviourChange.Kind, Integer> counts = new LinkedHashMap<>();
        lc.behaviours().stream().filter(BehaviourChange::isChange).forEach(b -> counts.merge(b.kind(), 1, Integer::sum));
        counts.forEach((k, n) -> parts.add(n + (n == 1 ? " behaviour " : " behaviours ") + switch (k) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case REWRITTEN -> "rewritten";
            case MOVED -> "moved between primary and supporting";
            case KEPT -> "kept";
        }));
        if (lc.moved() != null) {
            parts.add(lc.moved());
        }
        return parts;
    }

    /** Plain values for a JSON writer: one object per version, with the comparison when there is one. */
    public static List<Map<String, Object>> json(List<VersionChange> changes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (VersionChange c : changes) {
            LadderVersion v = c.version();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("commit", v.commit());
            m.put("kind", v.kind().name().toLowerCase());
            m.put("date", v.when().toOffsetDateTime().toString());
            m.put("author", v.uncommitted() ? null : v.author());
            m.put("email", v.uncommitted() ? null : v.email());
            m.put("message", v.message());
            m.put("path", v.path());
            m.put("renamedFrom", v.oldPath());
            m.put("summary", c.summary());
            m.put("problem", c.problem());
            m.put("changes", c.comparison() == null ? null : ComparisonText.json(c.comparison()));
            out.add(m);
        }
        return out;
    }
}
