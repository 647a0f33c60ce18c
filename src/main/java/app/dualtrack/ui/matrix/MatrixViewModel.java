package app.dualtrack.ui.matrix;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Finding;
import app.dualtrack.analysis.Severity;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.LadderMatrix;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the matrix view shows, without a screen: the ladder's matrix with each behaviour's findings
 * attached, the column headers as people name levels, and an area's progression from level to level.
 */
public final class MatrixViewModel {
    /** One behaviour in a cell and the findings that point at it (worst first). */
    public record CellEntry(String levelId, BehaviourKind kind, int index, String text, List<Finding> findings) {
        public Severity worst() {
            return findings.isEmpty() ? null : findings.get(0).severity();
        }
    }

    /** One level's part of an area's progression: its label, track and behaviours in that area. */
    public record Step(String levelLabel, Track track, List<String> behaviours) {
    }

    private final Ladder ladder;
    private final LadderMatrix matrix;
    private final AnalysisReport report;

    public MatrixViewModel(Ladder ladder, AnalysisReport report) {
        this.ladder = ladder;
        this.matrix = LadderMatrix.of(ladder);
        this.report = report == null ? AnalysisReport.EMPTY : report;
    }

    public LadderMatrix matrix() {
        return matrix;
    }

    public int rowCount() {
        return matrix.rows().size();
    }

    public int columnCount() {
        return matrix.columns().size();
    }

    /** "IC5 Principal Engineer". */
    public static String label(Level l) {
        return l.code() == null ? l.title() : l.code() + " " + l.title();
    }

    public String columnLabel(int column) {
        return label(matrix.columns().get(column).level());
    }

    public Track columnTrack(int column) {
        return matrix.columns().get(column).track();
    }

    public String rowTitle(int row) {
        return matrix.rows().get(row).title();
    }

    public List<CellEntry> cell(int row, int column) {
        Level level = matrix.columns().get(column).level();
        List<CellEntry> out = new ArrayList<>();
        for (LadderMatrix.Entry e : matrix.rows().get(row).cells().get(column)) {
            List<Finding> findings = report.forLevel(level.id()).stream()
                    .filter(f -> e.kind().key().equals(f.field()) && f.index() == e.index())
                    .sorted(Comparator.comparing(Finding::severity))
                    .toList();
            out.add(new CellEntry(level.id(), e.kind(), e.index(), e.behaviour().text(), findings));
        }
        return out;
    }

    /** What changes in an area from level to level: every level in climbing order, shared first, then each track. */
    public List<Step> progression(int row) {
        List<Step> steps = new ArrayList<>();
        for (Track t : Track.values()) {
            for (int c : matrix.columnsOf(t)) {
                List<String> texts = matrix.rows().get(row).cells().get(c).stream()
                        .map(e -> e.kind() == BehaviourKind.SUPPORTING ? e.behaviour().text() + " (supporting)" : e.behaviour().text())
                        .toList();
                steps.add(new Step(columnLabel(c), t, texts));
            }
        }
        return steps;
    }

    /** The progression as plain text, for the dialog and for copying. */
    public String progressionText(int row) {
        StringBuilder sb = new StringBuilder();
        Track current = null;
        for (Step s : progression(row)) {
            if (s.track() != current) {
                current = s.track();
                sb.append(sb.isEmpty() ? "" : "\n").append(current.label()).append(current == Track.SHARED ? " levels" : " track").append('\n');
            }
            sb.append("  ").append(s.levelLabel()).append(": ");
            sb.append(s.behaviours().isEmpty() ? "nothing written for this area" : String.join("; ", s.behaviours())).append('\n');
        }
        return sb.toString();
    }

    public Ladder ladder() {
        return ladder;
    }
}
