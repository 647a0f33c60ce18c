package app.dualtrack.session;

import app.dualtrack.analysis.Analyzer;
import app.dualtrack.analysis.AnnotationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache file of kept annotations: made on the first save, read by the next run, replaced when damaged. */
class AnnotationFileTest {
    @TempDir
    Path folder;

    @Test
    void theFirstRunWritesTheFileAndTheNextStartsWarm() throws IOException {
        Path file = folder.resolve("cache").resolve("annotations-test.bin");
        AnnotationStore first = AnnotationFile.open(file);
        assertThat(first.warm()).isFalse();
        Analyzer.standard().languageVerdict("Owns the release train's tooling and its on-call.");
        AnnotationFile.save(first, file);
        assertThat(file).isNotEmptyFile();
        assertThat(folder.resolve("cache")).isDirectoryContaining(p -> p.equals(file)).isDirectoryNotContaining(p -> p.toString().endsWith(".tmp"));

        assertThat(AnnotationFile.open(file).warm()).isTrue();
    }

    @Test
    void savingRemovesTheStoresOfOtherBuildsAndNothingElse() throws IOException {
        Path file = folder.resolve("annotations-1a2b3c.bin");
        Files.writeString(folder.resolve("annotations-99ffee.bin"), "an older build's store");
        Files.writeString(folder.resolve("lint-classes-99ffee.jsa"), "an archive");
        AnnotationStore store = AnnotationFile.open(file);
        Analyzer.standard().languageVerdict("Keeps the deploy pipeline under ten minutes for every team.");
        AnnotationFile.save(store, file);
        assertThat(folder.resolve("annotations-99ffee.bin")).doesNotExist();
        assertThat(folder.resolve("lint-classes-99ffee.jsa")).exists();
        assertThat(file).isNotEmptyFile();
    }

    @Test
    void aDamagedFileCountsAsEmptyAndTheNextSaveReplacesIt() throws IOException {
        Path file = folder.resolve("annotations-damaged.bin");
        Files.write(file, new byte[] {0x44, 0x54, 0x41, 0x01, 0x7f, 0x7f});
        AnnotationStore store = AnnotationFile.open(file);
        assertThat(store.warm()).isFalse();

        Analyzer.standard().languageVerdict("Writes the design review's notes for the platform group.");
        AnnotationFile.save(store, file);
        assertThat(AnnotationFile.open(file).warm()).isTrue();
    }

    @Test
    void aWindowKeepsTheSentencesOfItsLadderAndNotWhatWasTypedOnTheWay() throws IOException {
        Path file = folder.resolve("annotations-window.bin");
        AnnotationStore store = AnnotationFile.open(file);
        String kept = "Owns the search cluster's capacity plan and its failover drills.";
        app.dualtrack.model.Ladder ladder = new app.dualtrack.model.Ladder.Builder("Kept")
                .technical(new app.dualtrack.model.Level.Builder("search-lead", "Search Lead").primary(kept, "Reviews every index change.").build())
                .build();
        Analyzer.standard().analyze(ladder, java.time.LocalDate.of(2026, 12, 3));
        String typedOnTheWay = "Owns the search clus";
        Analyzer.standard().languageVerdict(typedOnTheWay);

        AnnotationFile.save(store, file, AnnotationFile.sentencesOf(ladder));

        AnnotationStore next = AnnotationFile.open(file);
        assertThat(next.holds(kept)).isTrue();
        assertThat(next.holds("Reviews every index change.")).isTrue();
        assertThat(next.holds(typedOnTheWay)).isFalse();
    }
}
