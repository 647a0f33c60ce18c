package app.dualtrack.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains the sentence model: L2-regularised logistic regression by stochastic gradient descent with
 * per-feature (AdaGrad) step sizes. Deterministic: the same corpus gives the same weights.
 */
final class LogisticTrainer {
    static final int EPOCHS = 40;
    static final double RATE = 0.3;
    static final double L2 = 1e-4;
    /** Evidence seen in fewer sentences than this is noise, not a pattern. */
    static final int MIN_COUNT = 2;

    private LogisticTrainer() {
    }

    /** Weights by feature name (with {@link SentenceModel#BIAS}), rounded and without near-zero entries. */
    static Map<String, Double> train(List<List<SentenceFeatures.Feature>> features, List<Boolean> labels) {
        Map<String, Integer> counts = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        for (List<SentenceFeatures.Feature> f : features) {
            Set<String> names = new LinkedHashSet<>();
            f.forEach(x -> names.add(x.name()));
            names.forEach(n -> counts.merge(n, 1, Integer::sum));
            rows.add(names.toArray(String[]::new));
        }
        Map<String, double[]> w = new HashMap<>(); // weight, sum of squared gradients
        double[] bias = {0, 1e-8};
        Random random = new Random(12);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (int i : order) {
                double z = bias[0];
                for (String n : rows.get(i)) {
                    if (counts.get(n) >= MIN_COUNT) {
                        z += w.computeIfAbsent(n, k -> new double[] {0, 1e-8})[0];
                    }
                }
                double p = 1 / (1 + Math.exp(-z));
                double g = p - (labels.get(i) ? 1 : 0);
                bias[1] += g * g;
                bias[0] -= RATE * g / Math.sqrt(bias[1]);
                for (String n : rows.get(i)) {
                    double[] x = w.get(n);
                    if (x != null) {
                        double gi = g + L2 * x[0];
                        x[1] += gi * gi;
                        x[0] -= RATE * gi / Math.sqrt(x[1]);
                    }
                }
            }
        }
        Map<String, Double> out = new TreeMap<>();
        out.put(SentenceModel.BIAS, round(bias[0]));
        w.forEach((n, x) -> {
            if (Math.abs(x[0]) >= 0.005) {
                out.put(n, round(x[0]));
            }
        });
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
