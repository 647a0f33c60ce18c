package app.dualtrack.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The immutable result of analysing one ladder: the active findings (most serious first, then in
 * ladder order) and the ones the authors suppressed.
 */
public record AnalysisReport(List<Finding> findings, List<SuppressedFinding> suppressed) {
    public static final AnalysisReport EMPTY = new AnalysisReport(List.of(), List.of());

    public AnalysisReport {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Active findings about one level (null: the ladder-wide ones). */
    public List<Finding> forLevel(String levelId) {
        return findings.stream().filter(f -> Objects.equals(f.level(), levelId)).toList();
    }

    /** The most serious active severity for a level, or null when it has no findings. */
    public Severity worstFor(String levelId) {
        return forLevel(levelId).stream().map(Finding::severity).min(Enum::compareTo).orElse(null);
    }

    public boolean isClean() {
        return findings.isEmpty();
    }
}
