package app.dualtrack.export;

import app.dualtrack.model.Ladder;
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

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/** Exports a 60-level ladder (600 behaviours) with the audit and level steps. Run: mvn -B -Pbench verify -Dbench=ExportBenchmark */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ExportBenchmark {
    private Ladder ladder;

    @Setup
    public void setUp() {
        ladder = app.dualtrack.analysis.AnalysisBenchmark.ladder(60, 10);
    }

    @Benchmark
    public int export60Levels() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportOptions options = new ExportOptions(ExportOptions.Paper.A4, true, true, true, LocalDate.of(2026, 11, 23));
        return new LadderPdfExporter().export(ladder, options, out).pages();
    }
}
