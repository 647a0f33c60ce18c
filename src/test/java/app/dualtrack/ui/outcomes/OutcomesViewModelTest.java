package app.dualtrack.ui.outcomes;

import app.dualtrack.model.Ladder;
import app.dualtrack.outcomes.GeneratedHistories;
import app.dualtrack.outcomes.OutcomeAnalyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomesViewModelTest {
    private final Preferences node = Preferences.userRoot().node("app/dualtrack-test/outcomes-" + System.nanoTime());
    private final RecordsLocations locations = new RecordsLocations(node);
    private final Ladder ladder = GeneratedHistories.ladder();

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    private OutcomesViewModel vm(Path ladderFile) {
        return new OutcomesViewModel(() -> ladder, ladderFile, locations, () -> GeneratedHistories.TODAY);
    }

    @Test
    void recordsAreRememberedBesideTheLadderInThePreferencesAndNeverInTheLadderFile(@TempDir Path dir) throws Exception {
        Path ladderFile = Files.writeString(dir.resolve("g.ladder.json"), "{}");
        Path csv = Files.writeString(dir.resolve("hr.csv"), GeneratedHistories.principalFunnel());
        OutcomesViewModel first = vm(ladderFile);
        first.open(csv);
        assertThat(first.reportProperty().get().findings()).extracting(f -> f.rule()).contains(OutcomeAnalyzer.FUNNEL);
        assertThat(Files.readString(ladderFile)).isEqualTo("{}");

        OutcomesViewModel again = vm(ladderFile);
        again.openRemembered();
        assertThat(again.recordsFileProperty().get()).isEqualTo(csv.toAbsolutePath().normalize());
        assertThat(again.reportProperty().get()).isNotNull();
        assertThat(again.initialFolder()).isEqualTo(dir.toAbsolutePath().normalize());

        OutcomesViewModel otherLadder = vm(dir.resolve("other.ladder.json"));
        otherLadder.openRemembered();
        assertThat(otherLadder.recordsFileProperty().get()).isNull();
    }

    @Test
    void badRowsAreListedAndTheRestAnalysed(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("hr.csv"), GeneratedHistories.principalFunnel() + "q,2020-01-01,nope\n");
        OutcomesViewModel vm = vm(null);
        vm.open(csv);
        assertThat(vm.problems()).singleElement().satisfies(p -> assertThat(p).startsWith(csv + ":").contains("\"nope\" is neither"));
        assertThat(vm.statusProperty().get()).contains("29 people", "1 row left out", "save the ladder to have these records remembered");
        assertThat(vm.reportProperty().get().findings()).isNotEmpty();
    }

    @Test
    void sinceNarrowsThePeriodAndAMissingFileSaysSo(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("hr.csv"), GeneratedHistories.principalFunnel());
        OutcomesViewModel vm = vm(null);
        vm.open(csv);
        vm.sinceProperty().set(LocalDate.of(2023, 1, 1));
        assertThat(vm.reportProperty().get().from()).isEqualTo(LocalDate.of(2023, 1, 1));
        Files.delete(csv);
        vm.refresh();
        assertThat(vm.reportProperty().get()).isNull();
        assertThat(vm.statusProperty().get()).isEqualTo(csv + ": no such file");
    }

    @Test
    void exportsTheLadderPdfWithTheOutcomesSection(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("hr.csv"), GeneratedHistories.principalFunnel());
        OutcomesViewModel vm = vm(dir.resolve("acme.ladder.json"));
        vm.open(csv);
        assertThat(vm.suggestedPdfName()).isEqualTo("acme-outcomes.pdf");
        Path pdf = dir.resolve("acme-outcomes.pdf");
        int pages = vm.exportPdf(pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages).isGreaterThan(2);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Moves between tracks, and out");
        }
    }
}
