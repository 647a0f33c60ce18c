package app.dualtrack.history;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderWriter;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A repository in which the example ladder was committed 500 times, each commit rewriting one
 * behaviour (every 25th also renaming a level's id). Targets: the whole history with every version's
 * one-line summary (what `dualtrack log` and the History panel show) under 1 s; blame for one behaviour
 * unchanged since the first commit (the worst case: followed back through all 500) under 300 ms. The bare list
 * (the History panel shows it before the summaries arrive) is measured on its own too.
 * Both start from a fresh {@link LadderHistory}, so nothing is cached between runs.
 * Run: mvn -B -Pbench verify -Dbench=HistoryBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HistoryBenchmark {
    private static final int COMMITS = 500;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private Path dir;
    private Path file;
    private String blamedText;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("dualtrack-history-bench");
        file = dir.resolve("ladder.ladder.json");
        Ladder ladder = LadderFiles.read(TestFiles.fixedSample());
        blamedText = ladder.level("principal").orElseThrow().primary().get(0).text();
        String principal = "principal";
        List<String> editable = List.of("engineer-1", "engineer-2", "senior", "em", "director");
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            for (int i = 0; i < COMMITS; i++) {
                if (i > 0) {
                    String id = ladder.level(editable.get(i % editable.size())).map(l -> l.id()).orElseThrow();
                    int n = i;
                    ladder = ladder.updateLevel(id, l -> {
                        List<Behaviour> p = new ArrayList<>(l.primary());
                        p.set(0, new Behaviour("Designs and ships the features of service " + n + " end to end, with tests."));
                        return l.withPrimary(p);
                    });
                    if (i % 25 == 0) {
                        ladder = ladder.changeLevelId("staff", "staff-" + i).changeLevelId("staff-" + i, "staff");
                        ladder = ladder.changeLevelId(principal, "principal-" + i);
                        principal = "principal-" + i;
                    }
                }
                Files.writeString(file, LadderWriter.toCanonicalJson(ladder), StandardCharsets.UTF_8);
                git.add().addFilepattern(".").call();
                PersonIdent who = new PersonIdent("Bench", "bench@example.com", Instant.parse("2020-01-01T00:00:00Z").plusSeconds(3600L * i), ZoneOffset.UTC);
                git.commit().setMessage("Edit " + i).setAuthor(who).setCommitter(who).setSign(false).call();
            }
        }
        principalId = principal;
    }

    private String principalId;

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public List<VersionChange> historyWithSummaries() throws Exception {
        try (LadderHistory h = LadderHistory.of(file)) {
            List<VersionChange> changes = h.changes(TODAY);
            if (changes.size() != COMMITS) {
                throw new IllegalStateException("expected " + COMMITS + " versions, got " + changes.size());
            }
            return changes;
        }
    }

    @Benchmark
    public int historyListOnly() throws Exception {
        try (LadderHistory h = LadderHistory.of(file)) {
            return h.versions().size();
        }
    }

    @Benchmark
    public BehaviourBlame blameOneBehaviour() throws Exception {
        try (LadderHistory h = LadderHistory.of(file)) {
            BehaviourBlame b = h.blame(principalId, BehaviourKind.PRIMARY, blamedText).orElseThrow();
            if (!b.version().message().equals("Edit 0")) {
                throw new IllegalStateException("blame stopped at " + b.version().message());
            }
            return b;
        }
    }
}
