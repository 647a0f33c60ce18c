package app.dualtrack.ui.matrix;

import app.dualtrack.TestFiles;
import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Analyzer;
import app.dualtrack.analysis.Severity;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.Area;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MatrixViewModelTest {
    private static Ladder small() {
        return new Ladder.Builder("Small")
                .areas(List.of(new Area("craft", "Craft", null), new Area("people", "People", null)))
                .shared(new Level.Builder("e1", "Engineer").code("E1").primary(List.of(new Behaviour("Writes tests.", "craft"))).build())
                .technical(new Level.Builder("staff", "Staff Engineer").code("IC4").peer("em")
                        .primary(List.of(new Behaviour("Designs the storage layer.", "craft"), new Behaviour("Drives alignment across teams.")))
                        .supporting(List.of(new Behaviour("Mentors seniors.", "people"))).build())
                .management(new Level.Builder("em", "Engineering Manager").code("M1").primary(List.of(new Behaviour("Hires the team.", "people"))).build(),
                        new Level.Builder("dir", "Director").code("M2").build())
                .build();
    }

    @Test
    void rowsAreAreasPlusNoAreaAndPeersStandSideBySide() {
        MatrixViewModel m = new MatrixViewModel(small(), AnalysisReport.EMPTY);
        assertThat(m.rowCount()).isEqualTo(3);
        assertThat(m.rowTitle(2)).isEqualTo("No area");
        assertThat(List.of(m.columnLabel(0), m.columnLabel(1), m.columnLabel(2), m.columnLabel(3)))
                .containsExactly("E1 Engineer", "IC4 Staff Engineer", "M1 Engineering Manager", "M2 Director");
        assertThat(m.cell(0, 1)).extracting(MatrixViewModel.CellEntry::text).containsExactly("Designs the storage layer.");
        assertThat(m.cell(1, 1)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(BehaviourKind.SUPPORTING);
            assertThat(e.index()).isZero();
        });
        assertThat(m.cell(2, 1)).extracting(MatrixViewModel.CellEntry::index).containsExactly(1);
        assertThat(m.cell(0, 3)).isEmpty();
    }

    @Test
    void findingsLandInTheCellOfTheBehaviourTheyPointAt() {
        Ladder ladder = small();
        AnalysisReport report = Analyzer.standard().analyze(ladder, java.time.LocalDate.of(2026, 11, 1));
        MatrixViewModel m = new MatrixViewModel(ladder, report);
        MatrixViewModel.CellEntry alignment = m.cell(2, 1).get(0);
        assertThat(alignment.text()).isEqualTo("Drives alignment across teams.");
        assertThat(alignment.findings()).isNotEmpty();
        assertThat(alignment.worst()).isIn(Severity.WARNING, Severity.ERROR);
        assertThat(m.cell(0, 1).get(0).findings()).isEmpty();
    }

    @Test
    void progressionWalksEveryLevelOfEveryTrackAndMarksGaps() throws Exception {
        MatrixViewModel m = new MatrixViewModel(small(), AnalysisReport.EMPTY);
        assertThat(m.progression(0)).extracting(MatrixViewModel.Step::track)
                .containsExactly(Track.SHARED, Track.TECHNICAL, Track.MANAGEMENT, Track.MANAGEMENT);
        assertThat(m.progressionText(0)).contains("E1 Engineer: Writes tests.", "IC4 Staff Engineer: Designs the storage layer.",
                "M2 Director: nothing written for this area");
        MatrixViewModel example = new MatrixViewModel(LadderFiles.read(TestFiles.fixedSample()), AnalysisReport.EMPTY);
        assertThat(example.columnCount()).isEqualTo(LadderFiles.read(TestFiles.fixedSample()).allLevels().size());
    }
}
