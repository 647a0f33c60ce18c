package app.dualtrack.analysis;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the analysis says is read by people in the warnings pane, the PDF audit and lint's output, not
 * by programmers: no Markdown code marks ("update `reviewed`") and no raw field names in back quotes.
 */
class RuleTextsTest {
    @Test
    void noRuleTextCarriesBackticks() {
        assertThat(RuleCatalog.builtIn().all()).isNotEmpty();
        assertThat(RuleCatalog.builtIn().all().stream()
                .filter(r -> String.join("\n", r.title(), r.explanation(), r.messageTemplate(), r.suggestionTemplate()).contains("`"))
                .map(r -> r.id() + ": " + r.suggestionTemplate()))
                .as("rules whose title, explanation, message or suggestion has a backtick").isEmpty();
        assertThat(RuleCatalog.builtIn().question()).doesNotContain("`");
    }

    @Test
    void theFlawedSamplesFindingsReadAsPlainText() throws Exception {
        AnalysisReport report = Analyzer.standard().analyze(LadderFiles.read(TestFiles.flawedSample()), LocalDate.of(2026, 11, 23));
        // the drifted review date is one of them: its suggestion once said "update `reviewed`"
        assertThat(report.findings()).anyMatch(f -> f.rule().startsWith("currency/"));
        assertThat(report.findings().stream().filter(f -> (f.message() + f.suggestion()).contains("`"))
                .map(f -> f.rule() + ": " + f.suggestion()))
                .as("findings of the flawed sample whose message or suggestion has a backtick").isEmpty();
    }
}
