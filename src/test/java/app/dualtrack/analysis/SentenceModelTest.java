package app.dualtrack.analysis;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sentence classifier generalises across ladders: trained on every style but one and tested on
 * the one held out (grouped cross-validation, so no ladder's voice is both learnt and judged), its
 * F1 on management language stays at 0.90 or more. Prints precision, recall and F1.
 * Run: mvn -B -q -o test -Dtest=SentenceModelTest
 */
class SentenceModelTest {

    @Test
    void groupedCrossValidationByStyleReachesF1OfNinety() {
        List<LadderCorpus.Example> corpus = LadderCorpus.load();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1000);
        TreeSet<String> styles = new TreeSet<>();
        corpus.forEach(e -> styles.add(e.style()));
        assertThat(styles).hasSizeGreaterThanOrEqualTo(15);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        Map<String, String> perStyle = new TreeMap<>();
        List<String> mistakes = new ArrayList<>();
        for (String held : styles) {
            List<LadderCorpus.Example> train = corpus.stream().filter(e -> !e.style().equals(held)).toList();
            LanguageAnalyzer judge = new LanguageAnalyzer(Lexicon.builtIn(), new SentenceModel(SentenceModelTrainer.train(train)));
            int stp = 0, sfp = 0, sfn = 0;
            for (LadderCorpus.Example e : corpus) {
                if (!e.style().equals(held)) {
                    continue;
                }
                boolean flagged = judge.judge(e.sentence()).isManagement();
                if (flagged && e.management()) { tp++; stp++; }
                else if (flagged) { fp++; sfp++; mistakes.add("false alarm [" + held + "] " + e.sentence()); }
                else if (e.management()) { fn++; sfn++; mistakes.add("missed      [" + held + "] " + e.sentence()); }
                else tn++;
            }
            perStyle.put(held, String.format("F1 %.3f", f1(stp, sfp, sfn)));
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double f1 = f1(tp, fp, fn);
        System.out.printf("ladder corpus, leave-one-style-out over %d styles, %d sentences: precision %.3f, recall %.3f, F1 %.3f "
                + "(tp %d, fp %d, fn %d, tn %d)%n", styles.size(), corpus.size(), precision, recall, f1, tp, fp, fn, tn);
        perStyle.forEach((s, v) -> System.out.println("  " + s + ": " + v));
        mistakes.forEach(m -> System.out.println("  " + m));
        assertThat(f1).as("F1 of grouped cross-validation").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void theShippedModelIsTheOneTheCorpusTrains() {
        String shipped = SentenceModelTrainer.format(SentenceModelTrainer.trainOnCorpus());
        SentenceModel fromCorpus = SentenceModel.read(new ByteArrayInputStream(shipped.getBytes(StandardCharsets.UTF_8)));
        assertThat(SentenceModel.shipped().size())
                .as("the shipped model is out of date: run SentenceModelTrainer (see its comment)")
                .isEqualTo(fromCorpus.size());
        for (String feature : List.of(SentenceModel.BIAS, "w:mentorship", "mv:mentoring", "tech-noun")) {
            assertThat(SentenceModel.shipped().weight(feature)).isEqualTo(fromCorpus.weight(feature));
        }
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
