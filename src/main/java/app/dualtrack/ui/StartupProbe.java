package app.dualtrack.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;

/**
 * Measures start-up, for {@code bench/startup.sh} and the class list the installer's start-up
 * archive is made from; off unless {@code -Ddualtrack.startup.probe=true} (or {@code =findings}).
 * When the window has painted its first frame ({@link FirstFrame}) it prints
 * {@code first-frame-epoch-ms=N} (wall clock, so a script can compare it with the moment it started
 * the process) and exits. With {@code findings} it waits instead for the frame that shows the first
 * analysis of the ladder, prints {@code findings-epoch-ms=N} and exits.
 *
 * <p>With the probe on, {@link #mark} also prints on stderr when each step of the start was
 * reached (milliseconds since the process started), to see where the time goes.
 */
public final class StartupProbe {
    static final String PROPERTY = "dualtrack.startup.probe";

    private StartupProbe() {
    }

    private static boolean on() {
        String value = System.getProperty(PROPERTY, "");
        return value.equals("true") || value.equals("findings");
    }

    private static boolean untilFindings() {
        return System.getProperty(PROPERTY, "").equals("findings");
    }

    /** Prints {@code startup <ms since the process started> <thread> <step>} on stderr when the probe is on. */
    public static void mark(String step) {
        if (!on()) {
            return;
        }
        long started = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
        System.err.println("startup " + (System.currentTimeMillis() - started) + " " + Thread.currentThread().getName() + " " + step);
    }

    /**
     * Arms the probe on a stage about to be shown, when the system property asks for it; {@code analysis}
     * is the window's analysis of its ladder, null until the first has been shown.
     */
    public static void installIfRequested(Stage stage, ObservableValue<?> analysis) {
        if (!on()) {
            return;
        }
        FirstFrame.whenPainted(stage, () -> {
            mark("first frame painted");
            if (!untilFindings()) {
                report("first-frame-epoch-ms");
            }
        });
        analysis.addListener(new ChangeListener<Object>() {
            @Override
            public void changed(ObservableValue<?> o, Object before, Object now) {
                if (now != null) {
                    analysis.removeListener(this);
                    mark("first findings shown");
                    if (untilFindings()) {
                        FirstFrame.afterPulses(2, () -> report("findings-epoch-ms"));
                    }
                }
            }
        });
    }

    private static void report(String name) {
        // The probe's output is the benchmark's measurement, requested on the command line.
        System.out.println(name + "=" + System.currentTimeMillis());
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }
}
