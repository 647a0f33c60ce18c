package app.dualtrack.ui;

import app.dualtrack.ui.prefs.TextSize;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's text follows one root size: the platform's default font size (or a share of it, View ›
 * Text Size), because no stylesheet or view fixes a font size in pixels.
 */
@ExtendWith(ApplicationExtension.class)
class TextSizeTest {
    private DualtrackApp app;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws IOException {
        app = AppUnderTest.start(stage);
        stage.setWidth(1440);
        stage.setHeight(900);
    }

    @AfterEach
    void systemSizeAgain(FxRobot robot) {
        robot.interact(() -> app.view().textSizeProperty().set(TextSize.SYSTEM)); // the choice is remembered in the preferences
    }

    private static double fontOf(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAs(Label.class).getFont().getSize();
    }

    private static double heightOf(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAs(Label.class).getHeight();
    }

    @Test
    void cardTitlesAndInspectorLabelsGrowWithTheRootFontSize(FxRobot robot) throws Exception {
        AppUnderTest.openFlawedExample(robot, app.viewModel(), dir);
        robot.interact(() -> app.viewModel().editor().selectedLevelIdProperty().set("staff"));
        WaitForAsyncUtils.waitForFxEvents();
        double system = Font.getDefault().getSize();
        String title = "#card-distinguished .card-title";
        double titleFont = fontOf(robot, title);
        double titleHeight = heightOf(robot, title);
        double sectionFont = fontOf(robot, ".inspector .section-title");
        double headingHeight = heightOf(robot, "#inspector-heading");
        // the stylesheet's proportions, from the platform's size: a card title is 1.08 of the body text
        assertThat(titleFont).isCloseTo(1.08 * system, org.assertj.core.data.Offset.offset(0.5));

        robot.interact(() -> app.view().textSizeProperty().set(TextSize.LARGEST));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fontOf(robot, title) / titleFont).isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.05));
        assertThat(fontOf(robot, ".inspector .section-title") / sectionFont).isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.05));
        assertThat(heightOf(robot, title)).isGreaterThan(titleHeight * 1.3);
        assertThat(heightOf(robot, "#inspector-heading")).isGreaterThan(headingHeight * 1.3);
    }

    /** Font sizes in the app's stylesheets and views are relative (em), never pixels or points. */
    @Test
    void noStylesheetOrViewFixesAFontSizeInPixels() throws IOException {
        Pattern fixed = Pattern.compile("-fx-font(?:-size)?:[^;\"]*?\\b\\d+(?:\\.\\d+)?(px|pt)\\b");
        List<String> found = new ArrayList<>();
        Path resources = Path.of("src/main/resources/app/dualtrack/ui");
        Path sources = Path.of("src/main/java/app/dualtrack/ui");
        for (Path root : List.of(resources, sources)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".css") || p.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher m = fixed.matcher(lines.get(i));
                        if (m.find()) {
                            found.add(f + ":" + (i + 1) + ": " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(found).as("font sizes in pixels or points").isEmpty();
    }
}
