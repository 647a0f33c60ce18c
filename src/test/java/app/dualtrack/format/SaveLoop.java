package app.dualtrack.format;

import app.dualtrack.model.Ladder;

import java.nio.file.Files;
import java.nio.file.Path;

/** The child process of {@link KillDuringSaveTest}: saves two ladders alternately until killed. */
public final class SaveLoop {
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Ladder a = LadderReader.parse(Files.readString(Path.of(args[1])), "a");
        Ladder b = LadderReader.parse(Files.readString(Path.of(args[2])), "b");
        for (long i = 0; ; i++) {
            LadderFiles.save(i % 2 == 0 ? b : a, target);
        }
    }
}
