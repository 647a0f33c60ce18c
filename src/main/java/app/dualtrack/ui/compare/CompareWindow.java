package app.dualtrack.ui.compare;

import app.dualtrack.model.Ladder;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.LocalDate;
import java.util.List;

/** Opens a comparison of two ladders in its own window. */
public final class CompareWindow {
    private CompareWindow() {
    }

    public static Stage show(Window owner, Ladder before, String beforeLabel, Ladder after, String afterLabel,
                             List<String> stylesheets, boolean dark) {
        CompareView view = new CompareView(new CompareViewModel(before, beforeLabel, after, afterLabel, LocalDate.now()));
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Compare " + beforeLabel + " → " + afterLabel + " — Dualtrack");
        Scene scene = new Scene(view, 1360, 880);
        scene.getStylesheets().setAll(stylesheets);
        if (dark) {
            view.getStyleClass().add("dark");
            scene.getRoot().getStyleClass().add("dark");
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
