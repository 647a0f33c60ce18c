package app.dualtrack.ui.importer;

import app.dualtrack.importer.ImportFixtures;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;
import app.dualtrack.publish.PublishFormat;
import app.dualtrack.publish.TableShape;
import app.dualtrack.ui.main.FakeDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ImportViewModelTest {
    @Test
    void previewFollowsEveryMappingChange() {
        ImportViewModel vm = new ImportViewModel();
        AtomicInteger changes = new AtomicInteger();
        vm.onChange(changes::incrementAndGet);
        vm.addFiles(List.of(ImportFixtures.fixture("levels-as-columns.md")));
        assertThat(vm.error()).isNull();
        assertThat(vm.result().orElseThrow().shared()).extracting(Level::code).containsExactly("E1", "E2");
        assertThat(vm.behaviourCount(vm.mapping().find("E1 Engineer"))).isEqualTo(4);

        vm.branchAfter(null);
        assertThat(vm.result().orElseThrow().shared()).isEmpty();
        vm.branchAfter(vm.mapping().find("E1 Engineer"));
        assertThat(vm.result().orElseThrow().shared()).extracting(Level::code).containsExactly("E1");

        String e5 = vm.mapping().find("E5 Principal Engineer");
        String m1 = vm.mapping().find("M1 Engineering Manager");
        vm.peer(e5, m1);
        Ladder l = vm.result().orElseThrow();
        assertThat(l.peerOf(l.technical().get(l.technical().size() - 1).id()).orElseThrow().code()).isEqualTo("M1");
        assertThat(vm.peerCandidates(e5)).containsExactlyElementsOf(vm.mapping().track(Track.MANAGEMENT));

        vm.title(e5, "Principal");
        vm.code(e5, "IC5");
        vm.include(vm.mapping().find("M3 Director of Engineering"), false);
        vm.sectionKind("Collaboration", BehaviourKind.SUPPORTING);
        vm.sectionArea("Delivery", "Shipping");
        l = vm.result().orElseThrow();
        assertThat(l.technical()).extracting(Level::code).contains("IC5");
        assertThat(l.management()).extracting(Level::code).containsExactly("M1", "M2");
        assertThat(l.notes()).contains("Builds the leadership bench").contains("was left out of the import");
        assertThat(l.areas()).extracting(a -> a.title()).contains("Shipping").doesNotContain("Delivery");
        assertThat(l.technical().get(0).supporting()).extracting(b -> b.area()).containsOnly("collaboration");
        assertThat(vm.reportLines().get(0)).contains("levels");
        assertThat(changes.get()).isGreaterThan(8);
    }

    @Test
    void levelsNamedByIdInADataFileShowTheirCodeAndTitle() {
        ImportViewModel vm = new ImportViewModel();
        vm.addFiles(List.of(ImportFixtures.fixture("ft-style.yaml")));
        assertThat(vm.levelKeys()).contains("junior-engineer");
        assertThat(vm.foundAs("junior-engineer")).isEqualTo("E1 Junior Engineer");
    }

    @Test
    void pastedTextAndBadFilesSayWhatHappened(@TempDir Path dir) throws Exception {
        ImportViewModel vm = new ImportViewModel();
        vm.paste("Engineer:\n- Ships small changes.\n\nSenior Engineer:\n- Designs a service.\n");
        assertThat(vm.result().orElseThrow().technical()).extracting(Level::title).containsExactly("Engineer", "Senior Engineer");

        Path bad = dir.resolve("broken.csv");
        Files.writeString(bad, "Track,Level,Text\nsideways,Engineer,Ships.\n");
        vm.addFiles(List.of(bad));
        assertThat(vm.result()).isEmpty();
        assertThat(vm.reportLines()).containsExactly("broken.csv, row 2: the track “sideways” is none of shared, technical or management");
    }

    @Test
    void publishWritesTheChosenFormAndShape(@TempDir Path dir) throws Exception {
        FakeDialogs dialogs = new FakeDialogs();
        Path target = dir.resolve("out.xlsx");
        dialogs.answers.add(PublishAction.choices().stream()
                .filter(c -> c.format() == PublishFormat.XLSX && c.shape() == TableShape.MATRIX).findFirst().orElseThrow().label());
        dialogs.answers.add(target);
        Ladder ladder = app.dualtrack.format.LadderFiles.read(app.dualtrack.TestFiles.fixedSample());
        assertThat(PublishAction.run(ladder, "dual-track.ladder.json", dir, dialogs)).contains(target);
        assertThat(Files.size(target)).isPositive();
        assertThat(PublishAction.choices()).extracting(PublishAction.Choice::label).contains("Markdown for a wiki or repository",
                "CSV for spreadsheets: areas × levels (matrix)");
    }
}
