package app.dualtrack.ui.compare;

import app.dualtrack.model.Ladder;
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
        return app.dualtrack.ui.dialog.Windows.open(owner, "Compare " + beforeLabel + " → " + afterLabel + " — Dualtrack", view,
                1360, 880, stylesheets, dark);
    }
}
