package app.dualtrack.analysis;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of the management-language judgement on a labelled corpus of behaviour
 * sentences written in the styles of published ladders (src/test/resources/…/behaviour-corpus.tsv).
 */
class LanguageCorpusTest {
    private record Example(boolean management, String sentence) {
    }

    @Test
    void judgesTheLabelledCorpusWithPrecisionAndRecallAboveNinetyPercent() throws IOException {
        List<Example> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(250);
        LanguageAnalyzer analyzer = new LanguageAnalyzer(Lexicon.builtIn());
        int tp = 0, fp = 0, fn = 0;
        List<String> mistakes = new ArrayList<>();
        for (Example e : corpus) {
            boolean flagged = analyzer.judge(e.sentence()).isManagement();
            if (flagged && e.management()) tp++;
            if (flagged && !e.management()) { fp++; mistakes.add("false alarm: " + e.sentence()); }
            if (!flagged && e.management()) { fn++; mistakes.add("missed:      " + e.sentence()); }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf("language corpus: %d sentences, precision %.3f, recall %.3f%n", corpus.size(), precision, recall);
        mistakes.forEach(m -> System.out.println("  " + m));
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.9);
    }

    private static List<Example> corpus() throws IOException {
        List<Example> list = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                LanguageCorpusTest.class.getResourceAsStream("/app/dualtrack/analysis/behaviour-corpus.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split("\t", 2);
                list.add(new Example(parts[0].equals("M"), parts[1]));
            }
        }
        return list;
    }
}
