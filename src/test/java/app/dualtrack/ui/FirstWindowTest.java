package app.dualtrack.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FirstWindowTest {
    @Start
    void start(Stage stage) {
        new DualtrackApp().start(stage);
    }

    @Test
    void theWindowOpensWithTheBuiltInExampleLadder(FxRobot robot) {
        assertThat(robot.lookup("#ladder-name").queryAs(Label.class).getText())
                .isEqualTo("Lumen Labs Engineering Ladder");
        assertThat(robot.lookup("Staff Engineer").tryQuery()).isPresent();
    }
}
