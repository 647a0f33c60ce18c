package app.dualtrack.format;

import app.dualtrack.TestFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RoundTripTest {
    @ParameterizedTest
    @ValueSource(strings = {"single-track-in-disguise.ladder.json", "dual-track.ladder.json"})
    void readingThenWritingASampleGivesBackTheSameBytes(String name) throws Exception {
        Path file = TestFiles.example(name);
        String original = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(LadderWriter.toCanonicalJson(LadderFiles.read(file))).isEqualTo(original);
    }
}
