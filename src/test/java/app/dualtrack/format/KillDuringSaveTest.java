package app.dualtrack.format;

import app.dualtrack.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a process in the middle of saving, over and over (210 times, at random moments), and checks
 * that the file on disk is every time either the old or the new ladder, whole; and that the
 * temporary files a kill leaves behind never pile up: after each kill only the killed process's
 * own are there (the next process's first save removed the earlier ones), and none survive the
 * save that follows the last kill.
 */
class KillDuringSaveTest {
    private static final int KILLS_PER_WORKER = 105;

    @TempDir
    Path dir;

    @Test
    void aKillAtAnyMomentLeavesTheOldOrTheNewLadderWhole() throws Exception {
        byte[] a = Files.readAllBytes(TestFiles.flawedSample());
        byte[] b = Files.readAllBytes(TestFiles.fixedSample());
        // the child saves these bytes as LadderFiles.save would: they must be what it writes for these ladders
        for (byte[] sample : List.of(a, b)) {
            Path check = dir.resolve("canonical-check.ladder.json");
            LadderFiles.save(LadderReader.parse(new String(sample, java.nio.charset.StandardCharsets.UTF_8), "sample"), check);
            assertThat(Files.readAllBytes(check)).as("the sample is in canonical form").isEqualTo(sample);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> workers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            Path target = dir.resolve("worker-" + w + ".ladder.json");
            Files.write(target, a);
            long seed = 42 + w;
            workers.add(pool.submit(() -> killRepeatedly(target, a, b, new Random(seed))));
        }
        int kills = 0;
        for (Future<Integer> f : workers) {
            kills += f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(kills).isGreaterThanOrEqualTo(200);
        LoggerFactory.getLogger(KillDuringSaveTest.class).info("{} kills left {} temporary files, each removed by the next save", kills, leftBehind.get());
        for (int w = 0; w < 2; w++) {
            Path target = dir.resolve("worker-" + w + ".ladder.json");
            LadderFiles.save(LadderFiles.read(target), target);
            assertThat(temporaryFilesOf(target)).as("no temporary file survives the next save").isEmpty();
        }
    }

    private final AtomicInteger leftBehind = new AtomicInteger();

    private static List<Path> temporaryFilesOf(Path target) throws IOException {
        try (var files = Files.list(target.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith("." + target.getFileName() + ".")
                    && f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private int killRepeatedly(Path target, byte[] a, byte[] b, Random random) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int kills = 0;
        for (int i = 0; i < KILLS_PER_WORKER; i++) {
            FileTime before = Files.getLastModifiedTime(target);
            // no logging set-up in the child (a third of its start): what is tested is the file, not the log
            Process p = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m",
                    "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
                    "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(),
                    target.toString(), TestFiles.flawedSample().toString(), TestFiles.fixedSample().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // wait until it is saving, then kill it at a random moment within the next few saves
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (Files.getLastModifiedTime(target).equals(before) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(random.nextInt(15));
            p.destroyForcibly().waitFor();
            boolean saved = !Files.getLastModifiedTime(target).equals(before);
            List<Path> left = temporaryFilesOf(target);
            if (saved) {
                // its first save removed what the previous kill left, so only its own can be here: a temp and a .bak temp at most
                assertThat(left).as("after kill %d", i).hasSizeLessThanOrEqualTo(2)
                        .allSatisfy(t -> assertThat(t.getFileName().toString()).contains(".dualtrack-" + p.pid() + "-"));
            }
            leftBehind.addAndGet(left.size());
            byte[] now = Files.readAllBytes(target);
            assertThat(Arrays.equals(now, a) || Arrays.equals(now, b))
                    .as("after kill %d the file is one ladder or the other, whole (%d bytes)", i, now.length).isTrue();
            assertThat(LadderFiles.read(target)).isNotNull();
            kills++;
        }
        return kills;
    }
}
