package app.dualtrack.importer;

import app.dualtrack.model.Ladder;
import app.dualtrack.publish.TableShape;
import app.dualtrack.publish.XlsxPublisher;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Imports a spreadsheet of about 1,000 rows (the row shape: 100 levels × 10 behaviours) from its
 * bytes to a checked ladder. Run: mvn -B -Pbench verify -Dbench=ImportBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ImportBenchmark {
    private byte[] xlsx;

    @Setup
    public void setUp() throws Exception {
        Ladder ladder = app.dualtrack.analysis.AnalysisBenchmark.ladder(100, 10);
        xlsx = XlsxPublisher.write(ladder, TableShape.ROWS);
    }

    @Benchmark
    public int import1000RowWorkbook() throws Exception {
        Draft draft = Importer.read(List.of(new Importer.Source("big.xlsx", SourceFormat.XLSX, xlsx)), ImportOptions.DEFAULT);
        return Importer.assemble(draft, MappingGuesser.guess(draft, "big")).report().behaviours();
    }
}
