package app.dualtrack.ui.settings;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings shows dates as the rest of the app does (2024-02-12), whatever the machine's locale. */
class IsoDatesTest {
    @Test
    void theReviewDateReadsAsInTheFile() {
        var converter = LadderSettingsDialog.isoDates();
        assertThat(converter.toString(LocalDate.of(2024, 2, 12))).isEqualTo("2024-02-12");
        assertThat(converter.fromString(" 2024-02-12 ")).isEqualTo(LocalDate.of(2024, 2, 12));
        assertThat(converter.fromString("2/12/2024")).isNull();
        assertThat(converter.toString(null)).isEmpty();
    }
}
