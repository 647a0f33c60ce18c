package app.dualtrack.ui.main;

import app.dualtrack.format.FileChangedException;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.format.SaveProblem;
import app.dualtrack.model.Ids;
import app.dualtrack.model.Ladder;
import app.dualtrack.session.OpenLadder;
import app.dualtrack.session.RecoveryStore;
import app.dualtrack.session.SessionContext;
import app.dualtrack.ui.dialog.DialogService;
import app.dualtrack.ui.editing.LadderEditor;
import app.dualtrack.ui.prefs.AppPreferences;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The main window's own concerns: which ladder is open (new, open, recent, recovery), saving it, the
 * file changing underneath, and the window title. What is open is an {@link OpenLadder} session;
 * editing it is the {@link LadderEditor}'s, which the panes and feature views depend on.
 */
public final class MainViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainViewModel.class);

    private final DialogService dialogs;
    private final AppPreferences prefs;
    private final SessionContext context;
    private final Clock clock;
    private final LadderEditor editor;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final StringBinding windowTitle;
    private final StringBinding reviewStatus;
    private BiConsumer<Ladder, Ladder> compareWithDisk = (onDisk, mine) -> { };

    public MainViewModel(DialogService dialogs, AppPreferences prefs, SessionContext context) {
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.context = context;
        this.clock = context.clock();
        this.editor = new LadderEditor(dialogs, clock);
        recentFiles.setAll(prefs.recentFiles());
        windowTitle = Bindings.createStringBinding(this::computeTitle, editor.ladderProperty(), editor.fileProperty(), editor.dirtyProperty());
        reviewStatus = Bindings.createStringBinding(this::computeReviewStatus, editor.ladderProperty());
    }

    /** The open ladder as the panes edit it: its properties, selection and ladder commands. */
    public LadderEditor editor() {
        return editor;
    }

    /** The open ladder session (document, file, analysis, recovery copy). */
    public OpenLadder openLadder() {
        return editor.openLadder();
    }

    public Ladder ladder() {
        return editor.ladder();
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
        return openLadder() == null ? "Untitled" : openLadder().name();
    }

    private String computeTitle() {
        if (openLadder() == null) {
            return "Dualtrack";
        }
        return (editor.dirtyProperty().get() ? "• " : "") + documentName() + " — " + ladder().name() + " — Dualtrack";
    }

    private String computeReviewStatus() {
        Ladder l = ladder();
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

    /** A broken rules file beside the ladder is explained once, when the ladder is opened or saved under a new name. */
    private void explainRulesProblem() {
        openLadder().rulesProblem().ifPresent(problem -> dialogs.showError("The rules file beside this ladder is not used", problem));
    }

    /** What "Compare" does when the file changed on disk: the disk version and ours. */
    public void setCompareWithDisk(BiConsumer<Ladder, Ladder> compare) {
        this.compareWithDisk = compare;
    }

    /** Shows a ladder that has no file yet (the built-in example, a template). */
    public void showUntitled(Ladder ladder) {
        editor.show(OpenLadder.untitled(ladder, context));
    }

    public void newFrom(Template template) {
        if (!confirmDiscardChanges()) {
            return;
        }
        showUntitled(template.load());
    }

    public void open() {
        if (!confirmDiscardChanges()) {
            return;
        }
        Path folder = editor.file() != null ? editor.file().toAbsolutePath().getParent() : null;
        dialogs.chooseFileToOpen("Open Ladder", folder).ifPresent(this::openFile);
    }

    /** Opens a file without asking about unsaved changes (the caller did). Returns true on success. */
    public boolean openFile(Path file) {
        try {
            editor.show(OpenLadder.read(file, context));
            explainRulesProblem();
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
        Path file = openLadder().file();
        return file == null ? saveAs() : saveTo(file);
    }

    public boolean saveAs() {
        Path file = openLadder().file();
        Path folder = file != null ? file.toAbsolutePath().getParent() : null;
        String suggested = file != null ? file.getFileName().toString() : Ids.slug(ladder().name()) + ".ladder.json";
        Optional<Path> target = dialogs.chooseFileToSave("Save Ladder As", folder, suggested, "Ladders (*.ladder.json)", ".ladder.json");
        return target.isPresent() && saveTo(target.get());
    }

    /**
     * Checks whether the open file changed or vanished on disk since it was read or saved (called when
     * the window regains focus). Never overwrites anything; asks the user what to do.
     * Returns false when the user chose to stop (cancel, reload or compare) rather than keep their version.
     */
    public boolean checkDisk() {
        OpenLadder open = openLadder();
        if (open == null) {
            return true;
        }
        boolean dirty = open.document().isDirty();
        switch (open.checkDisk()) {
            case UNCHANGED, NO_FILE:
                return true;
            case VANISHED:
                dialogs.showInformation("“" + documentName() + "” is no longer on disk",
                        "It was moved or deleted outside Dualtrack. Your version is still open: save it to put it back, or Save As… elsewhere.");
                open.fileVanished();
                return true;
            default:
                break;
        }
        Ladder onDisk;
        try {
            onDisk = open.readFromDisk();
        } catch (LadderFormatException e) {
            onDisk = null;
        }
        if (!dirty && onDisk != null) {
            // nothing of the user's can be lost: take the new version and say so without stopping them
            reloadFrom(onDisk);
            dialogs.notify("“" + documentName() + "” changed on disk and was reloaded. Undo brings back the version you had open.", null, null);
            return false;
        }
        if (!dirty) {
            dialogs.notify("“" + documentName() + "” changed on disk into something Dualtrack cannot open; the version you had open stays.", null, null);
        }
        DialogService.DiskChoice choice = dirty ? dialogs.askDiskChanged(documentName()) : DialogService.DiskChoice.KEEP_MINE;
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
                open.keepMineOverDisk();
                return true;
            }
            case COMPARE -> {
                if (onDisk != null) {
                    compareWithDisk.accept(onDisk, open.ladder());
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** Takes the version on disk as an undoable edit (see {@link OpenLadder#reloadFrom}); a broken rules file is explained. */
    private void reloadFrom(Ladder onDisk) {
        openLadder().reloadFrom(onDisk);
        explainRulesProblem();
    }

    /**
     * Offers, in a banner that does not stop the user, to restore a ladder whose window crashed or was
     * killed. One at a time: discarding one offers the next; the rest wait for the next start, as does
     * a copy the user closes the banner on.
     */
    public void offerRecovery(RecoveryStore store) {
        for (RecoveryStore.Entry entry : store.orphaned()) {
            Optional<Ladder> recovered = store.read(entry);
            if (recovered.isPresent()) {
                offerRecovery(store, entry, recovered.get());
                return;
            }
            store.discard(entry.id()); // unreadable: nothing in it could be restored
        }
    }

    private void offerRecovery(RecoveryStore store, RecoveryStore.Entry entry, Ladder recovered) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH).withZone(clock.getZone());
        Path original = entry.original();
        boolean onDisk = original != null && Files.exists(original);
        String diskNote = original == null ? "It was never saved."
                : !onDisk ? "Its file, " + original + ", no longer exists."
                : recoveredDiffers(original, recovered) ? "It differs from the file on disk."
                : "It is the same as the file on disk.";
        String message = "Dualtrack closed without saving “" + entry.displayName() + "”: your changes were kept, last edited on "
                + when.format(entry.lastEdited()) + ". " + diskNote;
        List<DialogService.Choice> choices = new ArrayList<>();
        choices.add(new DialogService.Choice("Restore", () -> {
            if (!confirmDiscardChanges()) {
                offerRecovery(store, entry, recovered); // the user kept what is open: the offer stays
                return;
            }
            LOG.info("Restoring the recovery copy of {} from {}", entry.displayName(), entry.lastEdited());
            restore(original, recovered);
            store.discard(entry.id());
        }));
        if (onDisk) {
            choices.add(new DialogService.Choice("Compare with File", () -> {
                try {
                    compareWithDisk.accept(LadderFiles.read(original), recovered);
                } catch (LadderFormatException e) {
                    dialogs.showError("The file on disk cannot be read", e.getMessage());
                }
                offerRecovery(store, entry, recovered); // still to decide, now knowing the difference
            }));
        }
        choices.add(new DialogService.Choice("Discard…", () -> {
            if (dialogs.confirm("Discard the unsaved changes to “" + entry.displayName() + "”?",
                    "The recovery copy is deleted; this cannot be undone.", "Discard")) {
                LOG.info("Discarding the recovery copy of {} from {}", entry.displayName(), entry.lastEdited());
                store.discard(entry.id());
                offerRecovery(store);
            } else {
                offerRecovery(store, entry, recovered);
            }
        }));
        dialogs.offer(message, choices);
    }

    private static boolean recoveredDiffers(Path original, Ladder recovered) {
        try {
            return !LadderFiles.read(original).equals(recovered);
        } catch (LadderFormatException e) {
            return true;
        }
    }

    private void restore(Path original, Ladder recovered) {
        if (original != null && Files.exists(original) && openFile(original)) {
            openLadder().document().replaceAll(recovered, "Restore unsaved changes");
        } else {
            editor.show(OpenLadder.recovered(recovered, original, context));
        }
    }

    /** Saves; on failure tells the user and leaves the document open and dirty. */
    public boolean saveTo(Path file) {
        OpenLadder open = openLadder();
        if (file.equals(open.file()) && !checkDisk()) {
            return false;
        }
        try {
            Path before = open.file();
            open.save(file);
            if (!file.equals(before)) {
                explainRulesProblem(); // saved under another name: that name's rules file applies now
            }
            remember(file);
            return true;
        } catch (FileChangedException e) {
            // changed between the check above and the save: ask as when the window regains focus, then save if the user keeps theirs
            return checkDisk() && Files.exists(file) && saveTo(file);
        } catch (IOException e) {
            dialogs.showError("The ladder was not saved", SaveProblem.describe(e, file));
            return false;
        }
    }

    /** Asks to save unsaved changes; false when the user cancels. */
    public boolean confirmDiscardChanges() {
        if (openLadder() == null || !openLadder().document().isDirty()) {
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

}
