package app.dualtrack.ui.tasks;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The window's one way of doing slow work (an export, printing, reading git history) off the FX thread:
 * the job runs on a shared pool of daemon threads, and its result or failure comes back on the FX
 * thread. A failure is logged with its stack trace before the caller turns it into a sentence.
 * View models take a {@code Background} so that tests pass {@link #sameThread()} and need no toolkit.
 */
public final class Background {
    private static final Logger LOG = LoggerFactory.getLogger(Background.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Threads are made on demand and end after a minute idle; daemons, so a job never keeps the app alive. */
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dualtrack-work-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final Executor work;
    private final Executor ui;

    public Background(Executor work, Executor ui) {
        this.work = work;
        this.ui = ui;
    }

    /** The app's: the shared pool, results on the FX thread. */
    public static Background fx() {
        return new Background(POOL, Platform::runLater);
    }

    /** Everything at once on the calling thread (tests). */
    public static Background sameThread() {
        return new Background(Runnable::run, Runnable::run);
    }

    /** The same, but jobs run one after another in the order given (for work on one git repository). */
    public Background serial() {
        return new Background(new SerialExecutor(work), ui);
    }

    /** Where the jobs run. */
    public Executor work() {
        return work;
    }

    /** Where results are delivered: the FX thread in the app. */
    public Executor ui() {
        return ui;
    }

    /**
     * Runs {@code job} off the FX thread; then {@code done} with its result, or {@code failed} with what
     * it threw, on the FX thread. {@code what} names the job in the log ("Printing Northwind").
     */
    public <T> void run(String what, Callable<T> job, Consumer<T> done, Consumer<Exception> failed) {
        work.execute(() -> {
            T result;
            try {
                result = job.call();
            } catch (Exception e) {
                LOG.warn("{} failed", what, e);
                ui.execute(() -> failed.accept(e));
                return;
            }
            ui.execute(() -> done.accept(result));
        });
    }
}
