package app.dualtrack.ui.compare;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
    private CompareViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        vm = new CompareViewModel(LadderFiles.read(TestFiles.flawedSample()), "2024.1",
                LadderFiles.read(TestFiles.fixedSample()), "2026.1", LocalDate.of(2026, 11, 23));
        Scene scene = new Scene(new CompareView(vm), 1300, 850);
        scene.getStylesheets().add(getClass().getResource("/app/dualtrack/ui/dualtrack.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        this.stage = stage;
    }

    @Test
    void theSummarySaysWhatChanged(FxRobot robot) {
        assertThat(robot.lookup("#compare-summary").queryAs(Label.class).getText())
                .isEqualTo("5 levels changed, 1 removed, 0 added, 21 findings resolved, 1 introduced");
        assertThat(robot.lookup("#before-distinguished .change-mark").queryAs(Label.class).getText()).isEqualTo("− removed");
        assertThat(robot.lookup("#after-staff .change-mark").queryAs(Label.class).getText()).isEqualTo("~ changed");
    }

    @Test
    void nextChangeStepsThroughTheChanges(FxRobot robot) {
        robot.clickOn("#next-change");
        assertThat(vm.currentStop()).hasValueSatisfying(s -> assertThat(s.label()).isEqualTo("The ladder"));
        robot.clickOn("#next-change");
        assertThat(vm.currentStop()).hasValueSatisfying(s -> assertThat(s.label()).isEqualTo("Distinguished Engineer — removed"));
        robot.clickOn("#next-change");
        assertThat(vm.currentStop()).hasValueSatisfying(s -> assertThat(s.afterId()).isEqualTo("staff"));
        assertThat(vm.stepProperty().get().higher().id()).isEqualTo("staff");
        assertThat(vm.stepProperty().get().lower().id()).isEqualTo("senior");
    }

    @Test
    void theFindingsTabListsWhatTheNewerVersionIntroducesAndResolves(FxRobot robot) {
        assertThat(vm.introducedFindings()).hasSize(vm.comparison().introduced().size()).isNotEmpty();
        assertThat(vm.resolvedFindings()).hasSize(vm.comparison().resolved().size());
        assertThat(vm.introducedFindings()).allSatisfy(line -> assertThat(line).contains(": ").doesNotContain("`"));
        javafx.scene.text.TextFlow first = (javafx.scene.text.TextFlow) robot.lookup("#compare-findings").queryAs(javafx.scene.layout.VBox.class)
                .getChildren().get(1);
        assertThat(DiffText.plainText(first)).contains(vm.introducedFindings().get(0));
    }

    @Test
    void swappingSidesPutsTheNewerVersionOnTheLeft(FxRobot robot) {
        robot.interact(() -> ((javafx.scene.control.Button) stage.getScene().lookup("#swap-sides")).fire());
        javafx.scene.Parent root = stage.getScene().getRoot();
        assertThat(((Label) root.lookup("#compare-summary")).getText()).contains("0 removed, 1 added");
        assertThat(root.lookup("#after-distinguished")).isNotNull();
        assertThat(root.lookup("#before-distinguished")).isNull();
        assertThat(vm.swapped().beforeLabel()).isEqualTo("2026.1");
    }

    @Test
    void theReportIsWrittenAsAPdfFromTheWindow(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // the window offers it (the button opens a file chooser, which a headless test cannot answer; the view model writes)
        assertThat(robot.lookup("#compare-report").tryQueryAs(javafx.scene.control.Button.class))
                .as("a PDF Report… button in the compare window").hasValueSatisfying(b -> assertThat(b.isDisabled()).isFalse());
        java.nio.file.Path pdf = dir.resolve("comparison.pdf");
        assertThat(vm.exportReport(pdf)).isPositive();
        assertThat(java.nio.file.Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void aWordReplacedByAnotherIsNotGluedToIt() {
        var diff = app.dualtrack.compare.WordDiff.between("Leads several teams.", "A technical lead for teams.");
        String text = DiffText.plainText(DiffText.of(diff));
        assertThat(text).doesNotContainPattern("[a-z][A-Z]");
        var removed = new app.dualtrack.compare.WordDiff.Segment(app.dualtrack.compare.WordDiff.Kind.REMOVED, "several");
        var added = new app.dualtrack.compare.WordDiff.Segment(app.dualtrack.compare.WordDiff.Kind.ADDED, "A technical");
        assertThat(DiffText.plainText(DiffText.of(new app.dualtrack.compare.WordDiff(java.util.List.of(removed, added))))).isEqualTo("several A technical");
    }
}
