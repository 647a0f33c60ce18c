package app.dualtrack.ui.outcomes;

import app.dualtrack.model.Ladder;
import app.dualtrack.ui.actions.AppAction;
import app.dualtrack.ui.dialog.FxDialogService;
import app.dualtrack.ui.kit.KitViewModel;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The Ladder menu's commands for the ladder in use, Outcomes… and Visibility Kit…, registered as
 * handlers so that the main window lists them like every other command.
 */
public final class LadderInUseMenu {
    private LadderInUseMenu() {
    }

    public static void register(Map<AppAction, Runnable> handlers, Supplier<Ladder> ladder, Supplier<Path> ladderFile,
                                Supplier<Window> window, Supplier<List<String>> stylesheets, BooleanSupplier dark) {
        handlers.put(AppAction.OUTCOMES, () -> OutcomesWindow.show(window.get(), ladder, ladderFile.get(), stylesheets.get(), dark.getAsBoolean()));
        handlers.put(AppAction.VISIBILITY_KIT, () -> new KitViewModel(new FxDialogService(window.get()), start -> chooseFolder(window.get(), start),
                LocalDate::now).writeKit(ladder.get(), ladderFile.get()));
    }

    private static Optional<Path> chooseFolder(Window owner, Path start) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Write the Visibility Kit Into");
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        File f = chooser.showDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }
}
