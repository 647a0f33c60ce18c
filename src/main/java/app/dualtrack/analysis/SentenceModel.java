package app.dualtrack.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A logistic regression over {@link SentenceFeatures}: the probability that a behaviour sentence
 * is (or contains) a management behaviour. Its weights are trained from the project's ladder
 * corpus by a test-scope tool and shipped as {@code sentence-model.tsv} (feature TAB weight).
 */
final class SentenceModel {
    static final String RESOURCE = "sentence-model.tsv";
    static final String BIAS = "<bias>";

    private final Map<String, Double> weights;
    private final double bias;

    SentenceModel(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
        this.bias = weights.getOrDefault(BIAS, 0.0);
    }

    private static final class Shipped {
        static final SentenceModel MODEL = read(SentenceModel.class.getResourceAsStream("/app/dualtrack/analysis/" + RESOURCE));
    }

    /** The model shipped with the application. */
    static SentenceModel shipped() {
        return Shipped.MODEL;
    }

    static SentenceModel read(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("missing analysis resource " + RESOURCE);
        }
        Map<String, Double> w = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("broken analysis resource " + RESOURCE, e);
        }
        return new SentenceModel(w);
    }

    double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    /** The probability of management language given the evidence. */
    double probability(Collection<SentenceFeatures.Feature> features) {
        double z = bias;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (SentenceFeatures.Feature f : features) {
            if (seen.add(f.name())) { // evidence counts once per sentence, as in training
                z += weight(f.name());
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    int size() {
        return weights.size();
    }
}
