package app.dualtrack.format;

import app.dualtrack.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a process in the middle of saving, over and over (210 times, at random moments), and checks
 * that the file on disk is every time either the old or the new ladder, whole.
 */
class KillDuringSaveTest {
    private static final int KILLS_PER_WORKER = 105;

    @TempDir
    Path dir;

    @Test
    void aKillAtAnyMomentLeavesTheOldOrTheNewLadderWhole() throws Exception {
        byte[] a = Files.readAllBytes(TestFiles.flawedSample());
        byte[] b = Files.readAllBytes(TestFiles.fixedSample());
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
            kills += f.get(4, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(kills).isGreaterThanOrEqualTo(200);
    }

    private int killRepeatedly(Path target, byte[] a, byte[] b, Random random) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int kills = 0;
        for (int i = 0; i < KILLS_PER_WORKER; i++) {
            FileTime before = Files.getLastModifiedTime(target);
            Process p = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m",
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
            byte[] now = Files.readAllBytes(target);
            assertThat(Arrays.equals(now, a) || Arrays.equals(now, b))
                    .as("after kill %d the file is one ladder or the other, whole (%d bytes)", i, now.length).isTrue();
            assertThat(LadderFiles.read(target)).isNotNull();
            kills++;
        }
        return kills;
    }
}
