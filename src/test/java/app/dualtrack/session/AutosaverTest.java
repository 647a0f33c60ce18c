package app.dualtrack.session;

import app.dualtrack.model.Ladder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AutosaverTest {
    @TempDir
    Path dir;

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<String> errors = new ArrayList<>();

    private Clock clock() {
        return new Clock() {
            public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            public Clock withZone(java.time.ZoneId zone) { return this; }
            public Instant instant() { return Instant.ofEpochMilli(scheduler.now()); }
        };
    }

    private long copies() throws Exception {
        if (!Files.isDirectory(dir)) return 0;
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".ladder.json")).count();
        }
    }

    @Test
    void aCopyIsWrittenAfterAPauseAndAtTheLatestThirtySecondsAfterTheFirstEdit() throws Exception {
        RecoveryStore store = new RecoveryStore(dir, -42);
        Autosaver saver = new Autosaver(store, scheduler, Runnable::run, clock(), errors::add);
        LadderDocument doc = new LadderDocument(Ladder.named("A"), () -> scheduler.now());
        saver.attach(doc, () -> null);
        doc.apply("Edit", l -> l.toBuilder().name("B").build());
        scheduler.advance(1_000);
        assertThat(copies()).as("not before the pause").isZero();
        // keep typing every second: the copy still comes within 30 seconds of the first edit
        for (int i = 0; i < 40 && copies() == 0; i++) {
            doc.apply("Edit", l -> l.toBuilder().name(l.name() + "x").build());
            scheduler.advance(1_000);
        }
        assertThat(copies()).isEqualTo(1);
        assertThat(scheduler.now()).isLessThanOrEqualTo(31_000);
        assertThat(errors).isEmpty();
    }

    @Test
    void aCleanSaveRemovesTheCopyAndAnUntitledLadderIsRecoveredToo() throws Exception {
        RecoveryStore store = new RecoveryStore(dir, -42);
        Autosaver saver = new Autosaver(store, scheduler, Runnable::run, clock(), errors::add);
        LadderDocument doc = new LadderDocument(Ladder.named("Untitled"), () -> scheduler.now());
        saver.attach(doc, () -> null);
        doc.apply("Edit", l -> l.toBuilder().name("Draft").build());
        scheduler.advance(Autosaver.DEBOUNCE_MILLIS);
        assertThat(copies()).isEqualTo(1);
        RecoveryStore later = new RecoveryStore(dir, -43);
        assertThat(later.orphaned()).as("the writing pid -42 is not running").singleElement().satisfies(e -> {
            assertThat(e.original()).isNull();
            assertThat(e.displayName()).isEqualTo("Untitled ladder");
            assertThat(later.read(e)).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Draft"));
        });
        doc.markSaved();
        assertThat(copies()).isZero();
    }

    @Test
    void aRecoveryFolderThatCannotBeWrittenIsReportedInASentenceAndTheDocumentStaysDirty() throws Exception {
        // a plain file where the folder should be: creating the folder fails even for root
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "x");
        RecoveryStore store = new RecoveryStore(blocked.resolve("recovery"), -42);
        Autosaver saver = new Autosaver(store, scheduler, Runnable::run, clock(), errors::add);
        LadderDocument doc = new LadderDocument(Ladder.named("A"), () -> scheduler.now());
        saver.attach(doc, () -> null);
        doc.apply("Edit", l -> l.toBuilder().name("B").build());
        scheduler.advance(Autosaver.DEBOUNCE_MILLIS);
        assertThat(errors).singleElement().asString()
                .startsWith("The recovery copy could not be written to " + blocked.resolve("recovery"));
        assertThat(doc.isDirty()).isTrue();
    }
}
