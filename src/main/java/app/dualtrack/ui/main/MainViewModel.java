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
public final class MainViewModel {
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
    private app.dualtrack.ui.recovery.DiskState disk;
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

    /** A NAME.ladder-rules.json beside the ladder tunes the analysis for it, as it does for lint. */
    private void useRulesBeside(Path file) {
        String name = file.getFileName().toString();
        Path rules = name.endsWith(".ladder.json")
                ? file.resolveSibling(name.substring(0, name.length() - ".ladder.json".length()) + ".ladder-rules.json") : null;
        app.dualtrack.analysis.RuleOverrides overrides = app.dualtrack.analysis.RuleOverrides.NONE;
        if (rules != null && java.nio.file.Files.isRegularFile(rules)) {
            try {
                if (java.nio.file.Files.size(rules) > 1_000_000) {
                    throw new IOException("larger than 1 MB");
                }
                overrides = app.dualtrack.analysis.RuleOverrides.parse(java.nio.file.Files.readString(rules), rules.toString());
            } catch (app.dualtrack.analysis.RuleOverrides.InvalidRulesException e) {
                dialogs.showError("The rules file beside this ladder is not used", e.getMessage());
            } catch (IOException e) {
                dialogs.showError("The rules file beside this ladder is not used", rules + ": cannot be read: " + e.getMessage());
            }
        }
        analysis.setAnalyzer(app.dualtrack.analysis.Analyzer.withOverrides(overrides));
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
        analysis.setAnalyzer(app.dualtrack.analysis.Analyzer.standard()); // a rules file applies to its own ladder only
        LadderDocument doc = new LadderDocument(initial, file);
        doc.dirtyProperty().addListener((o, a, b) -> windowTitle.invalidate());
        disk = file == null ? null : app.dualtrack.ui.recovery.DiskState.of(file);
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
        show(template.load(), null);
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
            show(l, file);
            useRulesBeside(file);
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
        if (d == null || d.file() == null || disk == null || !disk.file().equals(d.file())) {
            return true;
        }
        switch (disk.check()) {
            case UNCHANGED:
                return true;
            case VANISHED:
                dialogs.showInformation("“" + documentName() + "” is no longer on disk",
                        "It was moved or deleted outside Dualtrack. Your version is still open: save it to put it back, or Save As… elsewhere.");
                disk = null;
                d.markUnsaved();
                windowTitle.invalidate();
                return true;
            default:
                break;
        }
        Ladder onDisk;
        try {
            onDisk = LadderFiles.read(d.file());
        } catch (LadderFormatException e) {
            onDisk = null;
        }
        DialogService.DiskChoice choice = dialogs.askDiskChanged(documentName());
        switch (choice) {
            case RELOAD -> {
                if (onDisk == null) {
                    dialogs.showError("The file on disk cannot be read", "It changed into something Dualtrack cannot open; your version stays open.");
                    return false;
                }
                Path f = d.file();
                show(onDisk, f);
                return false;
            }
            case KEEP_MINE -> {
                disk = app.dualtrack.ui.recovery.DiskState.of(d.file());
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
                    restore(entry.original(), recovered.get());
                    store.discard(entry.id());
                    restored = true;
                }
                case DISCARD -> store.discard(entry.id());
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
            show(recovered, original);
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
            // replaced only if still what was read: another program's save in the meantime is never lost
            boolean sameFile = file.equals(d.file()) && disk != null && disk.file().equals(file) && disk.sha256().length > 0;
            LadderFiles.save(d.ladder(), file, sameFile ? disk.sha256() : null);
            disk = app.dualtrack.ui.recovery.DiskState.of(file);
            d.markSaved(file);
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

    public void deleteSelected() {
        selectedLevel().ifPresent(level -> {
            if (dialogs.confirm("Delete “" + level.title() + "”?",
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
            List<Level> candidates = ladder().track(t.opposite());
            dialogs.choose("Pair “" + level.title() + "”", "Choose its peer on the " + t.opposite().label().toLowerCase() + " track:",
                    candidates, Level::title).ifPresent(peer -> pair(level.id(), peer.id()));
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
        String where = finding.level() == null ? "the whole ladder" : ladder().level(finding.level()).map(Level::title).orElse(finding.level());
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
