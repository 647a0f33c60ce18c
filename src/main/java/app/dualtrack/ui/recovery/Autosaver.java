package app.dualtrack.ui.recovery;

import app.dualtrack.model.Ladder;
import app.dualtrack.ui.document.LadderDocument;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Keeps a recovery copy of the open document while it has unsaved changes: a few seconds after the
 * last edit, and at the latest 30 seconds after the first unsaved one even while the user keeps
 * typing. The copy is written off the FX thread; it is removed after a clean save or close.
 */
public final class Autosaver {
    /** Quiet time after an edit before the copy is written. */
    public static final long DEBOUNCE_MILLIS = 3_000;
    /** The longest an edit waits for its copy. */
    public static final long MAX_DELAY_MILLIS = 30_000;

    /** Runs a task after a delay, replacing any pending one. */
    public interface Scheduler {
        void schedule(Runnable task, long delayMillis);

        void cancel();
    }

    private final RecoveryStore store;
    private final Scheduler scheduler;
    private final Executor io;
    private final Clock clock;
    private final Consumer<String> onError;
    private final String id = RecoveryStore.newId();
    private LadderDocument document;
    private long firstUnsavedEdit = -1;

    public Autosaver(RecoveryStore store, Scheduler scheduler, Executor io, Clock clock, Consumer<String> onError) {
        this.store = store;
        this.scheduler = scheduler;
        this.io = io;
        this.clock = clock;
        this.onError = onError;
    }

    /** Follows a document (replacing the previous one, whose copy is discarded). */
    public void attach(LadderDocument doc) {
        detach();
        document = doc;
        doc.revisionProperty().addListener((o, a, b) -> {
            if (document == doc) {
                edited();
            }
        });
        doc.dirtyProperty().addListener((o, was, dirty) -> {
            if (document == doc && !dirty) {
                clean();
            }
        });
        if (doc.isDirty()) {
            edited();
        }
    }

    /** Stops following the document and removes its copy (a clean close). */
    public void detach() {
        if (document != null) {
            firstUnsavedEdit = -1;
            scheduler.cancel();
            store.discard(id);
        }
        document = null;
    }

    private void edited() {
        if (!document.isDirty()) {
            clean();
            return;
        }
        long now = clock.millis();
        if (firstUnsavedEdit < 0) {
            firstUnsavedEdit = now;
        }
        long delay = Math.max(0, Math.min(DEBOUNCE_MILLIS, firstUnsavedEdit + MAX_DELAY_MILLIS - now));
        scheduler.schedule(this::writeCopy, delay);
    }

    /** Runs on the scheduler's thread (the FX thread in the app): takes the snapshot, then writes off-thread. */
    private void writeCopy() {
        LadderDocument doc = document;
        if (doc == null || !doc.isDirty()) {
            return;
        }
        firstUnsavedEdit = -1;
        Ladder snapshot = doc.ladder();
        Path original = doc.file();
        Instant at = clock.instant();
        io.execute(() -> {
            try {
                store.write(id, snapshot, original, at);
            } catch (java.io.IOException e) {
                onError.accept("The recovery copy could not be written to " + store.root() + ": " + e.getMessage());
            }
        });
    }

    private void clean() {
        firstUnsavedEdit = -1;
        scheduler.cancel();
        io.execute(() -> store.discard(id));
    }

    public String id() {
        return id;
    }
}
