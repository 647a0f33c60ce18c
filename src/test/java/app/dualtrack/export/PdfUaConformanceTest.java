package app.dualtrack.export;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.Ladder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Both examples, with every optional part on, pass veraPDF's PDF/UA-1 validation without a single failure. */
class PdfUaConformanceTest {
    private static final Logger LOG = LoggerFactory.getLogger(PdfUaConformanceTest.class);
    private static final ExportOptions ALL = ExportOptions.defaults(LocalDate.of(2026, 11, 23)).withAudit(true).withChanges(true).withBands(true);

    @ParameterizedTest
    @ValueSource(strings = {"single-track-in-disguise.ladder.json", "dual-track.ladder.json"})
    void theExampleIsTaggedPdfUa1WithNoFailures(String name) throws Exception {
        Ladder ladder = LadderFiles.read(TestFiles.example(name));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LadderPdfExporter().export(ladder, ALL, out);
        PdfUaValidator.Verdict v = PdfUaValidator.validate(out.toByteArray());
        LOG.info("{}: {} ({}): compliant {}", name, v.profile(), v.validatorVersion(), v.compliant());
        assertThat(v.profile()).contains("PDF/UA-1");
        assertThat(v.failures()).as("PDF/UA failures").isEmpty();
        assertThat(v.compliant()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void theOverviewSheetAndTheComparisonReportAreTaggedPdfUa1WithNoFailures() throws Exception {
        Ladder flawed = LadderFiles.read(TestFiles.flawedSample());
        Ladder fixed = LadderFiles.read(TestFiles.fixedSample());
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        new LadderPdfExporter().export(fixed, ALL.withOverviewSheet(true), sheet);
        assertThat(PdfUaValidator.validate(sheet.toByteArray()).failures()).as("overview sheet").isEmpty();
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        new ComparisonPdfExporter().export(app.dualtrack.compare.LadderComparator.compare(flawed, fixed, ALL.today()),
                "single-track-in-disguise.ladder.json", "dual-track.ladder.json", ALL.today(), report);
        assertThat(PdfUaValidator.validate(report.toByteArray()).failures()).as("comparison report").isEmpty();
    }
}
