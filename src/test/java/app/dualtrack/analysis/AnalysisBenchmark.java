package app.dualtrack.analysis;

import app.dualtrack.model.Behaviour;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Full analysis of a 300-level, 3,000-behaviour ladder (target under 20 ms), and re-analysis after
 * one edited sentence (target under 2 ms). Run: mvn -B -Pbench verify -Dbench=AnalysisBenchmark
 *
 * <p>The language pipeline (OpenNLP tags and lemmas) caches its reading of a sentence for the whole
 * process, so after the first iteration the full analysis measures the rules and the classifier; what
 * a sentence costs the first time it is ever read is measured by {@link #firstReadingOfOneNewSentence}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2) // the first reading loads the language models and tags every sentence once
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AnalysisBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String[] SENTENCES = {
            "Owns the design and evolution of the %s service used by multiple teams.",
            "Drives alignment across teams on the %s roadmap.",
            "Finds and removes the performance limits of the %s pipeline, with measurements.",
            "Mentors engineers working on %s.",
            "Defines the schema of the %s database and evolves it without downtime."};
    private Ladder ladder;
    private int edit;

    @Setup
    public void setUp() {
        ladder = ladder(300, 10);
    }

    /** A ladder of {@code levels} levels spread over the three tracks, each with {@code behaviours} behaviours. */
    public static Ladder ladder(int levels, int behaviours) {
        List<Level> shared = new ArrayList<>();
        List<Level> technical = new ArrayList<>();
        List<Level> management = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            List<Behaviour> primary = new ArrayList<>();
            for (int b = 0; b < behaviours; b++) {
                primary.add(new Behaviour(String.format(SENTENCES[(i + b) % SENTENCES.length], "system-" + i + "-" + b)));
            }
            Level level = new Level.Builder("level-" + i, "Level " + i).code("L" + i).primary(primary.subList(0, behaviours - 2))
                    .supporting(primary.subList(behaviours - 2, behaviours)).build();
            (i % 3 == 0 ? shared : i % 3 == 1 ? technical : management).add(level);
        }
        return new Ladder.Builder("Benchmark").headcount(400).reviewed(TODAY.minusMonths(3))
                .shared(shared).technical(technical).management(management).build();
    }

    @Benchmark
    public AnalysisReport fullAnalysisOfAFreshAnalyzer() {
        // a fresh analyzer has an empty sentence cache: every sentence is read
        return Analyzer.withOverrides(new RuleOverrides(java.util.Map.of(), java.util.Set.of("currency/unknown"),
                java.util.Map.of(), java.util.Map.of(), java.util.Set.of())).analyze(ladder, TODAY);
    }

    /** The cost of a sentence no one has read before: tagging, lemmas, features and the classifier. */
    @Benchmark
    public SentenceVerdict firstReadingOfOneNewSentence() {
        return Analyzer.standard().languageVerdict("Finds and removes the limits of the storage engine number " + (edit++) + " with measurements.");
    }

    @Benchmark
    public AnalysisReport reanalysisAfterOneEditedSentence() {
        String id = ladder.technical().get(50).id();
        String text = "Drives the latency of the checkout service below " + (edit++) + " ms.";
        Ladder edited = ladder.updateLevel(id, l -> l.withPrimary(List.of(new Behaviour(text))));
        return Analyzer.standard().analyze(edited, TODAY);
    }
}
