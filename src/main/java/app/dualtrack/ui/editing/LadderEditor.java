package app.dualtrack.ui.editing;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Finding;
import app.dualtrack.analysis.SuppressedFinding;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;
import app.dualtrack.session.LadderDocument;
import app.dualtrack.session.OpenLadder;
import app.dualtrack.ui.dialog.DialogService;
import app.dualtrack.ui.document.LevelClipboard;
import app.dualtrack.ui.document.LevelNames;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The open ladder as the editor's panes (ladder, inspector, warnings, find) see it: JavaFX properties
 * that follow the {@link OpenLadder} session, the selected level, and the ladder commands (add, cut,
 * copy, paste, delete, move, pair, suppress, undo). The panes and the feature views depend on this,
 * not on the main window; the main window only decides which ladder is open.
 *
 * <p>The session knows nothing of JavaFX; this class turns its change notifications (which arrive on
 * the FX thread, where all edits are made) into properties the views bind to.
 */
public final class LadderEditor {
    /**
     * The newest analysis of the open ladder: the snapshot it looked at and what it found. A new one
     * differs from the last whenever the ladder or the findings do, so a view that shows which levels
     * have been looked at hears of it even when the findings stay the same (a first report with
     * nothing to say equals the empty report the editor starts with).
     */
    public record Analysis(Ladder ladder, AnalysisReport report) {
    }

    private final DialogService dialogs;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<OpenLadder> open = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Ladder> ladder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<AnalysisReport> report = new ReadOnlyObjectWrapper<>(AnalysisReport.EMPTY);
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
    private final StringProperty selectedLevelId = new SimpleStringProperty();
    private final BooleanBinding levelSelected;
    private final BooleanBinding branchLevelSelected;
    private final BooleanBinding selectedLevelPaired;
    private final BooleanBinding canUndo;
    private final BooleanBinding canRedo;
    private final StringBinding undoLabel;
    private final StringBinding redoLabel;
    private final Runnable followDocument = this::documentChanged;
    private LevelClipboard.Access clipboard = LevelClipboard.Access.inMemory();

    public LadderEditor(DialogService dialogs, Clock clock) {
        this.dialogs = dialogs;
        this.clock = clock;
        ladder.addListener((obs, old, l) -> {
            if (l != null && selectedLevelId.get() != null && l.level(selectedLevelId.get()).isEmpty()) {
                selectedLevelId.set(null);
            }
        });
        levelSelected = Bindings.createBooleanBinding(() -> selectedLevel().isPresent(), selectedLevelId, ladder);
        branchLevelSelected = Bindings.createBooleanBinding(() -> selectedLevel()
                .flatMap(l -> ladder().trackOf(l.id())).map(Track::isBranch).orElse(false), selectedLevelId, ladder);
        selectedLevelPaired = Bindings.createBooleanBinding(() -> selectedLevel().flatMap(l -> ladder().peerOf(l.id())).isPresent(),
                selectedLevelId, ladder);
        // the ladder changes on every edit, undo and redo, after the document's history has moved
        canUndo = Bindings.createBooleanBinding(() -> document() != null && document().canUndo(), open, ladder);
        canRedo = Bindings.createBooleanBinding(() -> document() != null && document().canRedo(), open, ladder);
        undoLabel = Bindings.createStringBinding(() -> canUndo.get() ? "Undo " + document().undoDescription() : "Undo", canUndo, ladder);
        redoLabel = Bindings.createStringBinding(() -> canRedo.get() ? "Redo " + document().redoDescription() : "Redo", canRedo, ladder);
    }

    /** Shows this ladder from now on; the one shown before is closed (its recovery copy goes). */
    public void show(OpenLadder next) {
        OpenLadder previous = open.get();
        if (previous != null) {
            previous.document().removeListener(followDocument);
            previous.close();
        }
        selectedLevelId.set(null);
        next.document().addListener(followDocument);
        next.analysis().addListener(r -> {
            if (open.get() == next) {
                report.set(r); // first: a view that hears of the analysis reads the report
                analysis.set(new Analysis(next.analysis().analysedLadder(), r));
            }
        });
        open.set(next);
        documentChanged();
        // after the ladder, so that a view redrawn for this analysis names the new ladder's levels
        Ladder analysed = next.analysis().analysedLadder();
        report.set(next.report());
        analysis.set(analysed == null ? null : new Analysis(analysed, next.report()));
    }

    private void documentChanged() {
        OpenLadder o = open.get();
        file.set(o.file());
        dirty.set(o.document().isDirty());
        ladder.set(o.ladder()); // last: whoever reacts to the new ladder sees the new file, history and dirty state
    }

    // ------------------------------------------------------------------ state

    public ReadOnlyObjectProperty<OpenLadder> openLadderProperty() {
        return open.getReadOnlyProperty();
    }

    public OpenLadder openLadder() {
        return open.get();
    }

    /** The open ladder's document (edits, undo history), or null before the first ladder is shown. */
    public LadderDocument document() {
        return open.get() == null ? null : open.get().document();
    }

    public ReadOnlyObjectProperty<Ladder> ladderProperty() {
        return ladder.getReadOnlyProperty();
    }

    public Ladder ladder() {
        return ladder.get();
    }

    /** The file the open ladder is saved as; null before its first save. Changes on Save As. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    /** Unsaved changes: the window title shows "•". */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The id of the level being edited, or null. */
    public StringProperty selectedLevelIdProperty() {
        return selectedLevelId;
    }

    public Optional<Level> selectedLevel() {
        return ladder() == null ? Optional.empty() : ladder().level(selectedLevelId.get());
    }

    /**
     * The open ladder's findings, empty before its first analysis ({@link #analysisProperty()} says
     * whether there has been one). Listeners hear only of a report that differs from the last.
     */
    public ReadOnlyObjectProperty<AnalysisReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The newest analysis of the open ladder, or null while its first is still running. */
    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** False for a level the live analysis has not looked at yet: its card says so instead of "no warnings". */
    public boolean isAnalysed(String levelId) {
        Analysis a = analysis.get();
        return a != null && a.ladder().level(levelId).isPresent();
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

    /** Uses the system clipboard for cut, copy and paste of levels (tests keep the in-memory one). */
    public void setClipboard(LevelClipboard.Access clipboard) {
        this.clipboard = clipboard;
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
        selectedLevel().ifPresent(level -> clipboard.putText(LevelClipboard.copy(ladder(), level.id())));
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
        var pasted = text.flatMap(t -> LevelClipboard.paste(ladder(), t, selectedLevelId.get()));
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

    /** Pairs two levels of opposite tracks; anything else is ignored. */
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

    /** Asks why, then keeps the finding as it is with that reason in the file. */
    public void suppress(Finding finding) {
        String where = finding.level() == null ? "the whole ladder" : ladder().level(finding.level()).map(LevelNames::of).orElse(finding.level());
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

    /** Replaces the ladder by an edited copy as one named, undoable edit (the dialogs' edits). */
    public void updateLadder(String description, Ladder updated) {
        document().apply(description, x -> updated);
    }
}
