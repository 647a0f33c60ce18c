package app.dualtrack.ui.warnings;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Finding;
import app.dualtrack.analysis.Severity;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings grouped as the pane shows them: by severity, then by level (the ladder as a whole
 * first), with counts; suppressed findings last, muted but never hidden.
 */
public final class WarningsViewModel {
    /** A group of findings about one level (or the whole ladder) at one severity. */
    public record LevelGroup(String levelId, String label, List<Finding> findings) {
    }

    /** One severity's groups, with its count. */
    public record SeverityGroup(Severity severity, long count, List<LevelGroup> levels) {
        public String label() {
            String word = switch (severity) {
                case ERROR -> count == 1 ? "error" : "errors";
                case WARNING -> count == 1 ? "warning" : "warnings";
                case INFO -> "info";
            };
            return count + " " + word;
        }
    }

    private WarningsViewModel() {
    }

    public static List<SeverityGroup> group(AnalysisReport report, Ladder ladder) {
        List<SeverityGroup> result = new ArrayList<>();
        for (Severity s : Severity.values()) {
            Map<String, List<Finding>> byLevel = new LinkedHashMap<>();
            for (Finding f : report.findings()) {
                if (f.severity() == s) {
                    byLevel.computeIfAbsent(f.level() == null ? "" : f.level(), k -> new ArrayList<>()).add(f);
                }
            }
            if (byLevel.isEmpty()) {
                continue;
            }
            List<LevelGroup> groups = new ArrayList<>();
            byLevel.forEach((id, list) -> groups.add(new LevelGroup(id.isEmpty() ? null : id, label(ladder, id), list)));
            result.add(new SeverityGroup(s, byLevel.values().stream().mapToLong(List::size).sum(), groups));
        }
        return result;
    }

    private static String label(Ladder ladder, String id) {
        if (id.isEmpty()) {
            return "The ladder as a whole";
        }
        return ladder.level(id).map(app.dualtrack.ui.document.LevelNames::of).orElse(id);
    }

    /** "5 errors · 16 warnings · 1 info · 1 suppressed", or "No warnings". */
    public static String summary(AnalysisReport report) {
        if (report.findings().isEmpty() && report.suppressed().isEmpty()) {
            return "No warnings";
        }
        return report.count(Severity.ERROR) + " errors · " + report.count(Severity.WARNING) + " warnings · "
                + report.count(Severity.INFO) + " info · " + report.suppressed().size() + " suppressed";
    }

}
