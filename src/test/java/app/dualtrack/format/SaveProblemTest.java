package app.dualtrack.format;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SaveProblemTest {
    private final Path file = Path.of("/home/lead/ladders/acme.ladder.json");

    @Test
    void aReadOnlyFileOrFolderIsSaidInWords() {
        assertThat(SaveProblem.describe(new AccessDeniedException(file.toString()), file))
                .startsWith("Dualtrack may not write “acme.ladder.json” in /home/lead/ladders: the file or its folder is read-only.")
                .endsWith("use Save As… to save them somewhere else.");
    }

    @Test
    void aVanishedFolderAndAFullDiskAreSaidInWords() {
        assertThat(SaveProblem.describe(new NoSuchFileException(file.toString()), file)).startsWith("The folder /home/lead/ladders no longer exists.");
        assertThat(SaveProblem.describe(new IOException("No space left on device"), file)).startsWith("The disk holding /home/lead/ladders is full.");
        assertThat(SaveProblem.describe(new FileSystemException(file.toString(), null, "Read-only file system"), file, ""))
                .isEqualTo("“acme.ladder.json” could not be written: Read-only file system.");
    }
}
