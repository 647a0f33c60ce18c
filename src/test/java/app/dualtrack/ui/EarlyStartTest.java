package app.dualtrack.ui;

import app.dualtrack.model.Ladder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EarlyStartTest {
    @Test
    void theExampleReadAheadIsTheBuiltInExample() {
        EarlyStart.begin();

        Ladder early = DualtrackApp.exampleLadder();

        assertThat(early).isEqualTo(DualtrackApp.readExampleLadder());
        assertThat(early.allLevels()).isNotEmpty();
        assertThat(DualtrackApp.exampleLadder()).isSameAs(early);
    }
}
