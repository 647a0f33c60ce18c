package app.dualtrack.session;

import app.dualtrack.model.Ladder;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps a recovery copy of the open document while it has unsaved changes: a few seconds after the
 * last edit, and at the latest 30 seconds after the first unsaved one even while the user keeps
 * typing. The copy is written off the owner's thread; it is removed after a clean save or close.
 */
public final class Autosaver {
    /** Quiet time after an edit before the copy is written. */
    public static final long DEBOUNCE_MILLIS = 3_000;
    /** The longest an edit waits for its copy. */
    public static final long MAX_DELAY_MILLIS = 30_000;

    private final RecoveryStore store;
    private final Debouncer scheduler;
    private final Executor io;
    private final Clock clock;
    private final Consumer<String> onError;
    private final String id = RecoveryStore.newId();
    private LadderDocument document;
    private Supplier<Path> file;
    private Runnable listener;
    private long firstUnsavedEdit = -1;

    /**
     * @param scheduler timing; its tasks run on the thread that owns the document (they take its snapshot)
     * @param io        where the copy is written and removed
     */
    public Autosaver(RecoveryStore store, Scheduler scheduler, Executor io, Clock clock, Consumer<String> onError) {
        this.store = store;
        this.scheduler = new Debouncer(scheduler);
        this.io = io;
        this.clock = clock;
        this.onError = onError;
    }

    /** Follows a document saved as {@code file} (replacing the previous one, whose copy is discarded). */
    public void attach(LadderDocument doc, Supplier<Path> file) {
        detach();
        document = doc;
        this.file = file;
        long[] seen = {doc.revision()};
        listener = () -> {
            if (!doc.isDirty()) {
                clean();
            } else if (doc.revision() != seen[0] || firstUnsavedEdit < 0) {
                edited();
            }
            seen[0] = doc.revision();
        };
        doc.addListener(listener);
        if (doc.isDirty()) {
            edited();
        }
    }

    /** Stops following the document and removes its copy (a clean close). */
    public void detach() {
        if (document != null) {
            document.removeListener(listener);
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

    /** Runs on the owner's thread (the FX thread in the app): takes the snapshot, then writes off-thread. */
    private void writeCopy() {
        LadderDocument doc = document;
        if (doc == null || !doc.isDirty()) {
            return;
        }
        firstUnsavedEdit = -1;
        Ladder snapshot = doc.ladder();
        Path original = file.get();
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
