package app.dualtrack.ui;

import app.dualtrack.format.LadderFiles;
import app.dualtrack.ui.compare.CompareWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/**
 * For looking at windows under Xvfb (not a test):
 * {@code java -cp … app.dualtrack.ui.ScreenshotTool A.ladder.json B.ladder.json [dark]} shows the compare
 * window at its third change; {@code … --settings|--mechanisms|--export|--guide FILE} shows one dialog.
 */
public final class ScreenshotTool {
    private ScreenshotTool() {
    }

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
            if (a.get(0).equals("--main")) {
                mainWindow(stage, a);
                return;
            }
            if (a.get(0).startsWith("--")) {
                dialog(a.get(0), a.get(1), css);
                return;
            }
            Stage s = CompareWindow.show(null, LadderFiles.read(Path.of(a.get(0))), Path.of(a.get(0)).getFileName().toString(),
                    LadderFiles.read(Path.of(a.get(1))), Path.of(a.get(1)).getFileName().toString(), List.of(css), dark);
            s.setX(0);
            s.setY(0);
            for (int i = 0; i < 3; i++) {
                Platform.runLater(() -> ((Button) s.getScene().lookup("#next-change")).fire());
            }
        }

        /**
         * {@code --main FILE WIDTHxHEIGHT [dark|light] [menu]}: the editor with FILE open, at that size, at the
         * screen's corner; {@code menu} opens the first behaviour's ⋮ menu.
         */
        private void mainWindow(Stage stage, List<String> a) {
            String[] size = a.get(2).split("x");
            boolean dark = a.size() > 3 && a.get(3).equals("dark");
            System.setProperty("dualtrack.theme", dark ? "dark" : "light");
            DualtrackApp app = new DualtrackApp();
            app.start(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(Double.parseDouble(size[0]));
            stage.setHeight(Double.parseDouble(size[1]));
            app.viewModel().openFile(Path.of(a.get(1)));
            app.viewModel().editor().selectedLevelIdProperty().set("staff");
            if (a.contains("menu")) {
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
                later.setOnFinished(e -> ((Button) stage.getScene().lookup("#more-primary-0")).fire());
                later.play();
            }
        }

        private void dialog(String which, String file, String css) throws Exception {
            var ladder = LadderFiles.read(Path.of(file));
            Stage owner = new Stage();
            owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 1200, 800));
            owner.getScene().getStylesheets().add(css);
            owner.show();
            Platform.runLater(() -> {
                switch (which) {
                    case "--settings" -> app.dualtrack.ui.settings.LadderSettingsDialog.show(owner, ladder);
                    case "--mechanisms" -> app.dualtrack.ui.settings.MechanismsDialog.show(owner, ladder);
                    case "--export" -> app.dualtrack.ui.export.ExportPdfDialog.show(owner, ladder, Path.of(file),
                            new app.dualtrack.ui.dialog.FxDialogService(owner), null);
                    default -> app.dualtrack.ui.guide.GuideView.open(owner, "track-runs-out", owner.getScene().getStylesheets(), false);
                }
            });
        }
    }
}
