package app.dualtrack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared sample ladders (../shared/ladders beside the repository). */
public final class TestFiles {
    private TestFiles() {
    }

    public static Path sharedDir() {
        String configured = System.getProperty("dualtrack.shared");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "shared");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the shared material is missing: expected it at " + dir.toAbsolutePath());
        }
        return dir;
    }

    public static Path sharedLadder(String name) {
        return sharedDir().resolve("ladders").resolve(name);
    }

    /** The flawed sample. */
    public static Path flawedSample() {
        return sharedLadder("single-track-in-disguise.ladder.json");
    }

    /** The fixed sample. */
    public static Path fixedSample() {
        return sharedLadder("dual-track.ladder.json");
    }
}
