package app.dualtrack.ui.outcomes;

import app.dualtrack.model.Ladder;
import app.dualtrack.ui.dialog.Windows;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** Opens the Outcomes window for the ladder in the main window. */
public final class OutcomesWindow {
    static final String STYLESHEET = Objects.requireNonNull(OutcomesWindow.class.getResource("/app/dualtrack/ui/outcomes/outcomes.css")).toExternalForm();

    private OutcomesWindow() {
    }

    public static Stage show(Window owner, Supplier<Ladder> ladder, Path ladderFile, List<String> stylesheets, boolean dark) {
        OutcomesViewModel vm = new OutcomesViewModel(ladder, ladderFile, RecordsLocations.user(), LocalDate::now);
        vm.openRemembered();
        List<String> sheets = new ArrayList<>(stylesheets);
        sheets.add(STYLESHEET);
        String name = ladder.get().name();
        return Windows.open(owner, "Outcomes: " + name + " — Dualtrack", new OutcomesView(vm), 1200, 900, sheets, dark);
    }
}
