package app.dualtrack.ui.main;

import app.dualtrack.TestFiles;
import app.dualtrack.analysis.Finding;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Track;
import app.dualtrack.session.SessionContext;
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
        vm = new MainViewModel(dialogs, new AppPreferences(prefs), SessionContext.sameThread(CLOCK));
    }

    private Path copyOfFlawedSample() throws Exception {
        Path file = dir.resolve("northwind.ladder.json");
        Files.copy(TestFiles.flawedSample(), file);
        return file;
    }

    private long managementFindingsOn(String level) {
        return vm.editor().reportProperty().get().forLevel(level).stream()
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
        vm.editor().selectedLevelIdProperty().set("staff");
        InspectorViewModel inspector = new InspectorViewModel(vm.editor()::document, () -> vm.editor().selectedLevelIdProperty().get());
        inspector.setBehaviourText(BehaviourKind.PRIMARY, 0, "Owns the design of the billing pipeline that four teams build on.");
        assertThat(managementFindingsOn("staff")).isEqualTo(3);
        assertThat(vm.windowTitleProperty().get()).startsWith("• ");
        vm.editor().undo();
        assertThat(managementFindingsOn("staff")).isEqualTo(4);
        assertThat(vm.editor().document().isDirty()).isFalse();
    }

    @Test
    void addingReorderingAndPairingLevels() throws Exception {
        vm.openFile(copyOfFlawedSample());
        String id = vm.editor().addLevel(Track.TECHNICAL);
        assertThat(vm.ladder().technical()).last().extracting(l -> l.id()).isEqualTo(id);
        assertThat(vm.editor().selectedLevelIdProperty().get()).isEqualTo(id);
        vm.editor().moveSelected(-1);
        assertThat(vm.ladder().indexOf(id)).isEqualTo(2);
        vm.editor().pair(id, "senior-em");
        assertThat(vm.ladder().peerOf(id)).map(l -> l.id()).contains("senior-em");
        assertThat(vm.editor().document().undoDescription()).isEqualTo("Pair levels");
    }

    @Test
    void suppressingAFindingStoresTheReasonInTheSavedFile() throws Exception {
        Path file = copyOfFlawedSample();
        vm.openFile(file);
        Finding shorter = vm.editor().reportProperty().get().findings().stream()
                .filter(f -> f.rule().equals("structure/track-shorter")).findFirst().orElseThrow();
        dialogs.answers.add("We add a level when we reach 100 engineers.");
        vm.editor().suppress(shorter);
        assertThat(vm.editor().reportProperty().get().suppressed()).hasSize(1);
        assertThat(vm.save()).isTrue();
        assertThat(Files.readString(file)).contains("\"rule\": \"structure/track-shorter\"")
                .contains("We add a level when we reach 100 engineers.");
    }

    @Test
    void saveAndReopenGivesTheSameLadder() throws Exception {
        vm.openFile(copyOfFlawedSample());
        vm.editor().selectedLevelIdProperty().set("principal");
        new InspectorViewModel(vm.editor()::document, () -> "principal").moveToOtherList(BehaviourKind.PRIMARY, 1);
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
        vm.editor().addLevel(Track.MANAGEMENT);
        Path impossible = dir.resolve("no-such-folder").resolve("x.ladder.json");
        assertThat(vm.saveTo(impossible)).isFalse();
        assertThat(vm.editor().document().isDirty()).isTrue();
        assertThat(dialogs.errors).singleElement().asString().contains("Save As");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow() throws Exception {
        vm.openFile(copyOfFlawedSample());
        vm.editor().addLevel(Track.SHARED);
        dialogs.saveChoice = app.dualtrack.ui.dialog.DialogService.SaveChoice.CANCEL;
        assertThat(vm.confirmDiscardChanges()).isFalse();
        dialogs.saveChoice = app.dualtrack.ui.dialog.DialogService.SaveChoice.DISCARD;
        assertThat(vm.confirmDiscardChanges()).isTrue();
        assertThat(dialogs.saveQuestions).isEqualTo(2);
    }

    @Test
    void everyTemplateLoads() {
        for (Template t : Template.values()) {
            vm.showUntitled(t.load());
            assertThat(vm.ladder().name()).isNotBlank();
        }
    }

    @Test
    void aFileChangedOnDiskIsNeverSilentlyOverwritten() throws Exception {
        Path file = copyOfFlawedSample();
        vm.openFile(file);
        vm.editor().addLevel(Track.TECHNICAL);
        String theirs = Files.readString(TestFiles.fixedSample());
        Files.writeString(file, theirs);
        dialogs.diskChoice = app.dualtrack.ui.dialog.DialogService.DiskChoice.CANCEL;
        assertThat(vm.save()).isFalse();
        assertThat(Files.readString(file)).isEqualTo(theirs);
        dialogs.diskChoice = app.dualtrack.ui.dialog.DialogService.DiskChoice.RELOAD;
        assertThat(vm.checkDisk()).isFalse();
        assertThat(vm.ladder()).isEqualTo(LadderFiles.read(TestFiles.fixedSample()));
        assertThat(vm.editor().document().isDirty()).isFalse();
    }

    @Test
    void keepingMineSavesOverTheirChange() throws Exception {
        Path file = copyOfFlawedSample();
        vm.openFile(file);
        String id = vm.editor().addLevel(Track.TECHNICAL);
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
        assertThat(vm.editor().document().isDirty()).isTrue();
    }

    @Test
    void aRecoveredLadderCanBeComparedThenRestoredOverItsFile() throws Exception {
        Path file = copyOfFlawedSample();
        var store = new app.dualtrack.session.RecoveryStore(dir.resolve("recovery"), -7);
        Ladder edited = LadderFiles.read(file).renameLevel("staff", "Staff Engineer (Data)");
        store.write("crashed", edited, file, java.time.Instant.parse("2026-11-23T09:30:00Z"));
        java.util.List<Ladder[]> compared = new java.util.ArrayList<>();
        vm.setCompareWithDisk((disk, mine) -> compared.add(new Ladder[] {disk, mine}));
        vm.offerRecovery(new app.dualtrack.session.RecoveryStore(dir.resolve("recovery"), -8));
        assertThat(dialogs.offers).singleElement().satisfies(offer -> {
            assertThat(offer.message()).contains("“northwind.ladder.json”")
                    .contains("last edited on 23 November 2026 at 09:30").contains("It differs from the file on disk");
            assertThat(offer.labels()).containsExactly("Restore", "Compare with File", "Discard…");
        });
        assertThat(vm.ladder()).as("nothing is restored before the user answers").isNotEqualTo(edited);
        dialogs.answerOffer("Compare with File");
        assertThat(compared).singleElement().satisfies(pair -> assertThat(pair[1]).isEqualTo(edited));
        assertThat(dialogs.offers).as("after comparing, the offer is still there").hasSize(2);
        dialogs.answerOffer("Restore");
        assertThat(vm.ladder()).isEqualTo(edited);
        assertThat(vm.editor().document().isDirty()).isTrue();
        assertThat(store.orphaned()).isEmpty();
    }

    @Test
    void discardingARecoveredLadderAsksFirstThenOffersTheNextOne() throws Exception {
        var store = new app.dualtrack.session.RecoveryStore(dir.resolve("recovery"), -7);
        store.write("older", Ladder.named("Draft one"), null, java.time.Instant.parse("2026-11-23T08:00:00Z"));
        store.write("newer", Ladder.named("Draft two"), null, java.time.Instant.parse("2026-11-23T09:00:00Z"));
        var later = new app.dualtrack.session.RecoveryStore(dir.resolve("recovery"), -8);
        vm.offerRecovery(later);
        assertThat(dialogs.offers).hasSize(1);
        assertThat(dialogs.offers.get(0).labels()).as("never saved: nothing to compare with").containsExactly("Restore", "Discard…");

        dialogs.confirmAnswer = false;
        dialogs.answerOffer("Discard…");
        assertThat(later.orphaned()).as("a second thought keeps the copy").hasSize(2);
        assertThat(dialogs.offers).hasSize(2);

        dialogs.confirmAnswer = true;
        dialogs.answerOffer("Discard…");
        assertThat(later.orphaned()).hasSize(1);
        assertThat(dialogs.offers).as("the next copy is offered").hasSize(3);
        dialogs.answerOffer("Restore");
        assertThat(later.orphaned()).isEmpty();
        assertThat(vm.editor().document().isDirty()).isTrue();
        assertThat(vm.ladder().name()).isIn("Draft one", "Draft two");
    }

    @Test
    void restoringOverUnsavedWorkAsksToSaveItFirstAndCancelKeepsTheOffer() throws Exception {
        var store = new app.dualtrack.session.RecoveryStore(dir.resolve("recovery"), -7);
        store.write("crashed", Ladder.named("Recovered"), null, java.time.Instant.parse("2026-11-23T09:00:00Z"));
        vm.showUntitled(Template.SCALE_UP.load());
        vm.offerRecovery(new app.dualtrack.session.RecoveryStore(dir.resolve("recovery"), -8));
        vm.editor().addLevel(Track.TECHNICAL); // the user went on working while the banner showed
        dialogs.saveChoice = app.dualtrack.ui.dialog.DialogService.SaveChoice.CANCEL;
        dialogs.answerOffer("Restore");
        assertThat(vm.ladder().name()).isNotEqualTo("Recovered");
        assertThat(dialogs.offers).as("the offer stays").hasSize(2);
        dialogs.saveChoice = app.dualtrack.ui.dialog.DialogService.SaveChoice.DISCARD;
        dialogs.answerOffer("Restore");
        assertThat(vm.ladder().name()).isEqualTo("Recovered");
    }

    @Test
    void aRulesFileBesideTheLadderTunesTheLiveAnalysis() throws Exception {
        Path file = copyOfFlawedSample();
        Files.writeString(dir.resolve("northwind.ladder-rules.json"), "{\"rules\": {\"currency/drift\": \"off\"}}");
        vm.openFile(file);
        assertThat(vm.editor().reportProperty().get().findings()).noneMatch(f -> f.rule().equals("currency/drift"));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFileChangedUnderAnUnchangedDocumentIsReloadedWithoutAQuestionAndKeepsItsRulesFile() throws Exception {
        Path file = copyOfFlawedSample();
        Files.writeString(dir.resolve("northwind.ladder-rules.json"), "{\"rules\": {\"currency/drift\": \"off\"}}");
        vm.openFile(file);
        vm.editor().selectedLevelIdProperty().set("staff");
        Files.writeString(file, Files.readString(TestFiles.fixedSample()));
        vm.checkDisk();
        assertThat(dialogs.diskQuestions).isZero();
        assertThat(vm.ladder()).isEqualTo(LadderFiles.read(TestFiles.fixedSample()));
        assertThat(vm.editor().document().isDirty()).isFalse();
        assertThat(dialogs.news).singleElement().asString().contains("changed on disk and was reloaded");
        assertThat(vm.editor().reportProperty().get().findings()).noneMatch(f -> f.rule().equals("currency/drift"));
        vm.editor().undo(); // the version that was open comes back
        assertThat(vm.ladder()).isEqualTo(LadderFiles.read(TestFiles.flawedSample()));
    }

    @Test
    void withUnsavedChangesAChangedFileAsksAndReloadKeepsTheRulesFile() throws Exception {
        Path file = copyOfFlawedSample();
        Files.writeString(dir.resolve("northwind.ladder-rules.json"), "{\"rules\": {\"currency/drift\": \"off\"}}");
        vm.openFile(file);
        vm.editor().addLevel(Track.TECHNICAL);
        Files.writeString(file, Files.readString(TestFiles.flawedSample()).replace("Northwind", "Northwind Two"));
        dialogs.diskChoice = app.dualtrack.ui.dialog.DialogService.DiskChoice.RELOAD;
        vm.checkDisk();
        assertThat(dialogs.diskQuestions).isEqualTo(1);
        assertThat(vm.ladder().name()).contains("Northwind Two");
        assertThat(vm.editor().reportProperty().get().findings()).noneMatch(f -> f.rule().equals("currency/drift"));
    }

    @Test
    void thePairDialogOffersCodesAndCurrentPeersAndDefaultsToAnUnpairedLevel() throws Exception {
        vm.openFile(copyOfFlawedSample());
        vm.editor().selectedLevelIdProperty().set("staff");
        vm.editor().unpairSelected();
        Ladder l = vm.ladder();
        vm.editor().pairSelected();
        var firstFree = l.management().stream().filter(m -> l.peerOf(m.id()).isEmpty()).findFirst();
        assertThat(dialogs.lastChoiceDefault).isEqualTo(firstFree.map(m -> app.dualtrack.ui.document.LevelNames.withPeer(l, m)).orElse(null));
        assertThat(dialogs.lastChoiceLabels).anyMatch(s -> s.contains(" — paired with "));
        l.management().stream().filter(m -> m.code() != null).findFirst()
                .ifPresent(m -> assertThat(dialogs.lastChoiceLabels).anyMatch(s -> s.startsWith(m.code() + " " + m.title())));
    }

    @Test
    void levelCommandsCanRunOnlyWithALevelSelected() throws Exception {
        vm.openFile(copyOfFlawedSample());
        assertThat(vm.editor().levelSelectedProperty().get()).isFalse();
        assertThat(vm.editor().branchLevelSelectedProperty().get()).isFalse();
        vm.editor().selectedLevelIdProperty().set("staff");
        assertThat(vm.editor().levelSelectedProperty().get()).isTrue();
        assertThat(vm.editor().branchLevelSelectedProperty().get()).isTrue();
        vm.editor().selectedLevelIdProperty().set(vm.ladder().shared().get(0).id());
        assertThat(vm.editor().branchLevelSelectedProperty().get()).isFalse();
    }

    @Test
    void undoLabelsNameTheEditAndFollowUndoAndRedo() throws Exception {
        vm.openFile(copyOfFlawedSample());
        assertThat(vm.editor().undoLabelProperty().get()).isEqualTo("Undo");
        vm.editor().addLevel(Track.TECHNICAL);
        assertThat(vm.editor().undoLabelProperty().get()).isEqualTo("Undo Add technical level");
        vm.editor().undo();
        assertThat(vm.editor().undoLabelProperty().get()).isEqualTo("Undo");
        assertThat(vm.editor().redoLabelProperty().get()).isEqualTo("Redo Add technical level");
        assertThat(vm.editor().canRedoProperty().get()).isTrue();
    }

    @Test
    void aBadHeadcountOrPayBandIsShownAsAnErrorAndNeverSilentlyDropped() throws Exception {
        vm.openFile(copyOfFlawedSample());
        vm.editor().selectedLevelIdProperty().set("staff");
        InspectorViewModel inspector = new InspectorViewModel(vm.editor()::document, () -> vm.editor().selectedLevelIdProperty().get());
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
        vm.editor().selectedLevelIdProperty().set("staff");
        InspectorViewModel inspector = new InspectorViewModel(vm.editor()::document, () -> vm.editor().selectedLevelIdProperty().get());
        inspector.pull();
        boolean depth = inspector.growthProperty(app.dualtrack.model.Growth.DEPTH).get();
        inspector.growthProperty(app.dualtrack.model.Growth.DEPTH).set(!depth);
        assertThat(vm.ladder().level("staff").orElseThrow().growth().contains(app.dualtrack.model.Growth.DEPTH)).isEqualTo(!depth);
        vm.editor().undo();
        inspector.pull();
        assertThat(inspector.growthProperty(app.dualtrack.model.Growth.DEPTH).get()).isEqualTo(depth);
        String peer = vm.ladder().management().get(0).id();
        vm.editor().pair("staff", peer);
        inspector.pull();
        assertThat(inspector.peerIdProperty().get()).isEqualTo(peer);
    }

    @Test
    void aCopiedLevelPastesIntoAnotherLadderWithAFreshIdAndNoPeer() throws Exception {
        vm.openFile(copyOfFlawedSample());
        vm.editor().selectedLevelIdProperty().set("staff");
        vm.editor().copySelected();
        var copied = vm.ladder().level("staff").orElseThrow();
        vm.showUntitled(Template.SCALE_UP.load());
        int before = vm.ladder().technical().size();
        vm.editor().paste();
        assertThat(vm.ladder().technical()).hasSize(before + 1);
        var pasted = vm.ladder().level(vm.editor().selectedLevelIdProperty().get()).orElseThrow();
        assertThat(pasted.title()).isEqualTo(copied.title());
        assertThat(pasted.primary()).isEqualTo(copied.primary());
        assertThat(vm.ladder().peerOf(pasted.id())).isEmpty();
        vm.editor().paste(); // again: the id clashes now and gets a fresh one
        assertThat(vm.ladder().technical()).hasSize(before + 2);
        vm.editor().cutSelected();
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
