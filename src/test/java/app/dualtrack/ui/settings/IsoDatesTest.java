package app.dualtrack.ui.settings;

import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings shows dates as the rest of the app does (2024-02-12), whatever the machine's locale. */
@ExtendWith(ApplicationExtension.class)
class IsoDatesTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 120));
        stage.show();
    }

    @Test
    void theReviewDateReadsAsInTheFile() {
        var converter = LadderSettingsDialog.isoDates();
        assertThat(converter.toString(LocalDate.of(2024, 2, 12))).isEqualTo("2024-02-12");
        assertThat(converter.fromString(" 2024-02-12 ")).isEqualTo(LocalDate.of(2024, 2, 12));
        assertThat(converter.fromString("2/12/2024")).isNull();
        assertThat(converter.toString(null)).isEmpty();
    }

    @Test
    void theSettingsDatePickerShowsTheIsoDateOnAnAmericanMachine(FxRobot robot) {
        Locale before = Locale.getDefault();
        DatePicker[] picker = new DatePicker[1];
        try {
            Locale.setDefault(Locale.US); // where a picker left to itself writes 2/12/2024
            robot.interact(() -> {
                picker[0] = LadderSettingsDialog.reviewDatePicker(LocalDate.of(2024, 2, 12));
                stage.getScene().setRoot(new StackPane(picker[0]));
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(picker[0].getEditor().getText()).isEqualTo("2024-02-12");
        } finally {
            Locale.setDefault(before);
        }
    }
}
