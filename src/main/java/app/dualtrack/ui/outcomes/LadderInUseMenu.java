package app.dualtrack.ui.outcomes;

import app.dualtrack.model.Ladder;
import app.dualtrack.ui.dialog.FxDialogService;
import app.dualtrack.ui.kit.KitViewModel;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The Ladder menu's items for the ladder in use: Outcomes… and Visibility Kit…. Built here so that
 * the main window only adds them to its menu.
 */
public final class LadderInUseMenu {
    private LadderInUseMenu() {
    }

    public static List<MenuItem> items(Supplier<Ladder> ladder, Supplier<Path> ladderFile, Supplier<Window> window,
                                       Supplier<List<String>> stylesheets, BooleanSupplier dark) {
        MenuItem outcomes = new MenuItem("Outcomes…");
        outcomes.setId("menu-outcomes");
        outcomes.setOnAction(e -> OutcomesWindow.show(window.get(), ladder, ladderFile.get(), stylesheets.get(), dark.getAsBoolean()));
        MenuItem kit = new MenuItem("Visibility Kit…");
        kit.setId("menu-visibility-kit");
        kit.setOnAction(e -> new KitViewModel(new FxDialogService(window.get()), start -> chooseFolder(window.get(), start), LocalDate::now)
                .writeKit(ladder.get(), ladderFile.get()));
        return List.of(new SeparatorMenuItem(), outcomes, kit);
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
