package app.dualtrack.session;

import app.dualtrack.model.Ladder;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * The ladder being edited and its history of named edits, without any toolkit.
 *
 * <p>Every change goes through {@link #apply}; undo and redo swap snapshots. A revision counter
 * moves on every edit, undo and redo; the document is dirty while the revision differs from the
 * one last saved (so undoing back to the saved state makes it clean again). Listeners hear of every
 * change (edit, undo, redo, save, unsaved mark) after the whole state has moved, on the thread that
 * made the change; in the app that is the FX thread, which alone edits.
 */
public final class LadderDocument {
    private static final long MERGE_WINDOW_MILLIS = 1500;
    private static final int HISTORY_LIMIT = 500;
    private static final long NEVER_SAVED = -1;

    private volatile Ladder ladder;
    private long revision;
    private long savedRevision;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    /** The revision each snapshot on the undo stack had, so undo restores the revision too. */
    private final Deque<Long> undoRevisions = new ArrayDeque<>();
    private final Deque<Long> redoRevisions = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final LongSupplier clock;
    private long nextRevision = 1;

    public LadderDocument(Ladder initial) {
        this(initial, System::currentTimeMillis);
    }

    /** @param clock milliseconds, for merging quick successive edits of one field */
    public LadderDocument(Ladder initial, LongSupplier clock) {
        this.clock = clock;
        this.ladder = initial;
    }

    /** Hears of every change; runs after the ladder, history and revision have all moved. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** The current snapshot; safe to read from any thread. */
    public Ladder ladder() {
        return ladder;
    }

    /** Moves on every edit, undo and redo: two equal revisions mean the same state. */
    public long revision() {
        return revision;
    }

    public boolean isDirty() {
        return revision != savedRevision;
    }

    /** "Rename level", or empty when there is nothing to undo. */
    public String undoDescription() {
        return undo.isEmpty() ? "" : undo.peek().description();
    }

    public String redoDescription() {
        return redo.isEmpty() ? "" : redo.peek().description();
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
        Ladder before = ladder;
        Ladder after = edit.apply(before);
        if (after == null || after.equals(before)) {
            return false;
        }
        long now = clock.getAsLong();
        Edit last = undo.peek();
        boolean merge = mergeKey != null && last != null && mergeKey.equals(last.mergeKey())
                && now - last.timeMillis() < MERGE_WINDOW_MILLIS && isDirty();
        if (merge) {
            undo.pop();
            undo.push(new Edit(description, last.before(), after, mergeKey, now));
        } else {
            undo.push(new Edit(description, before, after, mergeKey, now));
            undoRevisions.push(revision);
            if (undo.size() > HISTORY_LIMIT) {
                undo.removeLast();
                undoRevisions.removeLast();
            }
        }
        redo.clear();
        redoRevisions.clear();
        revision = nextRevision++;
        ladder = after;
        changed();
        return true;
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Edit e = undo.pop();
        redo.push(e);
        redoRevisions.push(revision);
        revision = undoRevisions.pop();
        ladder = e.before();
        changed();
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Edit e = redo.pop();
        undo.push(new Edit(e.description(), e.before(), e.after(), null, 0));
        undoRevisions.push(revision);
        revision = redoRevisions.pop();
        ladder = e.after();
        changed();
    }

    /** Records that the current snapshot is what the file on disk now holds. */
    public void markSaved() {
        savedRevision = revision;
        changed();
    }

    /** Marks the current state as not saved (a restored recovery copy is not what the file holds). */
    public void markUnsaved() {
        savedRevision = NEVER_SAVED;
        changed();
    }

    /** Replaces the whole ladder as one undoable edit (a reload from disk, a restored recovery copy). */
    public void replaceAll(Ladder replacement, String description) {
        apply(description, l -> replacement);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
