package app.dualtrack.ui;

import app.dualtrack.model.Ladder;
import app.dualtrack.ui.prefs.AppPreferences;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Work the first frame needs that does not need the toolkit, done on a second thread while JavaFX
 * starts (which takes the main thread for a few hundred milliseconds): setting up logging, reading
 * the built-in example ladder and the preferences. The window then finds it done instead of doing it
 * in turn. The analysis is not warmed up here: loading its models on two cores delayed JavaFX's own
 * start, and the window's first analysis waits for the first frame anyway (DualtrackApp).
 */
final class EarlyStart {
    private static volatile CompletableFuture<Ladder> example;

    private EarlyStart() {
    }

    /** Starts the work; called once, before the toolkit is launched. */
    static void begin() {
        CompletableFuture<Ladder> future = new CompletableFuture<>();
        example = future;
        Thread t = new Thread(() -> {
            try {
                // Logging is set up here, not on the main thread, where it would delay the toolkit's start;
                // a class that fetches its logger meanwhile gets one that catches up once this is done.
                LoggerFactory.getILoggerFactory();
                StartupProbe.mark("logging set up");
                Ladder ladder = DualtrackApp.readExampleLadder();
                future.complete(ladder);
                StartupProbe.mark("example read");
                // the window reads the preferences as soon as the toolkit is up
                AppPreferences.user().darkTheme();
                StartupProbe.mark("preferences read");
            } catch (RuntimeException e) {
                // Only a head start: whatever failed here is done again, and reported, on the FX thread.
                LoggerFactory.getLogger(EarlyStart.class).warn("start-up head start failed; the window does the work itself", e);
                future.completeExceptionally(e);
            }
        }, "dualtrack-early-start");
        t.setDaemon(true);
        t.start();
    }

    /** The example ladder read early, or read now when {@link #begin()} was not called or failed. */
    static Ladder exampleLadder() {
        CompletableFuture<Ladder> future = example;
        if (future != null) {
            try {
                return future.get();
            } catch (ExecutionException e) {
                // Logged by the early thread; read it again below so the real error surfaces here.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return DualtrackApp.readExampleLadder();
    }
}
