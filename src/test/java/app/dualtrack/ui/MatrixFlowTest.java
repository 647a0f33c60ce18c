package app.dualtrack.ui;

import app.dualtrack.ui.main.MainViewModel;
import app.dualtrack.ui.matrix.MatrixView;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Ctrl+2 shows the matrix, a click on a behaviour selects its level, Ctrl+1 brings the ladder back. */
@ExtendWith(ApplicationExtension.class)
class MatrixFlowTest {
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

    @Test
    void switchesBetweenLadderAndMatrixAndSelectsFromACell(FxRobot robot) throws Exception {
        AppUnderTest.openFlawedExample(robot, vm(), dir);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        MatrixView matrix = robot.lookup("#matrix-view").queryAs(MatrixView.class);
        assertThat(matrix.isVisible()).isTrue();
        assertThat(robot.lookup("#ladder-name").tryQuery()).isEmpty();

        String staffText = vm().ladder().level("staff").orElseThrow().primary().get(0).text();
        Label behaviour = robot.lookup(".matrix-behaviour").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().endsWith(staffText)).findFirst().orElseThrow();
        assertThat(behaviour.getStyleClass()).anyMatch(c -> c.startsWith("finding-"));
        robot.clickOn(behaviour);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().editor().selectedLevelIdProperty().get()).isEqualTo("staff");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#ladder-name").tryQuery()).isPresent();
        assertThat(robot.lookup("#matrix-view").tryQuery()).isEmpty();
    }
}
