package app.dualtrack.ui;

import app.dualtrack.TestFiles;
import app.dualtrack.ui.main.MainViewModel;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Starts the whole window for a GUI test, the same way in every test class. */
public final class AppUnderTest {
    private static final String RECOVERY_DIR = "dualtrack.recovery.dir";

    private AppUnderTest() {
    }

    /**
     * Starts Dualtrack on the test's stage with a fresh recovery folder, so copies left by other runs
     * are never offered in the middle of a flow. The folder is read once, at start, so the system
     * property is put back at once and never outlives the test.
     */
    public static DualtrackApp start(Stage stage) throws IOException {
        String before = System.getProperty(RECOVERY_DIR);
        System.setProperty(RECOVERY_DIR, Files.createTempDirectory("dualtrack-recovery").toString());
        try {
            DualtrackApp app = new DualtrackApp();
            app.start(stage);
            return app;
        } finally {
            if (before == null) {
                System.clearProperty(RECOVERY_DIR);
            } else {
                System.setProperty(RECOVERY_DIR, before);
            }
        }
    }

    /**
     * Copies the flawed example into {@code dir}, opens it in the window and waits until its own first
     * analysis is shown (generously: CI machines are loaded; the debounce is 150 ms).
     */
    public static Path openFlawedExample(FxRobot robot, MainViewModel vm, Path dir) throws Exception {
        Path file = dir.resolve("northwind.ladder.json");
        Files.copy(TestFiles.flawedSample(), file);
        robot.interact(() -> vm.openFile(file));
        // "distinguished" is a level of this ladder only: the example shown at start has a "staff" level too,
        // so waiting on staff could pass on the example's report before this ladder's arrives
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.editor().reportProperty().get().forLevel("distinguished").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return file;
    }
}
