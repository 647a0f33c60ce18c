package app.dualtrack.ui.controls;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Tooltips are made when the pointer first enters their node; screen readers have the text from the start. */
@ExtendWith(ApplicationExtension.class)
class TooltipsTest {
    private Button save;
    private VBox card;
    private final SimpleStringProperty label = new SimpleStringProperty("Save (Ctrl+S)");

    @Start
    void start(Stage stage) {
        save = new Button("Save");
        card = new VBox(new Label("Staff Engineer"));
        card.setMinSize(200, 80);
        Tooltips.install(save, label);
        Tooltips.install(card, "Click to edit.");
        stage.setScene(new Scene(new VBox(20, save, card), 400, 300));
        stage.show();
    }

    @Test
    void nothingIsMadeUntilThePointerEntersButTheTextIsThereForScreenReaders(FxRobot robot) {
        assertThat(save.getTooltip()).isNull();
        assertThat(Tooltips.made(card)).isNull();
        assertThat(save.getAccessibleHelp()).isEqualTo("Save (Ctrl+S)");
        assertThat(card.getAccessibleHelp()).isEqualTo("Click to edit.");

        robot.moveTo(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(save.getTooltip()).isNotNull();
        assertThat(save.getTooltip().getText()).isEqualTo("Save (Ctrl+S)");
        robot.interact(() -> label.set("Save (Ctrl+Shift+S)"));
        assertThat(save.getTooltip().getText()).isEqualTo("Save (Ctrl+Shift+S)");
        assertThat(save.getAccessibleHelp()).isEqualTo("Save (Ctrl+Shift+S)");

        robot.moveTo(card);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Tooltips.made(card)).isNotNull();
        assertThat(Tooltips.made(card).getText()).isEqualTo("Click to edit.");
    }

    @Test
    void aNewTextReplacesTheOldMadeOrNotAndUninstallRemovesBoth(FxRobot robot) {
        robot.interact(() -> Tooltips.setText(card, "Drag to reorder."));
        assertThat(card.getAccessibleHelp()).isEqualTo("Drag to reorder.");
        robot.moveTo(card);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Tooltips.made(card).getText()).isEqualTo("Drag to reorder.");

        robot.interact(() -> Tooltips.setText(card, "Click to edit."));
        assertThat(Tooltips.made(card).getText()).isEqualTo("Click to edit.");
        assertThat(card.getAccessibleHelp()).isEqualTo("Click to edit.");

        robot.interact(() -> Tooltips.uninstall(card));
        assertThat(Tooltips.made(card)).isNull();
        assertThat(card.getAccessibleHelp()).isNull();
        robot.moveTo(save).moveTo(card);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Tooltips.made(card)).as("an uninstalled tooltip is not made on the next entry").isNull();
    }
}
