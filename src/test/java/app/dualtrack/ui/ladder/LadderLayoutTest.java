package app.dualtrack.ui.ladder;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LadderLayoutTest {
    private static String describe(LadderLayout.Row r) {
        return (r.technical() == null ? "-" : r.technical().id()) + (r.paired() ? "=" : "|") + (r.management() == null ? "-" : r.management().id());
    }

    @Test
    void peersSitAtTheSameHeightAndAMissingRungIsAGap() throws Exception {
        List<String> rows = LadderLayout.rows(LadderFiles.read(TestFiles.flawedSample())).stream().map(LadderLayoutTest::describe).toList();
        assertThat(rows).containsExactly("staff=em", "-|senior-em", "principal=director", "distinguished=vp");
    }

    @Test
    void theFixedSampleShowsTheTechnicalTrackStartingHigherAndEndingLower() throws Exception {
        List<String> rows = LadderLayout.rows(LadderFiles.read(TestFiles.fixedSample())).stream().map(LadderLayoutTest::describe).toList();
        assertThat(rows).containsExactly("-|em", "staff=senior-em", "principal=director", "-|vp");
    }
}
