package app.dualtrack.ui.main;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Finding;
import app.dualtrack.analysis.SuppressedFinding;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;
import app.dualtrack.ui.analysis.LiveAnalysis;
import app.dualtrack.ui.dialog.DialogService;
import app.dualtrack.ui.document.LadderDocument;
import app.dualtrack.ui.prefs.AppPreferences;
import app.dualtrack.session.LadderFileSession;
import app.dualtrack.ui.document.LevelNames;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The state and commands of the main window: the open document, the selected level, the live
 * analysis report, and every file and ladder command. No controls here; the views bind to it.
 */
public final class MainViewModel implements app.dualtrack.ui.editing.LadderEditor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainViewModel.class);

    private final DialogService dialogs;
    private final AppPreferences prefs;
    private final LiveAnalysis analysis;
    private final Clock clock;
    private final ObjectProperty<LadderDocument> document = new SimpleObjectProperty<>();
    private final ObjectProperty<Ladder> ladder = new SimpleObjectProperty<>();
    private final StringProperty selectedLevelId = new SimpleStringProperty();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final StringBinding windowTitle;
    private app.dualtrack.ui.recovery.Autosaver autosaver;
    private LadderFileSession session = LadderFileSession.untitled();
    private final BooleanBinding levelSelected;
    private final BooleanBinding branchLevelSelected;
    private final BooleanBinding canUndo;
    private final BooleanBinding canRedo;
    private final StringBinding undoLabel;
    private final BooleanBinding selectedLevelPaired;
    private app.dualtrack.ui.document.LevelClipboard.Access clipboard = app.dualtrack.ui.document.LevelClipboard.Access.inMemory();
    private final StringBinding redoLabel;
    private java.util.function.BiConsumer<Ladder, Ladder> compareWithDisk = (onDisk, mine) -> { };
    private final StringBinding reviewStatus;

    public MainViewModel(DialogService dialogs, AppPreferences prefs, LiveAnalysis analysis, Clock clock) {
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.analysis = analysis;
        this.clock = clock;
        recentFiles.setAll(prefs.recentFiles());
        document.addListener((obs, old, doc) -> {
            ladder.unbind();
            ladder.bind(doc.ladderProperty());
        });
        ladder.addListener((obs, old, l) -> {
            analysis.request(l);
            if (selectedLevelId.get() != null && l.level(selectedLevelId.get()).isEmpty()) {
                selectedLevelId.set(null);
            }
        });
        windowTitle = Bindings.createStringBinding(this::computeTitle, document, ladder);
        reviewStatus = Bindings.createStringBinding(this::computeReviewStatus, ladder);
        levelSelected = Bindings.createBooleanBinding(() -> selectedLevel().isPresent(), selectedLevelId, ladder);
        branchLevelSelected = Bindings.createBooleanBinding(() -> selectedLevel()
                .flatMap(l -> ladder().trackOf(l.id())).map(Track::isBranch).orElse(false), selectedLevelId, ladder);
        // the ladder changes on every edit, undo and redo, after the document's history has moved
        canUndo = Bindings.createBooleanBinding(() -> document() != null && document().canUndo(), document, ladder);
        canRedo = Bindings.createBooleanBinding(() -> document() != null && document().canRedo(), document, ladder);
        selectedLevelPaired = Bindings.createBooleanBinding(() -> selectedLevel().flatMap(l -> ladder().peerOf(l.id())).isPresent(),
                selectedLevelId, ladder);
        undoLabel = Bindings.createStringBinding(() -> canUndo.get() ? "Undo " + document().undoDescriptionProperty().get() : "Undo", canUndo, ladder);
        redoLabel = Bindings.createStringBinding(() -> canRedo.get() ? "Redo " + document().redoDescriptionProperty().get() : "Redo", canRedo, ladder);
    }

    /** A level is selected: the level commands can run. */
    public BooleanBinding levelSelectedProperty() {
        return levelSelected;
    }

    /** A technical or management level is selected: it can be paired or moved to the other track. */
    public BooleanBinding branchLevelSelectedProperty() {
        return branchLevelSelected;
    }

    /** The selected level has a peer: Unpair can run. */
    public BooleanBinding selectedLevelPairedProperty() {
        return selectedLevelPaired;
    }

    /** Uses the system clipboard for cut, copy and paste of levels (tests keep the in-memory one). */
    public void setClipboard(app.dualtrack.ui.document.LevelClipboard.Access clipboard) {
        this.clipboard = clipboard;
    }

    public BooleanBinding canUndoProperty() {
        return canUndo;
    }

    public BooleanBinding canRedoProperty() {
        return canRedo;
    }

    /** "Undo Rename level", or "Undo" when there is nothing to undo. */
    public StringBinding undoLabelProperty() {
        return undoLabel;
    }

    public StringBinding redoLabelProperty() {
        return redoLabel;
    }

    // ------------------------------------------------------------------ state

    public ReadOnlyObjectProperty<LadderDocument> documentProperty() {
        return document;
    }

    public LadderDocument document() {
        return document.get();
    }

    public ReadOnlyObjectProperty<Ladder> ladderProperty() {
        return ladder;
    }

    public Ladder ladder() {
        return ladder.get();
    }

    public StringProperty selectedLevelIdProperty() {
        return selectedLevelId;
    }

    public Optional<Level> selectedLevel() {
        return ladder() == null ? Optional.empty() : ladder().level(selectedLevelId.get());
    }

    public ReadOnlyObjectProperty<AnalysisReport> reportProperty() {
        return analysis.reportProperty();
    }

    /** False for a level the live analysis has not looked at yet: its card says so instead of "no warnings". */
    public boolean isAnalysed(String levelId) {
        return analysis.hasAnalysed(levelId);
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public StringBinding windowTitleProperty() {
        return windowTitle;
    }

    /** "Reviewed 9 months ago", for the status bar. */
    public StringBinding reviewStatusProperty() {
        return reviewStatus;
    }

    /** The name the document goes by: its file name or "Untitled". */
    public String documentName() {
        LadderDocument d = document.get();
        return d == null || d.file() == null ? "Untitled" : d.file().getFileName().toString();
    }

    private String computeTitle() {
        LadderDocument d = document.get();
        if (d == null) {
            return "Dualtrack";
        }
        return (d.isDirty() ? "• " : "") + documentName() + " — " + ladder().name() + " — Dualtrack";
    }

    private String computeReviewStatus() {
        Ladder l = ladder.get();
        if (l == null || l.reviewed() == null) {
            return "Never reviewed";
        }
        long months = ChronoUnit.MONTHS.between(l.reviewed(), LocalDate.now(clock));
        if (months <= 0) {
            return "Reviewed this month";
        }
        return "Reviewed " + months + (months == 1 ? " month" : " months") + " ago";
    }

    // ------------------------------------------------------------------ documents

    /** Analyses with the rules file beside the ladder, as lint does; a broken rules file is explained once. */
    private void useSessionRules() {
        analysis.setAnalyzer(session.analyzer());
        session.rulesProblem().ifPresent(problem -> dialogs.showError("The rules file beside this ladder is not used", problem));
        analysis.request(ladder());
    }

    /** Keeps recovery copies of unsaved changes from now on. */
    public void setAutosaver(app.dualtrack.ui.recovery.Autosaver autosaver) {
        this.autosaver = autosaver;
        if (document() != null) {
            autosaver.attach(document());
        }
    }

    /** What "Compare" does when the file changed on disk: the disk version and ours. */
    public void setCompareWithDisk(java.util.function.BiConsumer<Ladder, Ladder> compare) {
        this.compareWithDisk = compare;
    }

    /** Shows a ladder as a new, unsaved or saved document. */
    public void show(Ladder initial, Path file) {
        show(initial, file == null ? LadderFileSession.untitled() : LadderFileSession.of(file));
    }

    private void show(Ladder initial, LadderFileSession fileSession) {
        session = fileSession;
        analysis.setAnalyzer(app.dualtrack.analysis.Analyzer.standard()); // until the ladder's own rules are applied
        LadderDocument doc = new LadderDocument(initial, fileSession.file());
        doc.dirtyProperty().addListener((o, a, b) -> windowTitle.invalidate());
        if (autosaver != null) {
            autosaver.attach(doc);
        }
        document.set(doc);
        selectedLevelId.set(null);
        windowTitle.invalidate();
    }

    public void newFrom(Template template) {
        if (!confirmDiscardChanges()) {
            return;
        }
        show(template.load(), (Path) null);
    }

    public void open() {
        if (!confirmDiscardChanges()) {
            return;
        }
        Path folder = document() != null && document().file() != null ? document().file().toAbsolutePath().getParent() : null;
        dialogs.chooseFileToOpen("Open Ladder", folder).ifPresent(this::openFile);
    }

    /** Opens a file without asking about unsaved changes (the caller did). Returns true on success. */
    public boolean openFile(Path file) {
        try {
            Ladder l = LadderFiles.read(file);
            show(l, LadderFileSession.of(file));
            useSessionRules();
            remember(file);
            return true;
        } catch (LadderFormatException e) {
            dialogs.showError("This ladder cannot be opened", e.getMessage());
            return false;
        }
    }

    public void openRecent(Path file) {
        if (confirmDiscardChanges()) {
            openFile(file);
        }
    }

    public boolean save() {
        LadderDocument d = document();
        if (d.file() == null) {
            return saveAs();
        }
        return saveTo(d.file());
    }

    public boolean saveAs() {
        LadderDocument d = document();
        Path folder = d.file() != null ? d.file().toAbsolutePath().getParent() : null;
        String suggested = d.file() != null ? d.file().getFileName().toString()
                : app.dualtrack.model.Ids.slug(ladder().name()) + ".ladder.json";
        Optional<Path> target = dialogs.chooseFileToSave("Save Ladder As", folder, suggested, "Ladders (*.ladder.json)", ".ladder.json");
        return target.isPresent() && saveTo(target.get());
    }

    /**
     * Checks whether the open file changed or vanished on disk since it was read or saved (called when
     * the window regains focus). Never overwrites anything; asks the user what to do.
     * Returns false when the user chose to stop (cancel, reload or compare) rather than keep their version.
     */
    public boolean checkDisk() {
        LadderDocument d = document();
        if (d == null || d.file() == null || !d.file().equals(session.file())) {
            return true;
        }
        switch (session.checkDisk()) {
            case UNCHANGED, NO_FILE:
                return true;
            case VANISHED:
                dialogs.showInformation("“" + documentName() + "” is no longer on disk",
                        "It was moved or deleted outside Dualtrack. Your version is still open: save it to put it back, or Save As… elsewhere.");
                session.forgetDisk();
                d.markUnsaved();
                windowTitle.invalidate();
                return true;
            default:
                break;
        }
        Ladder onDisk;
        try {
            onDisk = session.readFromDisk();
        } catch (LadderFormatException e) {
            onDisk = null;
        }
        if (!d.isDirty() && onDisk != null) {
            // nothing of the user's can be lost: take the new version and say so without stopping them
            reloadFrom(onDisk);
            dialogs.notify("“" + documentName() + "” changed on disk and was reloaded. Undo brings back the version you had open.", null, null);
            return false;
        }
        if (!d.isDirty()) {
            dialogs.notify("“" + documentName() + "” changed on disk into something Dualtrack cannot open; the version you had open stays.", null, null);
        }
        DialogService.DiskChoice choice = d.isDirty() ? dialogs.askDiskChanged(documentName()) : DialogService.DiskChoice.KEEP_MINE;
        switch (choice) {
            case RELOAD -> {
                if (onDisk == null) {
                    dialogs.showError("The file on disk cannot be read", "It changed into something Dualtrack cannot open; your version stays open.");
                    return false;
                }
                reloadFrom(onDisk);
                return false;
            }
            case KEEP_MINE -> {
                session.acceptDiskAsSeen();
                d.markUnsaved();
                windowTitle.invalidate();
                return true;
            }
            case COMPARE -> {
                if (onDisk != null) {
                    compareWithDisk.accept(onDisk, d.ladder());
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * Takes the version on disk as an undoable edit, so the selection and undo history survive and
     * the rules file beside the ladder is read again (it may have changed with it).
     */
    private void reloadFrom(Ladder onDisk) {
        LadderDocument d = document();
        d.replaceAll(onDisk, "Reload from disk");
        d.markSaved(d.file());
        session.reloaded();
        useSessionRules();
        windowTitle.invalidate();
    }

    /** Offers to restore ladders whose window crashed or was killed; restores at most one into this window. */
    public void offerRecovery(app.dualtrack.ui.recovery.RecoveryStore store) {
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", java.util.Locale.ENGLISH)
                .withZone(clock.getZone());
        boolean restored = false;
        for (var entry : store.orphaned()) {
            var recovered = store.read(entry);
            if (recovered.isEmpty()) {
                store.discard(entry.id());
                continue;
            }
            if (restored) {
                continue; // one at a time: the others are offered at the next start
            }
            String diskNote = entry.original() == null ? "It was never saved."
                    : !java.nio.file.Files.exists(entry.original()) ? "Its file, " + entry.original() + ", no longer exists."
                    : recoveredDiffers(entry.original(), recovered.get()) ? "It differs from " + entry.original() + " on disk."
                    : "It is the same as " + entry.original() + " on disk.";
            String details = "Dualtrack closed without saving your changes. A copy was kept, last edited on "
                    + when.format(entry.lastEdited()) + ". " + diskNote;
            boolean canCompare = entry.original() != null && java.nio.file.Files.exists(entry.original());
            DialogService.RecoveryChoice choice;
            // "Compare" shows the file on disk beside the recovered copy, then asks again
            while ((choice = dialogs.askRecovery(entry.displayName(), details, canCompare)) == DialogService.RecoveryChoice.COMPARE) {
                try {
                    compareWithDisk.accept(LadderFiles.read(entry.original()), recovered.get());
                } catch (LadderFormatException e) {
                    dialogs.showError("The file on disk cannot be read", e.getMessage());
                    canCompare = false;
                }
            }
            switch (choice) {
                case RESTORE -> {
                    LOG.info("Restoring the recovery copy of {} from {}", entry.displayName(), entry.lastEdited());
                    restore(entry.original(), recovered.get());
                    store.discard(entry.id());
                    restored = true;
                }
                case DISCARD -> {
                    LOG.info("Discarding the recovery copy of {} from {}", entry.displayName(), entry.lastEdited());
                    store.discard(entry.id());
                }
                default -> { }
            }
        }
    }

    private static boolean recoveredDiffers(Path original, Ladder recovered) {
        try {
            return !LadderFiles.read(original).equals(recovered);
        } catch (LadderFormatException e) {
            return true;
        }
    }

    private void restore(Path original, Ladder recovered) {
        if (original != null && java.nio.file.Files.exists(original) && openFile(original)) {
            document().replaceAll(recovered, "Restore unsaved changes");
        } else {
            show(recovered, original == null ? LadderFileSession.untitled() : LadderFileSession.of(original));
            document().markUnsaved();
        }
        windowTitle.invalidate();
    }

    /** Saves; on failure tells the user and leaves the document open and dirty. */
    public boolean saveTo(Path file) {
        LadderDocument d = document();
        if (file.equals(d.file()) && !checkDisk()) {
            return false;
        }
        try {
            Path before = session.file();
            session.save(d.ladder(), file);
            d.markSaved(file);
            if (!file.equals(before)) {
                useSessionRules(); // saved under another name: that name's rules file applies now
            }
            remember(file);
            windowTitle.invalidate();
            return true;
        } catch (app.dualtrack.format.FileChangedException e) {
            // changed between the check above and the save: ask as when the window regains focus, then save if the user keeps theirs
            return checkDisk() && java.nio.file.Files.exists(file) && saveTo(file);
        } catch (IOException e) {
            dialogs.showError("The ladder was not saved", app.dualtrack.format.SaveProblem.describe(e, file));
            return false;
        }
    }

    /** Asks to save unsaved changes; false when the user cancels. */
    public boolean confirmDiscardChanges() {
        LadderDocument d = document();
        if (d == null || !d.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSave(documentName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private void remember(Path file) {
        prefs.addRecentFile(file);
        recentFiles.setAll(prefs.recentFiles());
    }

    // ------------------------------------------------------------------ ladder commands

    public void undo() {
        document().undo();
    }

    public void redo() {
        document().redo();
    }

    /** Adds a level on top of a track, selects it and returns its id. */
    public String addLevel(Track track) {
        Ladder l = ladder();
        String title = switch (track) {
            case TECHNICAL -> "New technical level";
            case MANAGEMENT -> "New management level";
            case SHARED -> "New shared level";
        };
        String id = l.unusedLevelId(track == Track.SHARED ? "level" : track.key() + "-level");
        Level level = Level.of(id, title);
        document().apply("Add " + track.label().toLowerCase() + " level", x -> x.addLevel(track, x.track(track).size(), level));
        selectedLevelId.set(id);
        return id;
    }

    /** Puts the selected level on the clipboard as ladder JSON. */
    public void copySelected() {
        selectedLevel().ifPresent(level -> clipboard.putText(app.dualtrack.ui.document.LevelClipboard.copy(ladder(), level.id())));
    }

    /** Copies the selected level and removes it, as one undoable edit (no question: undo brings it back). */
    public void cutSelected() {
        selectedLevel().ifPresent(level -> {
            copySelected();
            document().apply("Cut " + LevelNames.of(level), x -> x.removeLevel(level.id()));
        });
    }

    /** Pastes a level from the clipboard above the selected one (or on top of its track) and selects it. */
    public void paste() {
        Optional<String> text = clipboard.text();
        var pasted = text.flatMap(t -> app.dualtrack.ui.document.LevelClipboard.paste(ladder(), t, selectedLevelId.get()));
        if (pasted.isEmpty()) {
            dialogs.notify("The clipboard holds no level to paste. Copy a level first (in this or another ladder).", null, null);
            return;
        }
        document().apply("Paste level", x -> pasted.get().ladder());
        selectedLevelId.set(pasted.get().levelId());
    }

    public void deleteSelected() {
        selectedLevel().ifPresent(level -> {
            if (dialogs.confirm("Delete " + LevelNames.of(level) + "?",
                    "The level, its behaviours and its pairings are removed. You can undo this.", "Delete")) {
                document().apply("Delete level", x -> x.removeLevel(level.id()));
            }
        });
    }

    public void duplicateSelected() {
        selectedLevel().ifPresent(level -> {
            document().apply("Duplicate level", x -> x.duplicateLevel(level.id()));
            Ladder l = ladder();
            int i = l.indexOf(level.id()) + 1;
            l.trackOf(level.id()).map(t -> l.track(t).get(i).id()).ifPresent(selectedLevelId::set);
        });
    }

    public void moveSelected(int delta) {
        selectedLevel().ifPresent(level -> document().apply(delta > 0 ? "Move level up" : "Move level down",
                x -> x.shiftLevel(level.id(), delta)));
    }

    /** Moves a level to a position on a track (drag and drop). */
    public void moveLevel(String id, Track track, int index) {
        document().apply("Move level", x -> x.moveLevel(id, track, index));
    }

    public void moveSelectedToOtherTrack() {
        selectedLevel().ifPresent(level -> {
            Track t = ladder().trackOf(level.id()).orElseThrow();
            if (!t.isBranch()) {
                dialogs.showInformation("Shared levels stay shared", "Shared levels sit below the branch point; add a level to a track instead.");
                return;
            }
            Track to = t.opposite();
            document().apply("Move level to " + to.label().toLowerCase() + " track", x -> x.moveLevel(level.id(), to, x.track(to).size()));
        });
    }

    /** Pairs the selected level with a peer chosen from the other track. */
    public void pairSelected() {
        selectedLevel().ifPresent(level -> {
            Track t = ladder().trackOf(level.id()).orElseThrow();
            if (!t.isBranch()) {
                dialogs.showInformation("Shared levels have no peers", "Only technical and management levels are paired as peers.");
                return;
            }
            Ladder l = ladder();
            List<Level> candidates = l.track(t.opposite());
            // the current peer first, else the first level nobody is paired with yet
            Level initial = l.peerOf(level.id()).orElseGet(() -> candidates.stream()
                    .filter(c -> l.peerOf(c.id()).isEmpty()).findFirst().orElse(null));
            dialogs.choose("Pair " + LevelNames.of(level), "Choose its peer on the " + t.opposite().label().toLowerCase() + " track:",
                    candidates, c -> LevelNames.withPeer(l, c), initial).ifPresent(peer -> pair(level.id(), peer.id()));
        });
    }

    public void pair(String a, String b) {
        Ladder l = ladder();
        Track ta = l.trackOf(a).orElse(Track.SHARED);
        Track tb = l.trackOf(b).orElse(Track.SHARED);
        if (!ta.isBranch() || !tb.isBranch() || ta == tb) {
            return;
        }
        document().apply("Pair levels", x -> x.pair(a, b));
    }

    public void unpairSelected() {
        selectedLevel().ifPresent(level -> document().apply("Unpair level", x -> x.unpair(level.id())));
    }

    public void suppress(Finding finding) {
        String where = finding.level() == null ? "the whole ladder" : ladder().level(finding.level()).map(app.dualtrack.ui.document.LevelNames::of).orElse(finding.level());
        dialogs.askText("Suppress finding", "Why do you keep this as it is? The reason is stored in the ladder file for "
                + where + ".", "").map(String::strip).filter(s -> !s.isEmpty())
                .ifPresent(reason -> document().apply("Suppress finding", x -> x.suppress(finding.rule(), finding.level(), reason)));
    }

    public void unsuppress(SuppressedFinding s) {
        document().apply("Unsuppress finding", x -> x.unsuppress(s.finding().rule(), s.finding().level()));
    }

    public void markReviewedToday() {
        document().apply("Mark reviewed", x -> x.toBuilder().reviewed(LocalDate.now(clock)).build());
    }

    public void updateLadder(String description, Ladder updated) {
        document().apply(description, x -> updated);
    }
}
