package app.dualtrack.ui.document;

import app.dualtrack.model.Ladder;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * The open ladder: its current snapshot, its file, and its history of named edits.
 *
 * <p>Every change goes through {@link #apply}; undo and redo swap snapshots. A revision counter
 * moves on every edit, undo and redo; the document is dirty while the revision differs from the
 * one last saved (so undoing back to the saved state makes it clean again).
 */
public final class LadderDocument {
    private static final long MERGE_WINDOW_MILLIS = 1500;
    private static final int HISTORY_LIMIT = 500;

    private final ObjectProperty<Ladder> ladder = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final LongProperty revision = new SimpleLongProperty();
    private final LongProperty savedRevision = new SimpleLongProperty();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper();
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    /** The revision each snapshot on the undo stack had, so undo restores the revision too. */
    private final Deque<Long> undoRevisions = new ArrayDeque<>();
    private final Deque<Long> redoRevisions = new ArrayDeque<>();
    private final LongSupplier clock;
    private long nextRevision = 1;

    public LadderDocument(Ladder initial, Path file) {
        this(initial, file, System::currentTimeMillis);
    }

    public LadderDocument(Ladder initial, Path file, LongSupplier clock) {
        this.clock = clock;
        this.ladder.set(initial);
        this.file.set(file);
        BooleanBinding isDirty = Bindings.createBooleanBinding(() -> revision.get() != savedRevision.get(), revision, savedRevision);
        dirty.bind(isDirty);
    }

    public ReadOnlyObjectProperty<Ladder> ladderProperty() {
        return ladder;
    }

    public Ladder ladder() {
        return ladder.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** "Rename level", or empty when there is nothing to undo. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Applies an edit; a no-op edit (same ladder) is not recorded. Returns true when something changed. */
    public boolean apply(String description, UnaryOperator<Ladder> edit) {
        return apply(description, null, edit);
    }

    /**
     * Applies an edit that merges with the previous one when both have the same {@code mergeKey}
     * and follow each other quickly, so that typing a sentence is one undo step, not forty.
     */
    public boolean apply(String description, String mergeKey, UnaryOperator<Ladder> edit) {
        Ladder before = ladder.get();
        Ladder after = edit.apply(before);
        if (after == null || after.equals(before)) {
            return false;
        }
        long now = clock.getAsLong();
        Edit last = undo.peek();
        boolean merge = mergeKey != null && last != null && mergeKey.equals(last.mergeKey())
                && now - last.timeMillis() < MERGE_WINDOW_MILLIS && revision.get() != savedRevision.get();
        if (merge) {
            undo.pop();
            undo.push(new Edit(description, last.before(), after, mergeKey, now));
        } else {
            undo.push(new Edit(description, before, after, mergeKey, now));
            undoRevisions.push(revision.get());
            if (undo.size() > HISTORY_LIMIT) {
                undo.removeLast();
                undoRevisions.removeLast();
            }
        }
        redo.clear();
        redoRevisions.clear();
        revision.set(nextRevision++);
        updateDescriptions();
        ladder.set(after); // last: whoever reacts to the new ladder sees the new history and revision
        return true;
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Edit e = undo.pop();
        redo.push(e);
        redoRevisions.push(revision.get());
        revision.set(undoRevisions.pop());
        updateDescriptions();
        ladder.set(e.before());
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Edit e = redo.pop();
        undo.push(new Edit(e.description(), e.before(), e.after(), null, 0));
        undoRevisions.push(revision.get());
        revision.set(redoRevisions.pop());
        updateDescriptions();
        ladder.set(e.after());
    }

    /** Records that the current snapshot is what the file on disk now holds. */
    public void markSaved(Path savedTo) {
        file.set(savedTo);
        savedRevision.set(revision.get());
    }

    /** Marks the current state as not saved (a restored recovery copy is not what the file holds). */
    public void markUnsaved() {
        savedRevision.set(-1);
    }

    /**
     * Replaces the whole ladder as a fresh, unsaved document state (used by recovery); the
     * replacement can be undone.
     */
    public void replaceAll(Ladder replacement, String description) {
        apply(description, l -> replacement);
    }

    private void updateDescriptions() {
        undoDescription.set(undo.isEmpty() ? "" : undo.peek().description());
        redoDescription.set(redo.isEmpty() ? "" : redo.peek().description());
    }
}
