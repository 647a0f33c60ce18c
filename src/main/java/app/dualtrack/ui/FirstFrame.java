package app.dualtrack.ui;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Runs something once a window's first frame is on the screen. JavaFX has no event for that; the
 * second animation pulse after the window is shown is the sign: the pulse that follows the first
 * frame starts only once that frame has been rendered. The start-up probe and the benchmark's
 * smallest JavaFX app use the same rule.
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    /** Runs {@code action} on the FX thread once the stage, about to be shown, has painted its first frame. */
    public static void whenPainted(Stage stage, Runnable action) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                afterPulses(2, action);
            }
        });
    }

    /** Runs {@code action} on the FX thread when {@code pulses} more animation pulses have begun. */
    public static void afterPulses(int pulses, Runnable action) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen == pulses) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
