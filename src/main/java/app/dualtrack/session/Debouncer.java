package app.dualtrack.session;

/**
 * Keeps at most one pending task: scheduling again calls the earlier one off. Typing a sentence
 * therefore asks for one analysis and one recovery copy after the pause, not one per key.
 */
public final class Debouncer {
    private final Scheduler scheduler;
    private Scheduler.Scheduled pending;

    public Debouncer(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public synchronized void schedule(Runnable task, long delayMillis) {
        cancel();
        pending = scheduler.schedule(task, delayMillis);
    }

    public synchronized void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
