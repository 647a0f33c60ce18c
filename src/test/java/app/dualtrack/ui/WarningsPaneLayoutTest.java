package app.dualtrack.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, defect 4: the warnings pane wraps its messages in the room it has, at a small and a large window. */
@ExtendWith(ApplicationExtension.class)
class WarningsPaneLayoutTest {
    private DualtrackApp app;
    private Stage stage;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws java.io.IOException {
        this.stage = stage;
        app = AppUnderTest.start(stage);
    }

    @Test
    void messagesWrapInsteadOfBeingCutOrHiddenBehindAHorizontalScrollbar(FxRobot robot) throws Exception {
        AppUnderTest.openFlawedExample(robot, app.viewModel(), dir);
        for (double[] size : List.of(new double[] {1024, 680}, new double[] {1440, 900})) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents(); // the messages re-wrap after the layout pass that resized the pane
            var tree = robot.lookup("#warnings-tree").queryAs(javafx.scene.control.TreeView.class);
            boolean horizontalBar = tree.lookupAll(".scroll-bar").stream()
                    .anyMatch(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible());
            assertThat(horizontalBar).as("a horizontal scrollbar in the warnings at " + (int) size[0] + "×" + (int) size[1]).isFalse();
            List<Label> messages = tree.lookupAll(".finding-message").stream()
                    .filter(n -> n instanceof Label l && shown(l) && l.getText() != null && !l.getText().isEmpty())
                    .map(n -> (Label) n).toList();
            assertThat(messages).as("findings shown at " + (int) size[0]).isNotEmpty();
            double right = tree.localToScene(tree.getLayoutBounds()).getMaxX();
            for (Label m : messages) {
                assertThat(shownText(m)).as("message shown whole at " + (int) size[0]).isEqualTo(m.getText());
                assertThat(m.localToScene(m.getLayoutBounds()).getMaxX()).as("message inside the pane").isLessThanOrEqualTo(right + 0.5);
            }
        }
    }

    /** Drawn: it and every container up to the scene are visible (the tree keeps spare cells hidden). */
    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static String shownText(Label label) {
        return label.lookupAll(".text").stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).reduce("", String::concat);
    }
}
