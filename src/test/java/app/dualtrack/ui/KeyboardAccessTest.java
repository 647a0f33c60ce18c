package app.dualtrack.ui;

import app.dualtrack.ui.actions.AppAction;
import app.dualtrack.ui.main.MainViewModel;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Keyboard alone reaches every part of the window, and every stop has a name a screen reader can say. */
@ExtendWith(ApplicationExtension.class)
class KeyboardAccessTest {
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
    void tabWalksThroughTheFindFieldTheCardsTheInspectorAndTheWarnings(FxRobot robot) throws Exception {
        AppUnderTest.openFlawedExample(robot, vm(), dir);
        robot.clickOn("#card-staff");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        Set<String> reached = new LinkedHashSet<>();
        List<String> unnamed = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node owner = robot.targetWindow().getScene().getFocusOwner();
            if (owner == null) {
                continue;
            }
            reached.add(owner.getId() == null ? owner.getClass().getSimpleName() : owner.getId());
            if (nameOf(owner).isBlank()) {
                unnamed.add(owner.getClass().getSimpleName() + " " + owner.getId());
            }
            if (reached.containsAll(List.of("find-field", "inspector-title", "inspector-summary", "primary-0", "warnings-tree"))
                    && reached.stream().anyMatch(id -> id.startsWith("card-"))) {
                break; // everything reached: no need to walk further
            }
        }
        assertThat(reached).contains("find-field", "inspector-title", "inspector-summary", "primary-0", "warnings-tree")
                .anyMatch(id -> id.startsWith("card-"));
        assertThat(unnamed).as("focus stops without an accessible name").isEmpty();
    }

    @Test
    void everyCommandIsInAMenuWithAMnemonic(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Set<AppAction> inMenus = new LinkedHashSet<>();
        for (Menu m : bar.getMenus()) {
            assertThat(m.getText()).as("menu title with a mnemonic").contains("_");
            collect(m, inMenus);
        }
        for (AppAction a : AppAction.values()) {
            if (app.view().commands().has(a)) {
                assertThat(inMenus).as("the menus offer " + a.label()).contains(a);
            }
        }
    }

    @Test
    void theFileMenuEndsWithQuitOnCtrlQ(FxRobot robot) {
        Menu file = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        assertThat(file.getText()).isEqualTo("_File");
        MenuItem last = file.getItems().get(file.getItems().size() - 1);
        assertThat(last.getId()).as("the last item of the File menu").isEqualTo("menu-quit");
        assertThat(last.getText().replace("_", "")).isEqualTo("Quit");
        assertThat(last.getAccelerator()).isEqualTo(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Q"));
        assertThat(last.isDisable()).isFalse();
    }

    private static void collect(Menu menu, Set<AppAction> out) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                collect(sub, out);
            }
            if (i.getId() != null && i.getId().startsWith("menu-")) {
                out.add(AppAction.valueOf(i.getId().substring(5).toUpperCase()));
            }
        }
    }

    private static String nameOf(Node n) {
        if (n.getAccessibleText() != null && !n.getAccessibleText().isBlank()) {
            return n.getAccessibleText();
        }
        if (n instanceof Labeled l && l.getText() != null) {
            return l.getText();
        }
        if (n instanceof TextInputControl t && t.getPromptText() != null) {
            return t.getPromptText();
        }
        return "";
    }
}
