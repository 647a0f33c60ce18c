package app.dualtrack.analysis;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.Ladder;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzerSamplesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static List<Finding> findings(String rule, AnalysisReport report) {
        return report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void theFlawedSampleShowsEveryDesignFlaw() throws Exception {
        AnalysisReport report = Analyzer.standard().analyze(LadderFiles.read(TestFiles.flawedSample()), TODAY);

        assertThat(findings("language/management-behaviour", report)).extracting(Finding::level)
                .contains("staff", "principal", "distinguished");
        assertThat(findings("language/management-primary", report)).extracting(Finding::level)
                .containsExactlyInAnyOrder("staff", "principal", "distinguished");
        assertThat(findings("structure/invented-level", report)).extracting(Finding::level).containsExactly("distinguished");
        assertThat(findings("structure/invented-level", report).get(0).message()).contains("300").contains("45");
        assertThat(findings("structure/top-growth-is-scope", report)).extracting(Finding::level)
                .contains("principal", "distinguished");
        assertThat(findings("visibility/missing", report)).hasSize(1);
        assertThat(findings("currency/drift", report)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(findings("structure/track-shorter", report)).hasSize(1);
        assertThat(report.suppressed()).isEmpty();
    }

    @Test
    void languageFindingsPointAtTheExactPhrase() throws Exception {
        Ladder ladder = LadderFiles.read(TestFiles.flawedSample());
        AnalysisReport report = Analyzer.standard().analyze(ladder, TODAY);
        Finding alignment = findings("language/management-behaviour", report).stream()
                .filter(f -> f.level().equals("staff") && f.index() == 0).findFirst().orElseThrow();
        String sentence = ladder.level("staff").orElseThrow().primary().get(0).text();
        assertThat(alignment.field()).isEqualTo("primary");
        assertThat(sentence.substring(alignment.start(), alignment.end())).isEqualTo("Drives alignment").isEqualTo(alignment.text());
        assertThat(alignment.suggestion()).startsWith("What kinds of technical problems does someone at this level hold");
    }

    @Test
    void theFixedSampleHasNoErrorsNoWarningsAndOneSuppressedFinding() throws Exception {
        AnalysisReport report = Analyzer.standard().analyze(LadderFiles.read(TestFiles.fixedSample()), TODAY);
        assertThat(report.count(Severity.ERROR)).isZero();
        assertThat(report.count(Severity.WARNING)).isZero();
        assertThat(report.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.finding().rule()).isEqualTo("structure/track-shorter");
            assertThat(s.reason()).contains("45 people");
        });
    }

    @Test
    void findingsComeMostSeriousFirst() throws Exception {
        AnalysisReport report = Analyzer.standard().analyze(LadderFiles.read(TestFiles.flawedSample()), TODAY);
        List<Severity> severities = report.findings().stream().map(Finding::severity).toList();
        assertThat(severities).isSorted();
    }
}
