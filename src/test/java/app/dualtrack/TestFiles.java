package app.dualtrack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the example ladders shipped in the repository (docs/examples), so that tests need nothing beside it. */
public final class TestFiles {
    private TestFiles() {
    }

    public static Path examplesDir() {
        Path dir = Path.of("docs", "examples");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the example ladders are missing: expected them at " + dir.toAbsolutePath());
        }
        return dir;
    }

    public static Path example(String name) {
        return examplesDir().resolve(name);
    }

    /** The flawed example: a single management track in disguise. */
    public static Path flawedSample() {
        return example("single-track-in-disguise.ladder.json");
    }

    /** The fixed example: a real dual-track ladder. */
    public static Path fixedSample() {
        return example("dual-track.ladder.json");
    }
}
