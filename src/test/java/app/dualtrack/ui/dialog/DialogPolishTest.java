package app.dualtrack.ui.dialog;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The "changed on disk" question and secondary windows, as a person meets them. */
@ExtendWith(ApplicationExtension.class)
class DialogPolishTest {
    private Stage owner;

    /**
     * An owner window of its own: resizing the shared primary stage to 400×300 would leave the next
     * test class's main window that small, where the inspector gives way to the ladder.
     */
    @Start
    void start(Stage stage) {
        owner = new Stage();
        owner.setScene(new Scene(new Pane(), 400, 300));
        owner.show();
    }

    @AfterEach
    void closeOwner(FxRobot robot) {
        robot.interact(owner::close);
    }

    @Test
    void theDiskQuestionDefaultsToCompareAndShowsWholeLabels(FxRobot robot) {
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            alert[0] = new FxDialogService(owner).diskChangedAlert("team.ladder.json");
            alert[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Button reload = null;
        Button defaultButton = null;
        for (ButtonType t : alert[0].getButtonTypes()) {
            Button b = (Button) alert[0].getDialogPane().lookupButton(t);
            if (b.isDefaultButton()) {
                defaultButton = b;
            }
            if (t.getText().equals("Reload from Disk")) {
                reload = b;
            }
        }
        assertThat(defaultButton).isNotNull();
        assertThat(defaultButton.getText()).isEqualTo("Compare…");
        assertThat(reload).isNotNull();
        assertThat(reload.getWidth()).isGreaterThanOrEqualTo(reload.prefWidth(-1) - 0.5);
        assertThat(((javafx.scene.control.Label) alert[0].getDialogPane().getContent()).getText()).contains("while you have unsaved changes");
        robot.interact(() -> alert[0].close());
    }

    /**
     * The question made as narrow as it goes (a small screen, or a user narrowing it) still shows every
     * button's whole label: "Reload from Disk", never "Reload from …". Shown at its natural size the
     * message is one long line, so the buttons have room whatever the dialog's minimum; at its minimum
     * they do not unless the dialog keeps room for them.
     */
    @Test
    void theDiskQuestionAtItsNarrowestStillShowsWholeButtonLabels(FxRobot robot) {
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            alert[0] = new FxDialogService(owner).diskChangedAlert("team.ladder.json");
            alert[0].show();
        });
        robot.interact(() -> {
            javafx.scene.control.DialogPane pane = alert[0].getDialogPane();
            pane.getScene().getWindow().setWidth(pane.minWidth(-1));
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (ButtonType t : alert[0].getButtonTypes()) {
            Button b = (Button) alert[0].getDialogPane().lookupButton(t);
            List<String> shown = b.lookupAll(".text").stream()
                    .filter(javafx.scene.text.Text.class::isInstance).map(n -> ((javafx.scene.text.Text) n).getText()).toList();
            assertThat(shown).as("the label " + t.getText() + " shows at a dialog width of " + alert[0].getDialogPane().getWidth())
                    .containsExactly(t.getText());
        }
        robot.interact(() -> alert[0].close());
    }

    @Test
    void aSecondaryWindowClosesWithEscapeAndCtrlW(FxRobot robot) {
        Stage[] guide = new Stage[2];
        robot.interact(() -> guide[0] = Windows.open(owner, "Guide", new Pane(), 300, 200, List.of(), false));
        robot.interact(() -> guide[0].requestFocus());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(guide[0].isShowing()).isFalse();
        robot.interact(() -> guide[1] = Windows.open(owner, "Guide", new Pane(), 300, 200, List.of(), false));
        robot.interact(() -> guide[1].requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(guide[1].isShowing()).isFalse();
    }
}
