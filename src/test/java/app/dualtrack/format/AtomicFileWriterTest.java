package app.dualtrack.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileWriterTest {
    @TempDir
    Path dir;

    @Test
    void aSaveReplacesTheFileAndKeepsThePreviousVersionAsBak() throws Exception {
        Path file = dir.resolve("a.ladder.json");
        AtomicFileWriter.write(file, "one".getBytes(StandardCharsets.UTF_8));
        assertThat(dir.resolve("a.ladder.json.bak")).doesNotExist();
        AtomicFileWriter.write(file, "two".getBytes(StandardCharsets.UTF_8));
        assertThat(file).hasContent("two");
        assertThat(dir.resolve("a.ladder.json.bak")).hasContent("one");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.ladder.json", "a.ladder.json.bak");
        }
    }

    @Test
    void aSaveInterruptedPartWayLeavesTheOldFileWholeAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("a.ladder.json");
        Files.writeString(file, "the old ladder");
        AtomicFileWriter.ContentWriter failsHalfWay = (ch, content) -> {
            ch.write(ByteBuffer.wrap(content, 0, content.length / 2));
            throw new IOException("No space left on device");
        };
        assertThatThrownBy(() -> AtomicFileWriter.write(file, "the new ladder, longer".getBytes(StandardCharsets.UTF_8), failsHalfWay, true))
                .hasMessageContaining("No space left");
        assertThat(file).hasContent("the old ladder");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.ladder.json");
        }
    }

    @Test
    void aVanishedFolderFailsCleanly() {
        Path file = dir.resolve("gone").resolve("a.ladder.json");
        assertThatThrownBy(() -> AtomicFileWriter.write(file, new byte[] {1})).isInstanceOf(IOException.class);
    }
}
