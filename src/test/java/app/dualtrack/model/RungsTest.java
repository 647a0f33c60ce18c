package app.dualtrack.model;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RungsTest {
    private static String describe(Rungs.Rung r) {
        return (r.technical() == null ? "-" : r.technical().id()) + (r.paired() ? "=" : "|") + (r.management() == null ? "-" : r.management().id());
    }

    @Test
    void peersSitAtTheSameHeightAndAMissingRungIsAGap() throws Exception {
        List<String> rows = Rungs.of(LadderFiles.read(TestFiles.flawedSample())).stream().map(RungsTest::describe).toList();
        assertThat(rows).containsExactly("staff=em", "-|senior-em", "principal=director", "distinguished=vp");
    }

    @Test
    void theFixedSampleShowsTheTechnicalTrackStartingHigherAndEndingLower() throws Exception {
        List<String> rows = Rungs.of(LadderFiles.read(TestFiles.fixedSample())).stream().map(RungsTest::describe).toList();
        assertThat(rows).containsExactly("-|em", "staff=senior-em", "principal=director", "-|vp");
    }
}
