package app.dualtrack.ui.outcomes;

import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.Ladder;
import app.dualtrack.ui.dialog.Windows;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * For looking at the Outcomes window under Xvfb (not a test):
 * {@code java -cp … app.dualtrack.ui.outcomes.OutcomesScreenshotTool LADDER RECORDS.csv YYYY-MM-DD [dark]}.
 * Nothing is remembered: the ladder is treated as unsaved.
 */
public final class OutcomesScreenshotTool {
    private OutcomesScreenshotTool() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            List<String> a = getParameters().getRaw();
            boolean dark = a.size() > 3 && a.get(3).equals("dark");
            Application.setUserAgentStylesheet(dark ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                    : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            Ladder ladder = LadderFiles.read(Path.of(a.get(0)));
            OutcomesViewModel vm = new OutcomesViewModel(() -> ladder, null,
                    new RecordsLocations(Preferences.userRoot().node("app/dualtrack/screenshot-unused")), () -> LocalDate.parse(a.get(2)));
            vm.open(Path.of(a.get(1)));
            String css = getClass().getResource("/app/dualtrack/ui/dualtrack.css").toExternalForm();
            Stage s = Windows.open(null, "Outcomes — Dualtrack", new OutcomesView(vm), 1500, 960, List.of(css, OutcomesWindow.STYLESHEET), dark);
            s.setX(0);
            s.setY(0);
        }
    }
}
