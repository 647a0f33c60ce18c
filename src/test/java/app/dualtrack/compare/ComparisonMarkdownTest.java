package app.dualtrack.compare;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.Ladder;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonMarkdownTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void aLongReportIsCutAtASectionWithANote() throws Exception {
        Ladder flawed = LadderFiles.read(TestFiles.flawedSample());
        Ladder fixed = LadderFiles.read(TestFiles.fixedSample());
        LadderComparison c = LadderComparator.compare(flawed, fixed, TODAY);
        String whole = ComparisonMarkdown.report(c, "main:a.ladder.json", "a.ladder.json");
        assertThat(whole).startsWith("### Ladder changes: ").contains("#### ✅ Findings resolved").doesNotContain("left out");

        String cut = ComparisonMarkdown.report(c, "main:a.ladder.json", "a.ladder.json", 1200);
        assertThat(cut.length()).isLessThanOrEqualTo(1200);
        assertThat(cut).containsPattern("\\*… \\d+ more sections? left out to fit a comment; run dualtrack diff for the whole report\\.\\*\\n$");
        assertThat(whole).startsWith(cut.substring(0, cut.lastIndexOf("\n*…")));
    }

    @Test
    void ladderTextCannotFormatTheComment() {
        assertThat(ComparisonMarkdown.escape("Owns *the* <b>build</b> | ships `fast` [link](x) # now"))
                .isEqualTo("Owns \\*the\\* \\<b\\>build\\</b\\> \\| ships \\`fast\\` \\[link\\](x) \\# now");
        WordDiff d = WordDiff.between("Drives alignment across teams.", "Designs systems across teams.");
        assertThat(ComparisonMarkdown.words(d)).doesNotContain("~~**").doesNotContain("**~~").contains("~~").contains("**");
    }
}
