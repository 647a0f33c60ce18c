package app.dualtrack.ui;

import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.model.Ladder;
import app.dualtrack.ui.actions.AppAction;
import app.dualtrack.ui.compare.CompareWindow;
import app.dualtrack.ui.dialog.DialogService;
import app.dualtrack.ui.export.ExportPdfDialog;
import app.dualtrack.ui.main.MainViewModel;
import javafx.application.HostServices;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Plugs the features outside the editor, PDF export and comparison, into the window's File menu. */
final class Features {
    private Features() {
    }

    static void register(Map<AppAction, Runnable> handlers, Stage stage, MainViewModel vm, DialogService dialogs, HostServices host) {
        handlers.put(AppAction.IMPORT, () -> {
            if (vm.confirmDiscardChanges()) {
                app.dualtrack.ui.importer.ImportDialog.show(stage, folder(vm)).ifPresent(vm::showUntitled);
            }
        });
        handlers.put(AppAction.PUBLISH, () -> app.dualtrack.ui.importer.PublishAction.run(vm.ladder(), vm.documentName(), folder(vm), dialogs));
        handlers.put(AppAction.EXPORT_PDF, () -> ExportPdfDialog.show(stage, vm.ladder(), vm.editor().file(), dialogs, host));
        handlers.put(AppAction.OPEN_LOG_FOLDER, () -> openLogFolder(dialogs, host));
        handlers.put(AppAction.PRINT, () -> app.dualtrack.ui.export.LadderPrinting.print(vm.ladder(), dialogs));
        handlers.put(AppAction.COMPARE_WITH_FILE, () -> dialogs.chooseFileToOpen("Compare with…", folder(vm))
                .flatMap(p -> read(p, dialogs)).ifPresent(other -> compare(stage, other.ladder, other.label, vm.ladder(), "this ladder")));
        handlers.put(AppAction.COMPARE_WITH_SAVED, () -> {
            Path file = vm.editor().file();
            if (file == null) {
                dialogs.showInformation("Not saved yet", "This ladder has no saved version to compare with.");
                return;
            }
            read(file, dialogs).ifPresent(saved -> compare(stage, saved.ladder, "saved " + file.getFileName(), vm.ladder(), "unsaved changes"));
        });
        handlers.put(AppAction.COMPARE_WITH_BACKUP, () -> {
            Path file = vm.editor().file();
            Path bak = file == null ? null : file.resolveSibling(file.getFileName() + ".bak");
            if (bak == null || !Files.exists(bak)) {
                dialogs.showInformation("No backup", "A backup (NAME.ladder.json.bak) is kept from the second save of a file on; there is none yet.");
                return;
            }
            read(bak, dialogs).ifPresent(old -> compare(stage, old.ladder, bak.getFileName().toString(), vm.ladder(), "this ladder"));
        });
        handlers.put(AppAction.COMPARE_TWO_FILES, () -> dialogs.chooseFileToOpen("Compare: the older version", folder(vm))
                .flatMap(p -> read(p, dialogs)).ifPresent(a -> dialogs.chooseFileToOpen("Compare: the newer version", folder(vm))
                        .flatMap(p -> read(p, dialogs)).ifPresent(b -> compare(stage, a.ladder, a.label, b.ladder, b.label))));
    }

    /** Shows the log folder in the system's file manager; the log is where a bug report's details are. */
    private static void openLogFolder(DialogService dialogs, HostServices host) {
        Path logs = app.dualtrack.format.AppFolders.logs();
        try {
            Files.createDirectories(logs);
            host.showDocument(logs.toUri().toString());
        } catch (java.io.IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Features.class).warn("The log folder {} could not be shown", logs, e);
            dialogs.showInformation("Log folder", "Dualtrack's log is in " + logs + " (dualtrack.log).");
        }
    }

    private record Loaded(Ladder ladder, String label) {
    }

    private static Optional<Loaded> read(Path file, DialogService dialogs) {
        try {
            return Optional.of(new Loaded(LadderFiles.read(file), file.getFileName().toString()));
        } catch (LadderFormatException e) {
            dialogs.showError("This ladder cannot be compared", e.getMessage());
            return Optional.empty();
        }
    }

    private static Path folder(MainViewModel vm) {
        Path f = vm.editor().file();
        return f == null ? null : f.toAbsolutePath().getParent();
    }

    private static void compare(Stage owner, Ladder before, String beforeLabel, Ladder after, String afterLabel) {
        boolean dark = owner.getScene().getRoot().getStyleClass().contains("dark");
        CompareWindow.show(owner, before, beforeLabel, after, afterLabel, owner.getScene().getStylesheets(), dark);
    }
}
