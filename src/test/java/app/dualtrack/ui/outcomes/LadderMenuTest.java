package app.dualtrack.ui.outcomes;

import app.dualtrack.ui.AppUnderTest;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;


import static org.assertj.core.api.Assertions.assertThat;

/** Ladder › Outcomes… and Ladder › Visibility Kit… are in the main window's menu, and Outcomes… opens its window. */
@ExtendWith(ApplicationExtension.class)
class LadderMenuTest {
    private Stage main;

    @Start
    void start(Stage stage) throws Exception {
        main = stage;
        AppUnderTest.start(stage);
    }

    @Test
    void theLadderMenuOpensTheOutcomesWindow(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu ladder = bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals("Ladder")).findFirst().orElseThrow();
        assertThat(ladder.getItems()).extracting(MenuItem::getText).contains("Outcomes…", "Visibility Kit…");
        MenuItem outcomes = ladder.getItems().stream().filter(i -> "menu-outcomes".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(outcomes::fire);
        WaitForAsyncUtils.waitForFxEvents();
        Stage window = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Outcomes: "))
                .map(w -> (Stage) w).findFirst().orElseThrow();
        assertThat(window.getTitle()).endsWith(" — Dualtrack");
        assertThat(window.getScene().lookup("#outcomes-choose")).isNotNull();
        robot.interact(window::close);
    }
}
