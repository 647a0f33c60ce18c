package app.dualtrack.session;

/**
 * A scheduler whose time a test moves by hand: it holds the task scheduled last (a {@link Debouncer}
 * keeps only one) and runs it when {@link #advance} reaches its time.
 */
public final class ManualScheduler implements Scheduler {
    private long now;
    private long dueAt = -1;
    private Runnable task;

    @Override
    public Scheduled schedule(Runnable t, long delayMillis) {
        task = t;
        dueAt = now + delayMillis;
        return () -> {
            if (task == t) {
                cancel();
            }
        };
    }

    private void cancel() {
        task = null;
        dueAt = -1;
    }

    /** Moves time on, running the task if it is due by then. */
    public void advance(long millis) {
        now += millis;
        if (task != null && now >= dueAt) {
            Runnable t = task;
            cancel();
            t.run();
        }
    }

    /** The scheduler's time, in milliseconds from its start. */
    public long now() {
        return now;
    }

    /** Whether a task waits to run. */
    public boolean hasPending() {
        return task != null;
    }
}
