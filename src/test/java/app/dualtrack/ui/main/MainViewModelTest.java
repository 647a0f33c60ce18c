package app.dualtrack.ui.main;

import app.dualtrack.TestFiles;
import app.dualtrack.analysis.Finding;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Track;
import app.dualtrack.ui.analysis.LiveAnalysis;
import app.dualtrack.ui.inspector.InspectorViewModel;
import app.dualtrack.ui.prefs.AppPreferences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window's behaviour, without the toolkit: a fake dialog service and a same-thread analysis. */
class MainViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel vm;
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        Preferences prefs = Preferences.userRoot().node("app/dualtrack-test/" + System.nanoTime());
        LiveAnalysis analysis = new LiveAnalysis(LiveAnalysis.Scheduler.immediate(), Runnable::run, 0, CLOCK);
        vm = new MainViewModel(dialogs, new AppPreferences(prefs), analysis, CLOCK);
    }

    private Path copyOfFlawedSample() throws Exception {
        Path file = dir.resolve("northwind.ladder.json");
        Files.copy(TestFiles.flawedSample(), file);
        return file;
    }

    private long managementFindingsOn(String level) {
        return vm.reportProperty().get().forLevel(level).stream()
                .filter(f -> f.rule().equals("language/management-behaviour")).count();
    }

    @Test
    void openingTheFlawedSampleShowsItsFindings() throws Exception {
        assertThat(vm.openFile(copyOfFlawedSample())).isTrue();
        assertThat(managementFindingsOn("staff")).isEqualTo(4);
        assertThat(vm.windowTitleProperty().get()).startsWith("northwind.ladder.json — Northwind Engineering Ladder");
        assertThat(vm.reviewStatusProperty().get()).isEqualTo("Reviewed 33 months ago");
    }

    @Test
    void rewritingABehaviourInTechnicalTermsClearsItsFindingAndUndoBringsItBack() throws Exception {
        vm.openFile(copyOfFlawedSample());
        vm.selectedLevelIdProperty().set("staff");
        InspectorViewModel inspector = new InspectorViewModel(vm::document, () -> vm.selectedLevelIdProperty().get());
        inspector.setBehaviourText(BehaviourKind.PRIMARY, 0, "Owns the design of the billing pipeline that four teams build on.");
        assertThat(managementFindingsOn("staff")).isEqualTo(3);
        assertThat(vm.windowTitleProperty().get()).startsWith("• ");
        vm.undo();
        assertThat(managementFindingsOn("staff")).isEqualTo(4);
        assertThat(vm.document().isDirty()).isFalse();
    }

    @Test
    void addingReorderingAndPairingLevels() throws Exception {
        vm.openFile(copyOfFlawedSample());
        String id = vm.addLevel(Track.TECHNICAL);
        assertThat(vm.ladder().technical()).last().extracting(l -> l.id()).isEqualTo(id);
        assertThat(vm.selectedLevelIdProperty().get()).isEqualTo(id);
        vm.moveSelected(-1);
        assertThat(vm.ladder().indexOf(id)).isEqualTo(2);
        vm.pair(id, "senior-em");
        assertThat(vm.ladder().peerOf(id)).map(l -> l.id()).contains("senior-em");
        assertThat(vm.document().undoDescriptionProperty().get()).isEqualTo("Pair levels");
    }

    @Test
    void suppressingAFindingStoresTheReasonInTheSavedFile() throws Exception {
        Path file = copyOfFlawedSample();
        vm.openFile(file);
        Finding shorter = vm.reportProperty().get().findings().stream()
                .filter(f -> f.rule().equals("structure/track-shorter")).findFirst().orElseThrow();
        dialogs.answers.add("We add a level when we reach 100 engineers.");
        vm.suppress(shorter);
        assertThat(vm.reportProperty().get().suppressed()).hasSize(1);
        assertThat(vm.save()).isTrue();
        assertThat(Files.readString(file)).contains("\"rule\": \"structure/track-shorter\"")
                .contains("We add a level when we reach 100 engineers.");
    }

    @Test
    void saveAndReopenGivesTheSameLadder() throws Exception {
        vm.openFile(copyOfFlawedSample());
        vm.selectedLevelIdProperty().set("principal");
        new InspectorViewModel(vm::document, () -> "principal").moveToOtherList(BehaviourKind.PRIMARY, 1);
        Path other = dir.resolve("copy.ladder.json");
        dialogs.answers.add(other);
        assertThat(vm.saveAs()).isTrue();
        Ladder saved = vm.ladder();
        assertThat(LadderFiles.read(other)).isEqualTo(saved);
        assertThat(saved.level("principal").orElseThrow().supporting()).extracting(Behaviour::text)
                .containsExactly("Builds consensus among directors and product leadership.");
    }

    @Test
    void aFileThatCannotBeReadIsShownAsAMessageNotAStackTrace() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.ladder.json"), "{ \"format\": \"ladder\", ");
        assertThat(vm.openFile(broken)).isFalse();
        assertThat(dialogs.errors).singleElement().asString().contains("broken.ladder.json:").contains("not valid JSON")
                .doesNotContain("Exception");
    }

    @Test
    void aFailedSaveKeepsTheDocumentOpenAndDirty() throws Exception {
        vm.openFile(copyOfFlawedSample());
        vm.addLevel(Track.MANAGEMENT);
        Path impossible = dir.resolve("no-such-folder").resolve("x.ladder.json");
        assertThat(vm.saveTo(impossible)).isFalse();
        assertThat(vm.document().isDirty()).isTrue();
        assertThat(dialogs.errors).singleElement().asString().contains("Save As");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow() throws Exception {
        vm.openFile(copyOfFlawedSample());
        vm.addLevel(Track.SHARED);
        dialogs.saveChoice = app.dualtrack.ui.dialog.DialogService.SaveChoice.CANCEL;
        assertThat(vm.confirmDiscardChanges()).isFalse();
        dialogs.saveChoice = app.dualtrack.ui.dialog.DialogService.SaveChoice.DISCARD;
        assertThat(vm.confirmDiscardChanges()).isTrue();
        assertThat(dialogs.saveQuestions).isEqualTo(2);
    }

    @Test
    void everyTemplateLoads() {
        for (Template t : Template.values()) {
            vm.show(t.load(), null);
            assertThat(vm.ladder().name()).isNotBlank();
        }
    }

    @Test
    void aFileChangedOnDiskIsNeverSilentlyOverwritten() throws Exception {
        Path file = copyOfFlawedSample();
        vm.openFile(file);
        vm.addLevel(Track.TECHNICAL);
        String theirs = Files.readString(TestFiles.fixedSample());
        Files.writeString(file, theirs);
        dialogs.diskChoice = app.dualtrack.ui.dialog.DialogService.DiskChoice.CANCEL;
        assertThat(vm.save()).isFalse();
        assertThat(Files.readString(file)).isEqualTo(theirs);
        dialogs.diskChoice = app.dualtrack.ui.dialog.DialogService.DiskChoice.RELOAD;
        assertThat(vm.checkDisk()).isFalse();
        assertThat(vm.ladder()).isEqualTo(LadderFiles.read(TestFiles.fixedSample()));
        assertThat(vm.document().isDirty()).isFalse();
    }

    @Test
    void keepingMineSavesOverTheirChange() throws Exception {
        Path file = copyOfFlawedSample();
        vm.openFile(file);
        String id = vm.addLevel(Track.TECHNICAL);
        Files.writeString(file, Files.readString(TestFiles.fixedSample()));
        dialogs.diskChoice = app.dualtrack.ui.dialog.DialogService.DiskChoice.KEEP_MINE;
        assertThat(vm.save()).isTrue();
        assertThat(LadderFiles.read(file).level(id)).isPresent();
    }

    @Test
    void aVanishedFileIsToldAndTheDocumentStaysOpenAndDirty() throws Exception {
        Path file = copyOfFlawedSample();
        vm.openFile(file);
        Files.delete(file);
        assertThat(vm.checkDisk()).isTrue();
        assertThat(dialogs.infos).singleElement().asString().contains("no longer on disk");
        assertThat(vm.document().isDirty()).isTrue();
    }

    @Test
    void aRecoveredLadderCanBeComparedThenRestoredOverItsFile() throws Exception {
        Path file = copyOfFlawedSample();
        var store = new app.dualtrack.ui.recovery.RecoveryStore(dir.resolve("recovery"), -7);
        Ladder edited = LadderFiles.read(file).renameLevel("staff", "Staff Engineer (Data)");
        store.write("crashed", edited, file, java.time.Instant.parse("2026-11-23T09:30:00Z"));
        java.util.List<Ladder[]> compared = new java.util.ArrayList<>();
        vm.setCompareWithDisk((disk, mine) -> compared.add(new Ladder[] {disk, mine}));
        dialogs.recoveryChoices.add(app.dualtrack.ui.dialog.DialogService.RecoveryChoice.COMPARE);
        dialogs.recoveryChoices.add(app.dualtrack.ui.dialog.DialogService.RecoveryChoice.RESTORE);
        vm.offerRecovery(new app.dualtrack.ui.recovery.RecoveryStore(dir.resolve("recovery"), -8));
        assertThat(dialogs.recoveryQuestions).first().asString().startsWith("northwind.ladder.json: ")
                .contains("last edited on 23 November 2026 at 09:30").contains("It differs from");
        assertThat(compared).singleElement().satisfies(pair -> assertThat(pair[1]).isEqualTo(edited));
        assertThat(vm.ladder()).isEqualTo(edited);
        assertThat(vm.document().isDirty()).isTrue();
        assertThat(store.orphaned()).isEmpty();
    }

    @Test
    void aRulesFileBesideTheLadderTunesTheLiveAnalysis() throws Exception {
        Path file = copyOfFlawedSample();
        Files.writeString(dir.resolve("northwind.ladder-rules.json"), "{\"rules\": {\"currency/drift\": \"off\"}}");
        vm.openFile(file);
        assertThat(vm.reportProperty().get().findings()).noneMatch(f -> f.rule().equals("currency/drift"));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFileChangedUnderAnUnchangedDocumentIsReloadedWithoutAQuestionAndKeepsItsRulesFile() throws Exception {
        Path file = copyOfFlawedSample();
        Files.writeString(dir.resolve("northwind.ladder-rules.json"), "{\"rules\": {\"currency/drift\": \"off\"}}");
        vm.openFile(file);
        vm.selectedLevelIdProperty().set("staff");
        Files.writeString(file, Files.readString(TestFiles.fixedSample()));
        vm.checkDisk();
        assertThat(dialogs.diskQuestions).isZero();
        assertThat(vm.ladder()).isEqualTo(LadderFiles.read(TestFiles.fixedSample()));
        assertThat(vm.document().isDirty()).isFalse();
        assertThat(dialogs.news).singleElement().asString().contains("changed on disk and was reloaded");
        assertThat(vm.reportProperty().get().findings()).noneMatch(f -> f.rule().equals("currency/drift"));
        vm.undo(); // the version that was open comes back
        assertThat(vm.ladder()).isEqualTo(LadderFiles.read(TestFiles.flawedSample()));
    }

    @Test
    void withUnsavedChangesAChangedFileAsksAndReloadKeepsTheRulesFile() throws Exception {
        Path file = copyOfFlawedSample();
        Files.writeString(dir.resolve("northwind.ladder-rules.json"), "{\"rules\": {\"currency/drift\": \"off\"}}");
        vm.openFile(file);
        vm.addLevel(Track.TECHNICAL);
        Files.writeString(file, Files.readString(TestFiles.flawedSample()).replace("Northwind", "Northwind Two"));
        dialogs.diskChoice = app.dualtrack.ui.dialog.DialogService.DiskChoice.RELOAD;
        vm.checkDisk();
        assertThat(dialogs.diskQuestions).isEqualTo(1);
        assertThat(vm.ladder().name()).contains("Northwind Two");
        assertThat(vm.reportProperty().get().findings()).noneMatch(f -> f.rule().equals("currency/drift"));
    }

    @Test
    void thePairDialogOffersCodesAndCurrentPeersAndDefaultsToAnUnpairedLevel() throws Exception {
        vm.openFile(copyOfFlawedSample());
        vm.selectedLevelIdProperty().set("staff");
        vm.unpairSelected();
        Ladder l = vm.ladder();
        vm.pairSelected();
        var firstFree = l.management().stream().filter(m -> l.peerOf(m.id()).isEmpty()).findFirst();
        assertThat(dialogs.lastChoiceDefault).isEqualTo(firstFree.map(m -> app.dualtrack.ui.document.LevelNames.withPeer(l, m)).orElse(null));
        assertThat(dialogs.lastChoiceLabels).anyMatch(s -> s.contains(" — paired with "));
        l.management().stream().filter(m -> m.code() != null).findFirst()
                .ifPresent(m -> assertThat(dialogs.lastChoiceLabels).anyMatch(s -> s.startsWith(m.code() + " " + m.title())));
    }

    @Test
    void levelCommandsCanRunOnlyWithALevelSelected() throws Exception {
        vm.openFile(copyOfFlawedSample());
        assertThat(vm.levelSelectedProperty().get()).isFalse();
        assertThat(vm.branchLevelSelectedProperty().get()).isFalse();
        vm.selectedLevelIdProperty().set("staff");
        assertThat(vm.levelSelectedProperty().get()).isTrue();
        assertThat(vm.branchLevelSelectedProperty().get()).isTrue();
        vm.selectedLevelIdProperty().set(vm.ladder().shared().get(0).id());
        assertThat(vm.branchLevelSelectedProperty().get()).isFalse();
    }

    @Test
    void undoLabelsNameTheEditAndFollowUndoAndRedo() throws Exception {
        vm.openFile(copyOfFlawedSample());
        assertThat(vm.undoLabelProperty().get()).isEqualTo("Undo");
        vm.addLevel(Track.TECHNICAL);
        assertThat(vm.undoLabelProperty().get()).isEqualTo("Undo Add technical level");
        vm.undo();
        assertThat(vm.undoLabelProperty().get()).isEqualTo("Undo");
        assertThat(vm.redoLabelProperty().get()).isEqualTo("Redo Add technical level");
        assertThat(vm.canRedoProperty().get()).isTrue();
    }

    @Test
    void aBadHeadcountOrPayBandIsShownAsAnErrorAndNeverSilentlyDropped() throws Exception {
        vm.openFile(copyOfFlawedSample());
        vm.selectedLevelIdProperty().set("staff");
        InspectorViewModel inspector = new InspectorViewModel(vm::document, () -> vm.selectedLevelIdProperty().get());
        inspector.pull();
        Ladder before = vm.ladder();
        inspector.minHeadcountProperty().set("15O");
        assertThat(inspector.headcountErrorProperty().get()).contains("whole number").contains("15O");
        assertThat(inspector.minHeadcountProperty().get()).isEqualTo("15O");
        assertThat(vm.ladder()).isEqualTo(before);
        inspector.minHeadcountProperty().set("150");
        assertThat(inspector.headcountErrorProperty().get()).isEmpty();
        assertThat(vm.ladder().level("staff").orElseThrow().minHeadcount()).isEqualTo(150);
        inspector.bandMinProperty().set("120k");
        assertThat(inspector.bandErrorProperty().get()).contains("120k");
        inspector.bandMinProperty().set("120000");
        inspector.bandMaxProperty().set("100000");
        assertThat(inspector.bandErrorProperty().get()).contains("above the maximum");
        inspector.bandMaxProperty().set("150000");
        assertThat(inspector.bandErrorProperty().get()).isEmpty();
        assertThat(vm.ladder().level("staff").orElseThrow().band().max()).isEqualByComparingTo("150000");
    }

    @Test
    void theInspectorFieldsFollowUndoRedoAndPairing() throws Exception {
        vm.openFile(copyOfFlawedSample());
        vm.selectedLevelIdProperty().set("staff");
        InspectorViewModel inspector = new InspectorViewModel(vm::document, () -> vm.selectedLevelIdProperty().get());
        inspector.pull();
        boolean depth = inspector.growthProperty(app.dualtrack.model.Growth.DEPTH).get();
        inspector.growthProperty(app.dualtrack.model.Growth.DEPTH).set(!depth);
        assertThat(vm.ladder().level("staff").orElseThrow().growth().contains(app.dualtrack.model.Growth.DEPTH)).isEqualTo(!depth);
        vm.undo();
        inspector.pull();
        assertThat(inspector.growthProperty(app.dualtrack.model.Growth.DEPTH).get()).isEqualTo(depth);
        String peer = vm.ladder().management().get(0).id();
        vm.pair("staff", peer);
        inspector.pull();
        assertThat(inspector.peerIdProperty().get()).isEqualTo(peer);
    }

    @Test
    void aCopiedLevelPastesIntoAnotherLadderWithAFreshIdAndNoPeer() throws Exception {
        vm.openFile(copyOfFlawedSample());
        vm.selectedLevelIdProperty().set("staff");
        vm.copySelected();
        var copied = vm.ladder().level("staff").orElseThrow();
        vm.show(Template.SCALE_UP.load(), null);
        int before = vm.ladder().technical().size();
        vm.paste();
        assertThat(vm.ladder().technical()).hasSize(before + 1);
        var pasted = vm.ladder().level(vm.selectedLevelIdProperty().get()).orElseThrow();
        assertThat(pasted.title()).isEqualTo(copied.title());
        assertThat(pasted.primary()).isEqualTo(copied.primary());
        assertThat(vm.ladder().peerOf(pasted.id())).isEmpty();
        vm.paste(); // again: the id clashes now and gets a fresh one
        assertThat(vm.ladder().technical()).hasSize(before + 2);
        vm.cutSelected();
        assertThat(vm.ladder().technical()).hasSize(before + 1);
    }

    @Test
    void findListsMatchingLevelsTopDown() throws Exception {
        vm.openFile(copyOfFlawedSample());
        var ids = app.dualtrack.ui.ladder.LadderSearch.find(vm.ladder(), "alignment");
        assertThat(ids).contains("staff");
        assertThat(app.dualtrack.ui.ladder.LadderSearch.find(vm.ladder(), "  ")).isEmpty();
        assertThat(app.dualtrack.ui.ladder.LadderSearch.find(vm.ladder(), "no such words anywhere")).isEmpty();
    }
}
