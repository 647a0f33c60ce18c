package app.dualtrack.ui.main;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.Track;
import app.dualtrack.session.SessionContext;
import app.dualtrack.ui.prefs.AppPreferences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18 in the window: Save refuses a read-only file in words and saves through a link. */
class SaveSafetyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel vm;
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        Preferences prefs = Preferences.userRoot().node("app/dualtrack-test/" + System.nanoTime());
        vm = new MainViewModel(dialogs, new AppPreferences(prefs), SessionContext.sameThread(CLOCK));
    }

    @Test
    void savingAReadOnlyFileSaysSoAndKeepsTheChangesOpen() throws Exception {
        Path file = Files.copy(TestFiles.flawedSample(), dir.resolve("northwind.ladder.json"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        assertThat(vm.openFile(file)).isTrue();
        vm.editor().addLevel(Track.TECHNICAL);
        assertThat(vm.save()).isFalse();
        assertThat(dialogs.errors).containsExactly("The ladder was not saved: “northwind.ladder.json” is read-only. "
                + "Your changes are still open: use Save As… to save them somewhere else.");
        assertThat(vm.editor().document().isDirty()).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aLadderThatIsALinkToAnEndlessDeviceIsRefusedInsteadOfKillingTheWindow() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero exists here");
        Path link = Files.createSymbolicLink(dir.resolve("zero.ladder.json"), Path.of("/dev/zero"));
        boolean opened = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> vm.openFile(link));
        assertThat(opened).isFalse();
        assertThat(dialogs.errors).containsExactly("This ladder cannot be opened: " + link
                + ": is a device, pipe or socket, not a ladder file; Dualtrack reads only ordinary files");
        Files.delete(link);
    }

    @Test
    void savingALinkedLadderWritesItsTargetAndKeepsTheLink() throws Exception {
        Path real = Files.copy(TestFiles.flawedSample(), Files.createDirectory(dir.resolve("checkout")).resolve("northwind.ladder.json"));
        Path link = Files.createSymbolicLink(dir.resolve("northwind.ladder.json"), Path.of("checkout", "northwind.ladder.json"));
        assertThat(vm.openFile(link)).isTrue();
        String id = vm.editor().addLevel(Track.TECHNICAL);
        assertThat(vm.save()).isTrue();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(LadderFiles.read(real).level(id)).isPresent();
        assertThat(dialogs.errors).isEmpty();
    }
}
