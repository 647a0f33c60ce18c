package app.dualtrack.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

class DiskStateTest {
    @TempDir
    Path dir;

    @Test
    void noticesChangedAndVanishedFilesButNotATouch() throws Exception {
        Path f = Files.writeString(dir.resolve("a.ladder.json"), "one");
        DiskState s = DiskState.of(f);
        assertThat(s.check()).isEqualTo(DiskState.Change.UNCHANGED);
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertThat(s.check()).as("same content, newer time").isEqualTo(DiskState.Change.UNCHANGED);
        Files.writeString(f, "two");
        assertThat(s.check()).isEqualTo(DiskState.Change.CHANGED);
        Files.delete(f);
        assertThat(s.check()).isEqualTo(DiskState.Change.VANISHED);
    }
}
