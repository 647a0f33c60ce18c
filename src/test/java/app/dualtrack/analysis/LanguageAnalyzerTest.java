package app.dualtrack.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageAnalyzerTest {
    private final LanguageAnalyzer analyzer = new LanguageAnalyzer(Lexicon.builtIn());

    @ParameterizedTest
    @ValueSource(strings = {
            "Leads the migration of the billing system to event sourcing.",
            "Drives p99 latency below 200 ms.",
            "Defines the storage engine's on-disk format.",
            "Owns the design and evolution of systems used by multiple teams.",
            "Defines the technical roadmap for the search platform."})
    void technicalBehavioursThatUseLeadershipVerbsAreNotFlagged(String sentence) {
        assertThat(analyzer.judge(sentence).isManagement()).isFalse();
        assertThat(analyzer.judge(sentence).technical()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Drives alignment across multiple teams.|Drives alignment|alignment",
            "Influences company strategy.|Influences company strategy|influence",
            "Builds consensus among directors and product leadership.|Builds consensus|consensus",
            "Mentors Senior Engineers.|Mentors Senior Engineers|mentoring",
            "Drives strategy for the platform organisation.|Drives strategy|strategy"})
    void managementBehavioursAreFlaggedWithTheWordsThatMadeTheCall(String sentence, String phrase, String category) {
        SentenceVerdict v = analyzer.judge(sentence);
        assertThat(v.management()).first().satisfies(hit -> {
            assertThat(hit.text()).isEqualTo(phrase);
            assertThat(sentence.substring(hit.start(), hit.end())).isEqualTo(phrase);
            assertThat(hit.category()).isEqualTo(category);
        });
    }
}
