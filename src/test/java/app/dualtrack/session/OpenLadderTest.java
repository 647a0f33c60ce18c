package app.dualtrack.session;

import app.dualtrack.TestFiles;
import app.dualtrack.format.FileChangedException;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.Ladder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One open ladder without a screen: its analysis and recovery copy follow the document by themselves. */
class OpenLadderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;

    private Path copyOfFlawedSample() throws Exception {
        Path file = dir.resolve("northwind.ladder.json");
        Files.copy(TestFiles.flawedSample(), file);
        return file;
    }

    private static long findings(OpenLadder open, String rule) {
        return open.report().findings().stream().filter(f -> f.rule().equals(rule)).count();
    }

    @Test
    void theAnalysisFollowsEveryEditUndoAndTheRulesFileBesideTheLadder() throws Exception {
        Path file = copyOfFlawedSample();
        Files.writeString(dir.resolve("northwind.ladder-rules.json"), "{\"rules\": {\"currency/drift\": \"off\"}}");
        try (OpenLadder open = OpenLadder.read(file, SessionContext.sameThread(CLOCK))) {
            assertThat(open.rulesProblem()).isEmpty();
            assertThat(findings(open, "currency/drift")).as("turned off beside the ladder").isZero();
            long before = findings(open, "language/management-behaviour");
            assertThat(before).isPositive();
            open.document().apply("Remove the technical track", l -> {
                Ladder x = l;
                for (var level : l.track(app.dualtrack.model.Track.TECHNICAL)) {
                    x = x.removeLevel(level.id());
                }
                return x;
            });
            assertThat(open.analysis().analysedLadder().level("staff")).isEmpty();
            open.document().undo();
            assertThat(findings(open, "language/management-behaviour")).isEqualTo(before);
            assertThat(open.analysis().analysedLadder().level("staff")).isPresent();
        }
    }

    @Test
    void aBrokenRulesFileIsExplainedAndTheStandardRulesApply() throws Exception {
        Path file = copyOfFlawedSample();
        Files.writeString(dir.resolve("northwind.ladder-rules.json"), "{\"rules\": {\"currency/drift\": \"sometimes\"}}");
        try (OpenLadder open = OpenLadder.read(file, SessionContext.sameThread(CLOCK))) {
            assertThat(open.rulesProblem()).hasValueSatisfying(p -> assertThat(p).contains("sometimes"));
            assertThat(findings(open, "currency/drift")).isPositive();
        }
    }

    @Test
    void savingOverAFileChangedUnderneathIsRefusedAndKeepingMineThenSaves() throws Exception {
        Path file = copyOfFlawedSample();
        try (OpenLadder open = OpenLadder.read(file, SessionContext.sameThread(CLOCK))) {
            open.document().apply("Rename", l -> l.toBuilder().name("Mine").build());
            String theirs = Files.readString(file).replace("Northwind", "Theirs");
            Files.writeString(file, theirs);
            assertThat(open.checkDisk()).isEqualTo(LadderFileSession.DiskChange.CHANGED);
            assertThatThrownBy(() -> open.save(file)).isInstanceOf(FileChangedException.class);
            assertThat(file).content().isEqualTo(theirs);
            open.keepMineOverDisk();
            open.save(file);
            assertThat(LadderFiles.read(file).name()).isEqualTo("Mine");
            assertThat(open.document().isDirty()).isFalse();
        }
    }

    @Test
    void reloadingTakesTheDiskVersionAsAnUndoableEditAndIsClean() throws Exception {
        Path file = copyOfFlawedSample();
        try (OpenLadder open = OpenLadder.read(file, SessionContext.sameThread(CLOCK))) {
            Ladder mine = open.ladder();
            Files.writeString(file, Files.readString(TestFiles.fixedSample()));
            open.reloadFrom(open.readFromDisk());
            assertThat(open.ladder()).isEqualTo(LadderFiles.read(TestFiles.fixedSample()));
            assertThat(open.document().isDirty()).isFalse();
            assertThat(open.checkDisk()).isEqualTo(LadderFileSession.DiskChange.UNCHANGED);
            open.document().undo();
            assertThat(open.ladder()).isEqualTo(mine);
        }
    }

    @Test
    void unsavedChangesGetARecoveryCopyAndACleanCloseRemovesIt() throws Exception {
        Path file = copyOfFlawedSample();
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"), -3);
        OpenLadder open = OpenLadder.read(file, SessionContext.sameThread(CLOCK).withRecovery(store));
        open.document().apply("Rename", l -> l.toBuilder().name("Unsaved").build());
        RecoveryStore nextStart = new RecoveryStore(dir.resolve("recovery"), -4);
        assertThat(nextStart.orphaned()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(open.recoveryId().orElseThrow());
            assertThat(e.original()).isEqualTo(file);
            assertThat(nextStart.read(e)).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Unsaved"));
        });
        open.close();
        assertThat(nextStart.orphaned()).isEmpty();
    }

    @Test
    void aRecoveredCopyWhoseFileIsGoneIsUnsavedAndSavingPutsTheFileBack() throws Exception {
        Path gone = dir.resolve("gone.ladder.json");
        try (OpenLadder open = OpenLadder.recovered(Ladder.named("Recovered"), gone, SessionContext.sameThread(CLOCK))) {
            assertThat(open.document().isDirty()).isTrue();
            assertThat(open.name()).isEqualTo("gone.ladder.json");
            assertThat(open.checkDisk()).isEqualTo(LadderFileSession.DiskChange.VANISHED);
            open.fileVanished();
            open.save(gone);
            assertThat(LadderFiles.read(gone).name()).isEqualTo("Recovered");
            assertThat(open.document().isDirty()).isFalse();
        }
    }
}
