package app.dualtrack.compare;

import app.dualtrack.analysis.Finding;
import app.dualtrack.analysis.RuleCatalog;
import app.dualtrack.analysis.RuleInfo;
import app.dualtrack.model.Level;
import app.dualtrack.model.Mechanism;
import app.dualtrack.model.Suppression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A comparison as a readable changelog (text) or as plain values for JSON. */
public final class ComparisonText {
    private ComparisonText() {
    }

    public static String changelog(LadderComparison c, String beforeName, String afterName) {
        StringBuilder sb = new StringBuilder();
        sb.append("Comparing ").append(beforeName).append(" → ").append(afterName).append('\n');
        sb.append(c.summary()).append("\n");
        if (c.same()) {
            return sb.toString();
        }
        if (!c.ladderFields().isEmpty()) {
            sb.append("\nLadder\n");
            c.ladderFields().forEach(f -> field(sb, f));
        }
        if (!c.removedLevels().isEmpty() || !c.addedLevels().isEmpty()) {
            sb.append("\nLevels added and removed\n");
            for (Level l : c.removedLevels()) sb.append("  - removed ").append(name(l)).append('\n');
            for (Level l : c.addedLevels()) sb.append("  + added ").append(name(l)).append('\n');
        }
        for (LevelChange lc : c.changedLevels()) {
            sb.append("\n").append(name(lc.after()));
            if (!name(lc.before()).equals(name(lc.after()))) sb.append("  (was ").append(name(lc.before())).append(")");
            sb.append('\n');
            if (lc.moved() != null) sb.append("  ~ ").append(lc.moved()).append('\n');
            lc.fields().forEach(f -> field(sb, f));
            for (BehaviourChange b : lc.behaviours()) {
                switch (b.kind()) {
                    case ADDED -> sb.append("  + ").append(b.afterList().key()).append(": ").append(b.after()).append('\n');
                    case REMOVED -> sb.append("  - ").append(b.beforeList().key()).append(": ").append(b.before()).append('\n');
                    case REWRITTEN -> sb.append("  ~ ").append(b.afterList().key()).append(": ").append(b.diff().inline()).append('\n');
                    case MOVED -> sb.append("  ~ moved from ").append(b.beforeList().key()).append(" to ").append(b.afterList().key())
                            .append(": ").append(b.after()).append('\n');
                    case KEPT -> { }
                }
            }
        }
        if (!c.addedMechanisms().isEmpty() || !c.removedMechanisms().isEmpty() || !c.changedMechanisms().isEmpty()) {
            sb.append("\nVisibility mechanisms\n");
            for (Mechanism m : c.removedMechanisms()) sb.append("  - ").append(m.title()).append(" (").append(LadderComparator.describe(m, c.before())).append(")\n");
            for (Mechanism m : c.addedMechanisms()) sb.append("  + ").append(m.title()).append(" (").append(LadderComparator.describe(m, c.after())).append(")\n");
            c.changedMechanisms().forEach(f -> field(sb, f));
        }
        if (!c.addedSuppressions().isEmpty() || !c.removedSuppressions().isEmpty()) {
            sb.append("\nSuppressions\n");
            for (Suppression s : c.removedSuppressions()) sb.append("  - ").append(suppression(s, c.before())).append('\n');
            for (Suppression s : c.addedSuppressions()) sb.append("  + ").append(suppression(s, c.after())).append(": ").append(s.reason()).append('\n');
        }
        if (!c.resolved().isEmpty() || !c.introduced().isEmpty() || !c.stillOpen().isEmpty()) {
            sb.append("\nFindings\n");
            for (Finding f : c.resolved()) sb.append("  ✓ resolved ").append(f.severity().key()).append(": ").append(ruleTitle(f)).append(" — ").append(f.message()).append('\n');
            for (Finding f : c.introduced()) sb.append("  ! introduced ").append(f.severity().key()).append(": ").append(ruleTitle(f)).append(" — ").append(f.message()).append('\n');
            for (Finding f : c.stillOpen()) sb.append("  ! still open ").append(f.severity().key()).append(" after ").append(changedPart(f, c)).append(" changed: ")
                    .append(ruleTitle(f)).append(" — ").append(f.message()).append('\n');
        }
        return sb.toString();
    }

    private static void field(StringBuilder sb, FieldChange f) {
        if (f.diff() != null) {
            sb.append("  ~ ").append(f.field()).append(": ").append(f.diff().inline()).append('\n');
        } else {
            sb.append("  ~ ").append(f.field()).append(": ").append(f.before() == null ? "(none)" : f.before()).append(" → ")
                    .append(f.after() == null ? "(none)" : f.after()).append('\n');
        }
    }

    /** "IC5 Principal Engineer": code and title, never the file's id. */
    public static String name(Level l) {
        return l.code() == null || l.code().isBlank() ? l.title() : l.code() + " " + l.title();
    }

    /** A rule named in words ("The bar itself is a manager's"), for people rather than tools. */
    public static String ruleTitle(Finding f) {
        return RuleCatalog.describe(f.rule()).map(RuleInfo::title).orElse(f.rule());
    }

    /** What changed without fixing the finding: its level, the visibility mechanisms, or the ladder. */
    public static String changedPart(Finding f, LadderComparison c) {
        if (f.level() != null) {
            return c.after().level(f.level()).map(ComparisonText::name).orElse("the level");
        }
        return "visibility".equals(f.field()) ? "the visibility mechanisms" : "the ladder";
    }

    private static String suppression(Suppression s, app.dualtrack.model.Ladder ladder) {
        String rule = RuleCatalog.describe(s.rule()).map(RuleInfo::title).orElse(s.rule());
        return rule + (s.level() == null ? "" : " on " + ladder.level(s.level()).map(ComparisonText::name).orElse(s.level()));
    }

    /** The comparison as plain maps and lists, ready for a JSON writer. */
    public static Map<String, Object> json(LadderComparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("same", c.same());
        m.put("summary", c.summary());
        m.put("ladder", c.ladderFields().stream().map(ComparisonText::field).toList());
        m.put("addedLevels", c.addedLevels().stream().map(Level::id).toList());
        m.put("removedLevels", c.removedLevels().stream().map(Level::id).toList());
        List<Map<String, Object>> levels = new ArrayList<>();
        for (LevelChange lc : c.changedLevels()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("id", lc.id());
            l.put("renamedFrom", lc.renamedFrom());
            l.put("moved", lc.moved());
            l.put("fields", lc.fields().stream().map(ComparisonText::field).toList());
            l.put("behaviours", lc.behaviours().stream().filter(BehaviourChange::isChange).map(b -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("change", b.kind().name().toLowerCase());
                x.put("beforeList", b.beforeList() == null ? null : b.beforeList().key());
                x.put("before", b.before());
                x.put("afterList", b.afterList() == null ? null : b.afterList().key());
                x.put("after", b.after());
                if (b.diff() != null) x.put("words", segments(b.diff()));
                return x;
            }).toList());
            levels.add(l);
        }
        m.put("changedLevels", levels);
        m.put("addedMechanisms", c.addedMechanisms().stream().map(Mechanism::title).toList());
        m.put("removedMechanisms", c.removedMechanisms().stream().map(Mechanism::title).toList());
        m.put("changedMechanisms", c.changedMechanisms().stream().map(ComparisonText::field).toList());
        m.put("addedSuppressions", c.addedSuppressions().stream().map(s -> s.rule() + (s.level() == null ? "" : "@" + s.level())).toList());
        m.put("removedSuppressions", c.removedSuppressions().stream().map(s -> s.rule() + (s.level() == null ? "" : "@" + s.level())).toList());
        m.put("resolved", c.resolved().stream().map(ComparisonText::finding).toList());
        m.put("introduced", c.introduced().stream().map(ComparisonText::finding).toList());
        m.put("stillOpen", c.stillOpen().stream().map(ComparisonText::finding).toList());
        return m;
    }

    private static Map<String, Object> field(FieldChange f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", f.field());
        m.put("before", f.before());
        m.put("after", f.after());
        if (f.diff() != null) m.put("words", segments(f.diff()));
        return m;
    }

    private static List<Map<String, String>> segments(WordDiff d) {
        return d.segments().stream().map(s -> Map.of("kind", s.kind().name().toLowerCase(), "text", s.text())).toList();
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("severity", f.severity().key());
        m.put("level", f.level());
        m.put("message", f.message());
        return m;
    }
}
