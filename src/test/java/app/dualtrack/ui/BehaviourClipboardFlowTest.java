package app.dualtrack.ui;

import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.ui.main.MainViewModel;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
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

/** Whole behaviours through the real window: shortcuts, the row's menu, text from elsewhere, and the text's own clipboard. */
@ExtendWith(ApplicationExtension.class)
class BehaviourClipboardFlowTest {
    private static final String STAFF_FIRST = "Drives alignment across multiple teams.";
    private DualtrackApp app;
    private Stage stage;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws java.io.IOException {
        this.stage = stage;
        app = AppUnderTest.start(stage);
        stage.setWidth(1440); // the narrow test makes the shared stage small; the cards clicked here must be on screen
        stage.setHeight(900);
    }

    private MainViewModel vm() {
        return app.viewModel();
    }

    private List<String> primary(String level) {
        return vm().ladder().level(level).orElseThrow().primary().stream().map(Behaviour::text).toList();
    }

    private List<String> supporting(String level) {
        return vm().ladder().level(level).orElseThrow().supporting().stream().map(Behaviour::text).toList();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void behavioursAreCutCopiedAndPastedWholeWhileCtrlCInTheTextCopiesText(FxRobot robot) throws Exception {
        AppUnderTest.openFlawedExample(robot, vm(), dir);
        robot.clickOn("#card-staff");
        robot.clickOn("#primary-0");
        long revision = vm().editor().document().revision();

        // Ctrl+C inside the text copies the selected words, as in any text field
        StyleClassedTextArea first = robot.lookup("#primary-0").queryAs(StyleClassedTextArea.class);
        robot.interact(() -> first.selectRange(0, 6));
        shortcut(robot, KeyCode.CONTROL, KeyCode.C);
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("Drives");
        assertThat(vm().editor().document().revision()).isEqualTo(revision);

        // Ctrl+Shift+C copies the whole behaviour: a line of text and the ladder form
        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(STAFF_FIRST + "\n");
        assertThat(onFx(() -> Clipboard.getSystemClipboard().hasContent(DataFormat.lookupMimeType(
                "application/x-dualtrack-behaviours+json")))).isTrue();

        // … and Ctrl+Shift+V pastes it below the behaviour being edited, in another level
        robot.clickOn("#card-principal");
        robot.clickOn("#primary-0");
        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        assertThat(primary("principal")).hasSize(4).element(1).isEqualTo(STAFF_FIRST);
        assertThat(vm().editor().undoLabelProperty().get()).isEqualTo("Undo Paste behaviour");
        assertThat(robot.lookup("#primary-1").queryAs(StyleClassedTextArea.class).isFocused()).isTrue();

        // the row's menu, from the keyboard (Shift+F10 in the text): Cut Behaviour
        String principalFirst = primary("principal").get(0);
        robot.clickOn("#primary-0");
        shortcut(robot, KeyCode.SHIFT, KeyCode.F10);
        robot.clickOn("Cut Behaviour");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(primary("principal")).hasSize(3).doesNotContain(principalFirst);
        assertThat(vm().editor().undoLabelProperty().get()).isEqualTo("Undo Cut primary behaviour");
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(principalFirst + "\n");

        // bullets copied from a wiki: one behaviour per line, one undo step
        robot.interact(() -> {
            ClipboardContent wiki = new ClipboardContent();
            wiki.putString("• Owns the ledger service\n• Sets the schema for payments\n• Leads incident reviews\n");
            Clipboard.getSystemClipboard().setContent(wiki);
        });
        List<String> before = supporting("principal");
        robot.clickOn("#paste-supporting");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(supporting("principal")).hasSize(before.size() + 3)
                .endsWith("Owns the ledger service", "Sets the schema for payments", "Leads incident reviews");
        assertThat(vm().editor().undoLabelProperty().get()).isEqualTo("Undo Paste 3 behaviours");
        robot.interact(() -> vm().editor().undo());
        assertThat(supporting("principal")).isEqualTo(before);
    }

    @Test
    void inANarrowWindowTheBehaviourTakesTheInspectorsWidth(FxRobot robot) throws Exception {
        AppUnderTest.openFlawedExample(robot, vm(), dir);
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(680);
            vm().editor().selectedLevelIdProperty().set("staff"); // its card is below the fold at this size
        });
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane inspector = app.view().inspector();
        Node editor = robot.lookup("#primary-0").query();
        double available = inspector.getViewportBounds().getWidth();
        assertThat(editor.getBoundsInParent().getWidth()).as("behaviour width in a %.0f px inspector", available)
                .isGreaterThan(0.8 * available);
        assertThat(robot.lookup("#more-primary-0").queryAs(Button.class).isVisible()).isTrue();
        assertThat(robot.lookup("#move-primary-0").queryAs(Button.class).isVisible()).isFalse();
    }
}
