package app.dualtrack.ui.kit;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.Ladder;
import app.dualtrack.ui.main.FakeDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class KitViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void writesTheKitIntoTheChosenFolderAndSaysWhatItWrote(@TempDir Path dir) throws Exception {
        Ladder ladder = LadderFiles.read(TestFiles.fixedSample());
        FakeDialogs dialogs = new FakeDialogs();
        var result = new KitViewModel(dialogs, start -> Optional.of(dir), () -> TODAY).writeKit(ladder, TestFiles.fixedSample());
        assertThat(result).isPresent();
        assertThat(Files.exists(dir.resolve("visibility-calendar.ics"))).isTrue();
        assertThat(dialogs.infos).singleElement().satisfies(i -> assertThat(i).startsWith("Visibility kit written: 7 files in " + dir));
    }

    @Test
    void aFilledInTemplateIsOnlyReplacedWhenTheUserAgrees(@TempDir Path dir) throws Exception {
        Ladder ladder = LadderFiles.read(TestFiles.fixedSample());
        Path filled = Files.writeString(dir.resolve("scope-document-staff.md"), "my quarter");
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.confirmAnswer = false;
        KitViewModel vm = new KitViewModel(dialogs, start -> Optional.of(dir), () -> TODAY);
        assertThat(vm.writeKit(ladder, null)).isEmpty();
        assertThat(Files.readString(filled)).isEqualTo("my quarter");
        dialogs.confirmAnswer = true;
        assertThat(vm.writeKit(ladder, null)).isPresent();
        assertThat(Files.readString(filled)).startsWith("# Technical scope document: IC4 Staff Engineer");
    }

    @Test
    void cancellingTheFolderWritesNothing() throws Exception {
        FakeDialogs dialogs = new FakeDialogs();
        assertThat(new KitViewModel(dialogs, start -> Optional.empty(), () -> TODAY)
                .writeKit(LadderFiles.read(TestFiles.fixedSample()), null)).isEmpty();
        assertThat(dialogs.infos).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }
}
