package app.dualtrack.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures start-up, for {@code bench/startup.sh} and the class list the installer's start-up
 * archive is made from; off unless {@code -Ddualtrack.startup.probe=true}. When the window has
 * painted its first frame it prints {@code first-frame-epoch-ms=N} (wall clock, so a script can
 * compare it with the moment it started the process) and exits.
 *
 * <p>"Painted" is taken as the second animation pulse after the stage is shown: the pulse that
 * follows the first frame starts only once that frame has been rendered, so by then the first
 * picture is on the screen. The smallest JavaFX app in the benchmark uses the same rule.
 *
 * <p>With the probe on, {@link #mark} also prints on stderr when each step of the start was
 * reached (milliseconds since the process started), to see where the time goes.
 */
public final class StartupProbe {
    static final String PROPERTY = "dualtrack.startup.probe";

    private StartupProbe() {
    }

    /** Prints {@code startup <ms since the process started> <thread> <step>} on stderr when the probe is on. */
    public static void mark(String step) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        long started = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
        System.err.println("startup " + (System.currentTimeMillis() - started) + " " + Thread.currentThread().getName() + " " + step);
    }

    /** Arms the probe on a stage about to be shown, when the system property asks for it. */
    public static void installIfRequested(Stage stage) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 1) {
                    mark("first pulse");
                }
                if (pulses == 2) {
                    stop();
                    mark("first frame painted");
                    // The probe's output is the benchmark's measurement, requested on the command line.
                    System.out.println("first-frame-epoch-ms=" + System.currentTimeMillis());
                    System.out.flush();
                    Platform.exit();
                    System.exit(0);
                }
            }
        }.start());
    }
}
