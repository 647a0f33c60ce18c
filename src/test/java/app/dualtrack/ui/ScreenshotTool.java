package app.dualtrack.ui;

import app.dualtrack.format.LadderFiles;
import app.dualtrack.ui.compare.CompareWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/**
 * For looking at the compare window under Xvfb: java -cp … app.dualtrack.ui.ScreenshotTool A B [dark].
 * Not a test; the README's screenshots were taken with it.
 */
public final class ScreenshotTool {
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The JavaFX side; a nested class so the plain main runs with JavaFX on the class path. */
    public static final class Window extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        List<String> a = getParameters().getRaw();
        boolean dark = a.size() > 2 && a.get(2).equals("dark");
        Application.setUserAgentStylesheet(dark ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        String css = getClass().getResource("/app/dualtrack/ui/dualtrack.css").toExternalForm();
        Stage s = CompareWindow.show(null, LadderFiles.read(Path.of(a.get(0))), Path.of(a.get(0)).getFileName().toString(),
                LadderFiles.read(Path.of(a.get(1))), Path.of(a.get(1)).getFileName().toString(), List.of(css), dark);
        s.setX(0);
        s.setY(0);
        Platform.runLater(() -> s.getScene().lookup("#next-change").fireEvent(new javafx.event.ActionEvent()));
        Platform.runLater(() -> ((javafx.scene.control.Button) s.getScene().lookup("#next-change")).fire());
        Platform.runLater(() -> ((javafx.scene.control.Button) s.getScene().lookup("#next-change")).fire());
    }
    }
}
