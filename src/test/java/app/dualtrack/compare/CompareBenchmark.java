package app.dualtrack.compare;

import app.dualtrack.model.Behaviour;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;
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
 * Two 300-level ladders (the second with 30 rewritten behaviours, 10 renamed ids, 5 removed and 5
 * added levels) compared, findings included. Target: under 50 ms.
 * Run: mvn -B -Pbench verify -Dbench=CompareBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompareBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private Ladder before;
    private Ladder after;

    @Setup
    public void setUp() {
        before = app.dualtrack.analysis.AnalysisBenchmark.ladder(300, 10);
        Ladder b = before;
        List<Level> tech = b.technical();
        for (int i = 0; i < 30; i++) {
            String id = tech.get(i).id();
            int n = i;
            b = b.updateLevel(id, l -> {
                List<Behaviour> p = new ArrayList<>(l.primary());
                p.set(0, new Behaviour("Owns the design of the ingestion service " + n + " and removes its latency limits."));
                return l.withPrimary(p);
            });
        }
        for (int i = 30; i < 40; i++) {
            b = b.changeLevelId(tech.get(i).id(), tech.get(i).id() + "-renamed");
        }
        for (int i = 40; i < 45; i++) {
            b = b.removeLevel(tech.get(i).id());
        }
        for (int i = 0; i < 5; i++) {
            b = b.addLevel(Track.MANAGEMENT, 0, new Level.Builder("new-" + i, "New level " + i).primary("Leads a new team " + i + ".").build());
        }
        after = b;
    }

    @Benchmark
    public LadderComparison compareTwo300LevelLadders() {
        return LadderComparator.compare(before, after, TODAY);
    }
}
