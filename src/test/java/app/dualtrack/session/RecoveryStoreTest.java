package app.dualtrack.session;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.Ladder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryStoreTest {
    /** A pid that no running process has, standing for a crashed window's process. */
    private static final long DEAD_PID = Long.MAX_VALUE - 7;

    @TempDir
    Path root;

    @Test
    void aCopyLeftByAGoneProcessIsOfferedWithItsFileAndEditTimeAndReadsBackWhole() throws Exception {
        Ladder ladder = LadderFiles.read(TestFiles.flawedSample());
        Path original = root.resolveSibling("mine.ladder.json");
        Instant at = Instant.parse("2026-11-24T15:30:00Z");
        new RecoveryStore(root, DEAD_PID).write("doc1", ladder, original, at);

        RecoveryStore next = new RecoveryStore(root, ProcessHandle.current().pid());
        List<RecoveryStore.Entry> offered = next.orphaned();

        assertThat(offered).hasSize(1);
        RecoveryStore.Entry entry = offered.get(0);
        assertThat(entry.original()).isEqualTo(original.toAbsolutePath());
        assertThat(entry.lastEdited()).isEqualTo(at);
        assertThat(entry.displayName()).isEqualTo("mine.ladder.json");
        assertThat(next.read(entry)).contains(ladder);
    }

    @Test
    void untitledLaddersAreRecoveredToo() throws Exception {
        Ladder ladder = LadderFiles.read(TestFiles.fixedSample());
        new RecoveryStore(root, DEAD_PID).write("untitled", ladder, null, Instant.EPOCH);

        List<RecoveryStore.Entry> offered = new RecoveryStore(root, 1).orphaned();

        assertThat(offered).singleElement().satisfies(e -> {
            assertThat(e.original()).isNull();
            assertThat(e.displayName()).isEqualTo("Untitled ladder");
        });
    }

    @Test
    void aRunningWindowsCopiesAreNotOfferedUntilItIsReleased() throws Exception {
        long pid = ProcessHandle.current().pid();
        RecoveryStore running = new RecoveryStore(root, pid);
        running.write("live", LadderFiles.read(TestFiles.fixedSample()), null, Instant.EPOCH);
        RecoveryStore another = new RecoveryStore(root, pid);

        assertThat(another.orphaned()).isEmpty();
        running.release();
        assertThat(another.orphaned()).extracting(RecoveryStore.Entry::id).containsExactly("live");
    }

    @Test
    void discardRemovesTheCopyAndRewritingLeavesNoBackupOrTemporaryFiles() throws Exception {
        RecoveryStore store = new RecoveryStore(root, DEAD_PID);
        Ladder ladder = LadderFiles.read(TestFiles.fixedSample());
        store.write("doc", ladder, null, Instant.EPOCH);
        store.write("doc", ladder.toBuilder().name("Renamed").build(), null, Instant.EPOCH.plusSeconds(5));

        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("doc.ladder.json", "doc.meta.json");
        }
        RecoveryStore next = new RecoveryStore(root, 1);
        assertThat(next.read(next.orphaned().get(0))).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Renamed"));

        store.discard("doc");
        assertThat(next.orphaned()).isEmpty();
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aBrokenMetadataFileIsSkippedRatherThanFailingTheStart() throws Exception {
        Files.writeString(root.resolve("bad.meta.json"), "{not json");
        Files.writeString(root.resolve("bad.ladder.json"), "{}");

        assertThat(new RecoveryStore(root, 1).orphaned()).isEmpty();
    }
}
