package app.dualtrack.ui;

import app.dualtrack.history.LadderRepoFixture;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** View › History on a ladder in a real repository, a comparison from it, and the inspector's line under a behaviour. */
@ExtendWith(ApplicationExtension.class)
class HistoryFlowTest {
    private DualtrackApp app;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        app = AppUnderTest.start(stage);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition); // generous: git is read on a loaded machine
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void historyListsTheVersionsComparesTwoAndTheInspectorSaysWhenABehaviourChanged(FxRobot robot) throws Exception {
        LadderRepoFixture repo = LadderRepoFixture.create(dir.resolve("repo"));
        robot.interact(() -> app.viewModel().openFile(repo.file()));

        MenuItem history = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-history".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(history::fire);
        waitUntil(() -> robot.lookup("#history-table").tryQuery().isPresent()
                && robot.lookup("#history-table").queryAs(TableView.class).getItems().size() == 6);
        assertThat(robot.lookup("#history-status").queryAs(Label.class).getText()).isEqualTo("6 versions");

        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#history-table").queryAs(TableView.class);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(1, 5);
        });
        robot.clickOn("#history-compare");
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Compare " + repo.commit(1).abbreviate(7).name())));

        robot.interact(() -> app.viewModel().editor().selectedLevelIdProperty().set("staff-engineer"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#primary-1").query().requestFocus());
        waitUntil(() -> robot.lookup("#note-primary-1").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#note-primary-1").queryAs(Label.class).getText())
                .isEqualTo("Last changed 2026-02-10 by Bob Baker in " + repo.commit(2).abbreviate(7).name() + " “Sharpen the staff bar” (rewritten)");
    }
}
