package app.dualtrack;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Analyzer;
import app.dualtrack.compare.LadderComparator;
import app.dualtrack.compare.LadderComparison;
import app.dualtrack.export.ExportOptions;
import app.dualtrack.export.LadderPdfExporter;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.format.LadderReader;
import app.dualtrack.format.LadderWriter;
import app.dualtrack.model.Ladder;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties that hold for every valid ladder, and for every corruption of one. */
class PropertiesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Provide
    Arbitrary<Ladder> ladders() {
        return LadderArbitraries.ladders();
    }

    @Property(tries = 300)
    void randomLaddersRoundTripByteForByte(@ForAll("ladders") Ladder ladder) throws Exception {
        String text = LadderWriter.toCanonicalJson(ladder);
        Ladder read = LadderReader.parse(text, "random");
        assertThat(read).isEqualTo(ladder);
        assertThat(LadderWriter.toCanonicalJson(read)).isEqualTo(text);
    }

    @Property(tries = 300)
    void analysisNeverThrowsAndSuppressionsOnlyMoveFindings(@ForAll("ladders") Ladder ladder) {
        AnalysisReport report = Analyzer.standard().analyze(ladder, TODAY);
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
    }

    @Property(tries = 200)
    void comparingALadderWithItselfReportsNothing(@ForAll("ladders") Ladder ladder) {
        LadderComparison c = LadderComparator.compare(ladder, ladder, TODAY);
        assertThat(c.same()).isTrue();
        assertThat(c.resolved()).isEmpty();
        assertThat(c.introduced()).isEmpty();
    }

    @Property(tries = 200)
    void comparingTwoRandomLaddersNeverThrows(@ForAll("ladders") Ladder a, @ForAll("ladders") Ladder b) {
        assertThat(LadderComparator.compare(a, b, TODAY).summary()).isNotBlank();
    }

    @Property(tries = 12)
    void theExportNeverThrowsOnAnyText(@ForAll("ladders") Ladder ladder) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var result = new LadderPdfExporter().export(ladder, new ExportOptions(ExportOptions.Paper.A4, true, true, true, TODAY), out);
        assertThat(result.pages()).isPositive();
    }

    @Property(tries = 500)
    void everyCorruptionIsRefusedWithAMessageAndNothingElseEscapes(@ForAll long ladderSeed, @ForAll long corruptionSeed) {
        String text = LadderWriter.toCanonicalJson(LadderArbitraries.ladder(ladderSeed));
        String corrupted = corrupt(text, new Random(corruptionSeed));
        try {
            Ladder read = LadderReader.parse(corrupted, "corrupted.ladder.json");
            // some corruptions still give a valid ladder (a changed letter in a sentence): then it must write back cleanly
            assertThat(LadderWriter.toCanonicalJson(read)).isNotBlank();
        } catch (LadderFormatException e) {
            assertThat(e.getMessage()).startsWith("corrupted.ladder.json").doesNotContain("Exception");
        }
    }

    private static String corrupt(String text, Random r) {
        StringBuilder sb = new StringBuilder(text);
        int pos = r.nextInt(Math.max(1, sb.length()));
        switch (r.nextInt(6)) {
            case 0 -> sb.deleteCharAt(pos);
            case 1 -> sb.setLength(pos);
            case 2 -> sb.insert(pos, "{[\",:}".charAt(r.nextInt(6)));
            case 3 -> sb.replace(pos, Math.min(sb.length(), pos + 4), "null");
            case 4 -> {
                int q = sb.indexOf("\"l", pos);
                if (q > 0) sb.replace(q, q + 2, "\"zz");
            }
            default -> sb.insert(pos, "\u0001");
        }
        return sb.toString();
    }
}
