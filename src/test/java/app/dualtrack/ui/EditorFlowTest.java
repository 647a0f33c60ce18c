package app.dualtrack.ui;

import app.dualtrack.analysis.Finding;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.ui.main.MainViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The main flows of the editor, driven headless through the real window. */
@ExtendWith(ApplicationExtension.class)
class EditorFlowTest {
    private DualtrackApp app;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws java.io.IOException {
        app = AppUnderTest.start(stage);
    }

    private MainViewModel vm() {
        return app.viewModel();
    }

    private Path openFlawedSample(FxRobot robot) throws Exception {
        return AppUnderTest.openFlawedExample(robot, vm(), dir);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition); // generous: CI machines are loaded; the debounce is 150 ms
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long staffLanguageFindings() {
        return vm().editor().reportProperty().get().forLevel("staff").stream()
                .filter(f -> f.rule().equals("language/management-behaviour")).count();
    }

    @Test
    void theWindowOpensWithTheBuiltInExampleLadder(FxRobot robot) {
        assertThat(robot.lookup("#ladder-name").queryAs(Label.class).getText()).isEqualTo("Lumen Labs Engineering Ladder");
        assertThat(robot.lookup("#card-staff").tryQuery()).isPresent();
    }

    @Test
    void openingTheFlawedSampleShowsItsFindingsInThePaneAndOnTheCards(FxRobot robot) throws Exception {
        openFlawedSample(robot);
        TreeItem<Object> root = app.view().warnings().tree().getRoot();
        assertThat(root.getChildren()).isNotEmpty();
        assertThat(robot.lookup("#card-staff .badge").queryAs(Label.class).getText()).isEqualTo("6");
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getText()).startsWith("5 errors");
    }

    @Test
    void rewritingAStaffBehaviourClearsItsFindingAndUndoBringsItBack(FxRobot robot) throws Exception {
        openFlawedSample(robot);
        robot.clickOn("#card-staff");
        assertThat(staffLanguageFindings()).isEqualTo(4);
        robot.interact(() -> app.view().inspector().behaviour(BehaviourKind.PRIMARY, 0)
                .replaceAll("Owns the design of the event pipeline that four teams build on."));
        waitUntil(() -> staffLanguageFindings() == 3);
        robot.clickOn("#card-staff");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> staffLanguageFindings() == 4);
        assertThat(vm().ladder().level("staff").orElseThrow().primary().get(0).text()).isEqualTo("Drives alignment across multiple teams.");
    }

    @Test
    void clickingAFindingSelectsTheLevelAndPutsTheCaretOnThePhrase(FxRobot robot) throws Exception {
        openFlawedSample(robot);
        Finding alignment = vm().editor().reportProperty().get().findings().stream()
                .filter(f -> "staff".equals(f.level()) && f.index() == 0 && f.rule().equals("language/management-behaviour"))
                .findFirst().orElseThrow();
        robot.interact(() -> selectInTree(app.view().warnings().tree().getRoot(), alignment));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().editor().selectedLevelIdProperty().get()).isEqualTo("staff");
        var editor = app.view().inspector().behaviour(BehaviourKind.PRIMARY, 0);
        assertThat(editor.text().substring(editor.selectionStart(), editor.selectionEnd())).isEqualTo("Drives alignment");
    }

    private boolean selectInTree(TreeItem<Object> item, Object value) {
        if (value.equals(item.getValue())) {
            app.view().warnings().tree().getSelectionModel().select(item);
            return true;
        }
        for (TreeItem<Object> c : item.getChildren()) {
            if (selectInTree(c, value)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void addReorderAndPairALevel(FxRobot robot) throws Exception {
        openFlawedSample(robot);
        robot.clickOn("#tool-add_technical");
        String id = vm().editor().selectedLevelIdProperty().get();
        assertThat(vm().ladder().technical()).last().satisfies(l -> assertThat(l.id()).isEqualTo(id));
        robot.clickOn("#card-" + id);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().ladder().indexOf(id)).isEqualTo(2);
        robot.interact(() -> app.view().ladderView().dropOnto(id, "senior-em"));
        assertThat(vm().ladder().peerOf(id)).map(l -> l.id()).contains("senior-em");
        robot.interact(() -> app.view().ladderView().dropOnto(id, "staff"));
        assertThat(vm().ladder().indexOf(id)).isZero();
    }

    @Test
    void suppressAFindingWithAReasonAndFindItInTheSavedFile(FxRobot robot) throws Exception {
        Path file = openFlawedSample(robot);
        Finding shorter = vm().editor().reportProperty().get().findings().stream()
                .filter(f -> f.rule().equals("structure/track-shorter")).findFirst().orElseThrow();
        robot.interact(() -> selectInTree(app.view().warnings().tree().getRoot(), shorter));
        robot.clickOn("#suppress-finding");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".dialog-pane .text-field").write("No level above Distinguished at our size.");
        robot.clickOn("OK");
        waitUntil(() -> !vm().editor().reportProperty().get().suppressed().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(file)).contains("\"rule\": \"structure/track-shorter\"")
                .contains("No level above Distinguished at our size.");
        assertThat(vm().editor().document().isDirty()).isFalse();
    }

    @Test
    void saveAndReopenGivesTheSameLadder(FxRobot robot) throws Exception {
        openFlawedSample(robot);
        robot.clickOn("#tool-add_management");
        Path copy = dir.resolve("copy.ladder.json");
        robot.interact(() -> vm().saveTo(copy));
        Ladder saved = vm().ladder();
        robot.interact(() -> vm().openFile(copy));
        assertThat(vm().ladder()).isEqualTo(saved);
        assertThat(LadderFiles.read(copy)).isEqualTo(saved);
    }
}
