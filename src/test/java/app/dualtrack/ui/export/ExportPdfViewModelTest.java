package app.dualtrack.ui.export;

import app.dualtrack.TestFiles;
import app.dualtrack.export.ExportOptions;
import app.dualtrack.format.LadderFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ExportPdfViewModelTest {
    @TempDir
    Path dir;

    @Test
    void exportsWithTheChosenOptionsAndReportsTheOutcome() throws Exception {
        ExportPdfViewModel vm = new ExportPdfViewModel(app.dualtrack.ui.tasks.Background.sameThread());
        vm.paperProperty().set(ExportOptions.Paper.LETTER);
        vm.auditProperty().set(true);
        assertThat(vm.options(LocalDate.of(2026, 11, 23))).isEqualTo(new ExportOptions(ExportOptions.Paper.LETTER, false, true, true, LocalDate.of(2026, 11, 23)));
        AtomicReference<ExportPdfViewModel.Outcome> outcome = new AtomicReference<>();
        Path target = dir.resolve("ladder.pdf");
        vm.export(LadderFiles.read(TestFiles.fixedSample()), target, LocalDate.of(2026, 11, 23), outcome::set);
        assertThat(outcome.get().succeeded()).isTrue();
        assertThat(outcome.get().result().pages()).isPositive();
        assertThat(Files.size(target)).isPositive();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Exported ");
    }

    @Test
    void aFailureIsReportedAsAMessage() throws Exception {
        ExportPdfViewModel vm = new ExportPdfViewModel(app.dualtrack.ui.tasks.Background.sameThread());
        AtomicReference<ExportPdfViewModel.Outcome> outcome = new AtomicReference<>();
        vm.export(LadderFiles.read(TestFiles.fixedSample()), dir.resolve("missing-folder").resolve("x.pdf"), LocalDate.now(), outcome::set);
        assertThat(outcome.get().succeeded()).isFalse();
        assertThat(outcome.get().error()).contains("could not be written");
    }
}
