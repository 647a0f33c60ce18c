package app.dualtrack.ui.dialog;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(520);
        a.getDialogPane().setContent(content);
        return a;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType ok = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(ok, ButtonType.CANCEL);
        return a.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public SaveChoice askToSave(String documentName) {
        Alert a = alert(Alert.AlertType.WARNING, "Save changes?",
                "Do you want to save the changes to “" + documentName + "”? Your changes will be lost if you don't save them.");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        a.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public DiskChoice askDiskChanged(String fileName) {
        Alert a = alert(Alert.AlertType.WARNING, "“" + fileName + "” changed on disk",
                "Someone or something (a git pull, another editor) changed the file since you opened it. "
                        + "Reload it and lose your unsaved changes, keep your version and save over theirs, or compare the two first.");
        ButtonType reload = new ButtonType("Reload from Disk", ButtonBar.ButtonData.LEFT);
        ButtonType keep = new ButtonType("Keep Mine", ButtonBar.ButtonData.YES);
        ButtonType compare = new ButtonType("Compare…", ButtonBar.ButtonData.OTHER);
        a.getButtonTypes().setAll(reload, compare, keep, ButtonType.CANCEL);
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        return answer == reload ? DiskChoice.RELOAD : answer == keep ? DiskChoice.KEEP_MINE : answer == compare ? DiskChoice.COMPARE : DiskChoice.CANCEL;
    }

    @Override
    public RecoveryChoice askRecovery(String name, String details, boolean canCompare) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Restore unsaved changes to “" + name + "”?", details);
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType compare = new ButtonType("Compare with File…", ButtonBar.ButtonData.LEFT);
        ButtonType later = new ButtonType("Decide Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(restore, discard, later);
        if (canCompare) {
            a.getButtonTypes().add(0, compare);
        }
        ButtonType answer = a.showAndWait().orElse(later);
        return answer == restore ? RecoveryChoice.RESTORE : answer == discard ? RecoveryChoice.DISCARD
                : answer == compare ? RecoveryChoice.COMPARE : RecoveryChoice.LATER;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(prompt);
        d.getEditor().setPrefColumnCount(40);
        return d.showAndWait();
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> choices, Function<T, String> label) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        Map<String, T> byLabel = new LinkedHashMap<>();
        choices.forEach(c -> byLabel.put(label.apply(c), c));
        ChoiceDialog<String> d = new ChoiceDialog<>(byLabel.keySet().iterator().next(), byLabel.keySet());
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(prompt);
        return d.showAndWait().map(byLabel::get);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialFolder) {
        FileChooser fc = chooser(title, initialFolder);
        fc.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Ladders (*.ladder.json)", "*.ladder.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(fc.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialFolder, String suggestedName, String description, String extension) {
        FileChooser fc = chooser(title, initialFolder);
        fc.setInitialFileName(suggestedName);
        fc.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(description, "*" + extension));
        return Optional.ofNullable(fc.showSaveDialog(owner)).map(File::toPath).map(p ->
                p.getFileName().toString().endsWith(extension) ? p : p.resolveSibling(p.getFileName() + extension));
    }

    private static FileChooser chooser(String title, Path initialFolder) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            fc.setInitialDirectory(initialFolder.toFile());
        }
        return fc;
    }
}
