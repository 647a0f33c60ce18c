package app.dualtrack.ui.theme;

import javafx.application.Application;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.controlsfx.control.textfield.TextFields;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Placeholders stay readable in both themes: the search field (ControlsFX derives its prompt from the
 * background, which in dark made it nearly invisible) and every other prompt text, measured as WCAG
 * contrast between the prompt's colour and the field's own background.
 */
@ExtendWith(ApplicationExtension.class)
class PromptContrastTest {
    private static final String CSS = PromptContrastTest.class.getResource("/app/dualtrack/ui/dualtrack.css").toExternalForm();

    @AfterAll
    static void lightAgain() {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void promptsAreReadableInTheDarkTheme(FxRobot robot) throws Exception {
        for (TextInputControl field : fieldsShown(robot, true)) {
            assertThat(contrast(promptFill(field), background(field))).as(field.getPromptText() + " (dark)").isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void promptsAreReadableInTheLightTheme(FxRobot robot) throws Exception {
        for (TextInputControl field : fieldsShown(robot, false)) {
            assertThat(contrast(promptFill(field), background(field))).as(field.getPromptText() + " (light)").isGreaterThanOrEqualTo(4.5);
        }
    }

    /** The search field, a text field and a text area with prompts, in a window with the app's stylesheet. */
    private static List<TextInputControl> fieldsShown(FxRobot robot, boolean dark) throws Exception {
        TextField search = TextFields.createClearableTextField();
        search.setPromptText("Find in the ladder");
        TextField code = new TextField();
        code.setPromptText("Code");
        TextArea scope = new TextArea();
        scope.setPromptText("What problems does this level hold?");
        robot.interact(() -> {
            Application.setUserAgentStylesheet(dark ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                    : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            VBox root = new VBox(8, new TextField("takes the focus"), search, code, scope);
            if (dark) {
                root.getStyleClass().add("dark");
            }
            Stage stage = new Stage();
            Scene scene = new Scene(root, 400, 300);
            scene.getStylesheets().add(CSS);
            stage.setScene(scene);
            stage.show();
            root.getChildren().get(0).requestFocus();
            root.applyCss();
            root.layout();
        });
        return List.of(search, code, scope);
    }

    @SuppressWarnings("unchecked")
    private static Color promptFill(TextInputControl field) {
        for (CssMetaData<? extends Styleable, ?> m : field.getCssMetaData()) {
            if (m.getProperty().equals("-fx-prompt-text-fill")) {
                Paint p = ((CssMetaData<TextInputControl, Paint>) m).getStyleableProperty(field).getValue();
                return (Color) p;
            }
        }
        throw new AssertionError("no prompt fill on " + field);
    }

    /** The colour the text sits on: the last background fill (the field's inside; the first ones are its border). */
    private static Color background(TextInputControl field) {
        javafx.scene.layout.Region inside = field instanceof TextArea area ? (javafx.scene.layout.Region) area.lookup(".content") : field;
        if (inside == null || inside.getBackground() == null) {
            inside = field; // the area's content is transparent: the area's own background shows through
        }
        List<BackgroundFill> fills = inside.getBackground().getFills();
        Paint p = fills.get(fills.size() - 1).getFill();
        if (p instanceof javafx.scene.paint.LinearGradient g) {
            return g.getStops().get(g.getStops().size() - 1).getColor();
        }
        return (Color) p;
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
