package app.dualtrack.ui;

import app.dualtrack.TestFiles;
import app.dualtrack.session.RecoveryStore;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Edit, crash without saving, start again: the edit comes back. */
@ExtendWith(ApplicationExtension.class)
class CrashRecoveryTest {
    @TempDir
    Path dir;
    private String previous;

    @BeforeEach
    void useATemporaryRecoveryFolder() {
        previous = System.getProperty("dualtrack.recovery.dir");
        System.setProperty("dualtrack.recovery.dir", dir.resolve("recovery").toString());
    }

    @AfterEach
    void restoreTheRecoveryFolder() {
        if (previous == null) {
            System.clearProperty("dualtrack.recovery.dir");
        } else {
            System.setProperty("dualtrack.recovery.dir", previous);
        }
    }

    @Test
    void anEditSurvivesACrashAndIsRestoredOnTheNextStart(FxRobot robot) throws Exception {
        Path file = dir.resolve("northwind.ladder.json");
        Files.copy(TestFiles.flawedSample(), file);
        DualtrackApp first = new DualtrackApp();
        robot.interact(() -> {
            first.start(new Stage());
            first.viewModel().openFile(file);
            first.viewModel().editor().selectedLevelIdProperty().set("staff");
            first.viewModel().editor().document().apply("Rename level", l -> l.renameLevel("staff", "Staff Engineer (Platform)"));
        });
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"), ProcessHandle.current().pid());
        // the copy is written within the autosave delay, off the FX thread
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            try (var files = Files.list(dir.resolve("recovery"))) {
                // a copy is complete once its metadata is written, after the ladder itself
                return files.anyMatch(p -> p.toString().endsWith(".meta.json"));
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertThat(store.orphaned()).as("a running window's copy is not offered").isEmpty();
        robot.interact(first::simulateCrash);
        assertThat(file).content().doesNotContain("Staff Engineer (Platform)");

        DualtrackApp second = new DualtrackApp();
        robot.interact(() -> second.start(new Stage()));
        // the offer comes just after the window shows; on a loaded machine that can take a while
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("Restore").tryQuery().isPresent());
        // the offer is a banner, not a dialog: its sentence wraps instead of ending in "…", and no button is cut short
        robot.interact(() -> second.view().getScene().getWindow().setWidth(1024));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(second.view().newsShown()).contains("northwind.ladder.json").contains("It differs from the file on disk");
        javafx.scene.control.Label news = robot.lookup("#news-text").queryAs(javafx.scene.control.Label.class);
        assertThat(shownText(news)).isEqualTo(news.getText());
        for (String label : java.util.List.of("Restore", "Compare with File", "Discard…")) {
            javafx.scene.control.Button b = robot.lookup(label).queryButton();
            assertThat(shownText(b)).as("the button shows its whole label").isEqualTo(label);
        }
        robot.clickOn("Restore");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(second.viewModel().ladder().level("staff").orElseThrow().title()).isEqualTo("Staff Engineer (Platform)");
        assertThat(second.viewModel().editor().file()).isEqualTo(file.toAbsolutePath());
        assertThat(second.viewModel().editor().document().isDirty()).isTrue();
        robot.interact(() -> second.viewModel().editor().undo());
        assertThat(second.viewModel().ladder().level("staff").orElseThrow().title()).as("undo goes back to the file on disk").isEqualTo("Staff Engineer");
    }

    /** What a label or button actually paints: its text, or a shortened "Compa…" when it has too little room. */
    private static String shownText(javafx.scene.control.Labeled labeled) {
        return labeled.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text)
                .map(n -> ((javafx.scene.text.Text) n).getText()).reduce("", String::concat).replace("\n", " ");
    }
}
