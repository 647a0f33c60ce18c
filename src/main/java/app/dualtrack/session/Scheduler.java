package app.dualtrack.session;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task after a delay. The one timing abstraction of an open ladder: the live analysis and the
 * autosave both use it (through {@link Debouncer}), so a test drives both with one same-thread or
 * hand-moved scheduler instead of real threads and sleeps.
 */
@FunctionalInterface
public interface Scheduler {
    /** A scheduled task that has not run yet can still be called off. */
    interface Scheduled {
        void cancel();
    }

    Scheduled schedule(Runnable task, long delayMillis);

    /** Runs the task on this scheduler's thread at once: {@code schedule(task, 0)}. */
    default Executor asExecutor() {
        return task -> schedule(task, 0);
    }

    /** The same timing, but the task itself runs on {@code thread} (e.g. the FX thread), which owns the document. */
    default Scheduler deliveringOn(Executor thread) {
        return (task, delayMillis) -> schedule(() -> thread.execute(task), delayMillis);
    }

    /** Timing on a background executor. */
    static Scheduler of(ScheduledExecutorService executor) {
        return (task, delayMillis) -> {
            ScheduledFuture<?> future = executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }

    /** Runs every task at once on the calling thread, whatever the delay (tests, and the command line). */
    static Scheduler immediate() {
        return (task, delayMillis) -> {
            task.run();
            return () -> { };
        };
    }
}
