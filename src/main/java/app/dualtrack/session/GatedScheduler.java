package app.dualtrack.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * A scheduler that holds what it is given until it is opened, then schedules it with what is left
 * of the delay it asked for (nothing, when the gate opened later than that). The window's
 * background work (the first analysis, which reads the language models, and autosave) waits so for
 * its first frame: on two cores it otherwise took CPU from JavaFX's start and the first frame came
 * about a fifth later. Used from one thread (the FX thread in the app).
 */
public final class GatedScheduler implements Scheduler {
    private final Scheduler inner;
    private final LongSupplier millis;
    private List<Held> held = new ArrayList<>();

    /** @param millis a monotonic clock in milliseconds, to know how much of a held task's delay has passed */
    public GatedScheduler(Scheduler inner, LongSupplier millis) {
        this.inner = inner;
        this.millis = millis;
    }

    /** A task given before the gate opened; once it has, what the inner scheduler made of it. */
    private final class Held implements Scheduled {
        private final Runnable task;
        private final long dueAt;
        private Scheduled scheduled;
        private boolean cancelled;

        Held(Runnable task, long dueAt) {
            this.task = task;
            this.dueAt = dueAt;
        }

        @Override
        public void cancel() {
            cancelled = true;
            if (scheduled != null) {
                scheduled.cancel();
            } else if (held != null) {
                held.remove(this);
            }
        }
    }

    @Override
    public Scheduled schedule(Runnable task, long delayMillis) {
        if (held == null) {
            return inner.schedule(task, delayMillis);
        }
        Held h = new Held(task, millis.getAsLong() + delayMillis);
        held.add(h);
        return h;
    }

    /** From now on tasks go straight to the inner scheduler; those held so far are scheduled, in order. */
    public void open() {
        if (held == null) {
            return;
        }
        List<Held> waiting = held;
        held = null;
        long now = millis.getAsLong();
        for (Held h : waiting) {
            if (!h.cancelled) {
                h.scheduled = inner.schedule(h.task, Math.max(0, h.dueAt - now));
            }
        }
    }

    /** Whether the gate is still closed. */
    public boolean isHolding() {
        return held != null;
    }
}
