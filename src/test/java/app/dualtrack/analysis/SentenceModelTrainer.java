package app.dualtrack.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trains the shipped sentence model from the ladder corpus and writes it to
 * src/main/resources/app/dualtrack/analysis/sentence-model.tsv. Run after changing the corpus, the
 * features or the lexicon:
 * <pre>mvn -B -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=app.dualtrack.analysis.SentenceModelTrainer</pre>
 * ({@code SentenceModelTest} fails while the shipped model is out of date).
 */
public final class SentenceModelTrainer {
    static final Path TARGET = Path.of("src/main/resources/app/dualtrack/analysis/" + SentenceModel.RESOURCE);

    private SentenceModelTrainer() {
    }

    /** The model trained on the whole corpus. */
    static Map<String, Double> trainOnCorpus() {
        return train(LadderCorpus.load());
    }

    static Map<String, Double> train(List<LadderCorpus.Example> examples) {
        // The features do not depend on the model's weights, so an empty model reads them.
        LanguageAnalyzer reader = new LanguageAnalyzer(Lexicon.builtIn(), new SentenceModel(Map.of()));
        List<List<SentenceFeatures.Feature>> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (LadderCorpus.Example e : examples) {
            features.add(reader.features(e.sentence()));
            labels.add(e.management());
        }
        return LogisticTrainer.train(features, labels);
    }

    static String format(Map<String, Double> weights) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Dualtrack's sentence model: logistic-regression weights over SentenceFeatures, trained from\n")
          .append("# src/test/resources/app/dualtrack/analysis/ladder-corpus.tsv by SentenceModelTrainer. Do not edit by hand.\n");
        weights.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        Map<String, Double> weights = trainOnCorpus();
        Files.writeString(TARGET, format(weights), StandardCharsets.UTF_8);
        System.out.println("wrote " + weights.size() + " weights to " + TARGET);
    }
}
