package app.dualtrack.ui.history;

import app.dualtrack.ui.actions.AppAction;
import app.dualtrack.ui.compare.CompareWindow;
import app.dualtrack.ui.dialog.DialogService;
import app.dualtrack.ui.dialog.Windows;
import app.dualtrack.ui.inspector.InspectorView;
import app.dualtrack.ui.editing.LadderEditor;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Plugs versions in git into the window: View › History opens the list of versions of the open
 * ladder, and the inspector says under the behaviour being edited when it last changed. Git is read
 * on one background thread.
 */
public final class HistoryFeature {
    private final Stage stage;
    private final LadderEditor vm;
    private final DialogService dialogs;
    private final HistoryViewModel model;
    private Stage window;

    private HistoryFeature(Stage stage, LadderEditor vm, DialogService dialogs) {
        this.stage = stage;
        this.vm = vm;
        this.dialogs = dialogs;
        this.model = new HistoryViewModel(app.dualtrack.ui.tasks.Background.fx(), Clock.systemDefaultZone());
    }

    /** Registers View › History; call before the main view is built. */
    public static HistoryFeature register(Map<AppAction, Runnable> handlers, Stage stage, LadderEditor vm, DialogService dialogs) {
        HistoryFeature f = new HistoryFeature(stage, vm, dialogs);
        handlers.put(AppAction.HISTORY, f::show);
        vm.fileProperty().addListener((o, a, b) -> {
            if (f.window != null && f.window.isShowing()) {
                f.window.setTitle(title(f.file()));
                f.model.load(f.file());
            }
        });
        return f;
    }

    /** Lets the inspector show when the behaviour being edited last changed. */
    public void annotate(InspectorView inspector) {
        inspector.setBehaviourNotes((levelId, kind, text, show) -> model.blame(file(), levelId, kind, text, show));
    }

    private Path file() {
        return vm.file();
    }

    private void show() {
        model.load(file());
        if (window != null && window.isShowing()) {
            window.toFront();
            return;
        }
        boolean dark = stage.getScene().getRoot().getStyleClass().contains("dark");
        HistoryPanel panel = new HistoryPanel(model, vm::ladder,
                c -> CompareWindow.show(stage, c.before(), c.beforeLabel(), c.after(), c.afterLabel(), stage.getScene().getStylesheets(), dark),
                message -> dialogs.showError("This version cannot be compared", message),
                () -> model.load(file()));
        Path file = file();
        window = Windows.open(stage, title(file), panel, 900, 520, stage.getScene().getStylesheets(), dark);
        // Back from a terminal where a commit was made, or from the editor after a save: read again (cheap when nothing changed).
        window.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                model.load(file());
            }
        });
    }

    private static String title(Path file) {
        return (file == null ? "History" : "History of " + file.getFileName()) + " — Dualtrack";
    }
}
