package app.dualtrack.history;

import app.dualtrack.TestFiles;
import app.dualtrack.compare.LadderComparator;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeSummaryTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void sameContentIsFormattingOnly() throws Exception {
        Ladder l = LadderFiles.read(TestFiles.fixedSample());
        assertThat(ChangeSummary.of(LadderComparator.compare(l, l, TODAY))).isEqualTo("no change to the ladder (formatting only)");
    }

    @Test
    void countsAreJoinedByDotsAndZeroesLeftOut() throws Exception {
        Ladder flawed = LadderFiles.read(TestFiles.flawedSample());
        Ladder fixed = LadderFiles.read(TestFiles.fixedSample());
        String s = ChangeSummary.of(LadderComparator.compare(flawed, fixed, TODAY));
        assertThat(s).contains(" · ").contains("findings resolved").doesNotContain(" 0 ");

        Ladder more = fixed.addLevel(Track.TECHNICAL, 2, new Level.Builder("distinguished", "Distinguished Engineer")
                .primary("Sets the direction of the company's data platform for the next five years.").build());
        assertThat(ChangeSummary.of(LadderComparator.compare(fixed, more, TODAY))).startsWith("1 level added");
        assertThat(ChangeSummary.first(fixed, 1)).isEqualTo("first version · 9 levels · 1 finding");
    }
}
