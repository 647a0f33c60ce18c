package app.dualtrack.ui;

import app.dualtrack.ui.actions.AppAction;
import app.dualtrack.ui.dialog.DialogService;
import app.dualtrack.ui.main.MainViewModel;
import javafx.stage.Stage;

import java.util.Map;

/** Where features outside the editor (PDF export, comparison) plug their commands into the window. */
final class Features {
    private Features() {
    }

    static void register(Map<AppAction, Runnable> handlers, Stage stage, MainViewModel vm, DialogService dialogs) {
        // PDF export and comparison register their File-menu commands here.
    }
}
