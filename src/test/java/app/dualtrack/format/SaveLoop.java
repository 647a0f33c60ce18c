package app.dualtrack.format;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child process of {@link KillDuringSaveTest}: saves two ladders alternately until killed.
 *
 * <p>It saves the way {@link LadderFiles#save} does once the ladder is in canonical form: the files it is
 * given are canonical already (the test compares the result with their bytes), so it hands those bytes
 * to {@link AtomicFileWriter} directly. Turning a ladder into bytes happens in memory and touches no
 * file; skipping it keeps the JSON library out of the child, which then starts in a third of the time,
 * so the test's 210 kills fit in the build.
 */
public final class SaveLoop {
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        byte[] a = Files.readAllBytes(Path.of(args[1]));
        byte[] b = Files.readAllBytes(Path.of(args[2]));
        for (long i = 0; ; i++) {
            AtomicFileWriter.write(target, i % 2 == 0 ? b : a);
        }
    }
}
