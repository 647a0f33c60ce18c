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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    /** Where non-modal news goes: the main window's banner, once it exists. */
    private News news;

    /** Shows non-modal news with buttons; news that {@code stays} waits for an answer instead of fading. */
    @FunctionalInterface
    public interface News {
        void show(String message, List<Choice> choices, boolean stays);
    }

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

    public void setNews(News news) {
        this.news = news;
    }

    @Override
    public void notify(String message, String actionLabel, Runnable action) {
        if (news == null) {
            showInformation("Dualtrack", message);
        } else {
            news.show(message, actionLabel == null || action == null ? List.of() : List.of(new Choice(actionLabel, action)), false);
        }
    }

    @Override
    public void offer(String message, List<Choice> choices) {
        if (news != null) {
            news.show(message, choices, true);
            return;
        }
        // before the main window exists there is no banner: ask in a dialog instead
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Dualtrack", message);
        List<ButtonType> buttons = new ArrayList<>();
        for (Choice c : choices) {
            buttons.add(new ButtonType(c.label(), ButtonBar.ButtonData.OTHER));
        }
        ButtonType notNow = new ButtonType("Not Now", ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(buttons);
        a.getButtonTypes().add(notNow);
        a.showAndWait().filter(buttons::contains).ifPresent(b -> choices.get(buttons.indexOf(b)).action().run());
    }

    /** Buttons keep their whole label ("Reload from Disk", never "Reload from …"). */
    private static void fullLabels(Alert a) {
        for (ButtonType t : a.getButtonTypes()) {
            javafx.scene.Node b = a.getDialogPane().lookupButton(t);
            if (b instanceof javafx.scene.control.Button button) {
                button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                ButtonBar.setButtonUniformSize(button, false);
            }
        }
        // wide enough for four whole labels side by side
        a.getDialogPane().setMinWidth(640);
    }

    /** Enter chooses {@code safe}; every other button needs a click or its mnemonic. */
    private static void defaultButton(Alert a, ButtonType safe) {
        for (ButtonType t : a.getButtonTypes()) {
            javafx.scene.Node b = a.getDialogPane().lookupButton(t);
            if (b instanceof javafx.scene.control.Button button) {
                button.setDefaultButton(t == safe);
            }
        }
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
        return showDiskChanged(diskChangedAlert(fileName));
    }

    /**
     * Asked only when there are unsaved changes (otherwise the file is reloaded without a question).
     * Enter compares, which loses nothing; reloading and keeping one's own version are deliberate clicks.
     */
    public Alert diskChangedAlert(String fileName) {
        Alert a = alert(Alert.AlertType.WARNING, "“" + fileName + "” changed on disk",
                "Someone or something (a git pull, another editor) changed the file while you have unsaved changes. "
                        + "Compare the two first, reload the file and lose your unsaved changes, or keep your version and save over theirs.");
        a.getButtonTypes().setAll(DISK_RELOAD, DISK_COMPARE, DISK_KEEP, ButtonType.CANCEL);
        fullLabels(a);
        defaultButton(a, DISK_COMPARE);
        a.getDialogPane().setId("disk-changed");
        return a;
    }

    private static final ButtonType DISK_RELOAD = new ButtonType("Reload from Disk", ButtonBar.ButtonData.LEFT);
    private static final ButtonType DISK_KEEP = new ButtonType("Keep Mine", ButtonBar.ButtonData.OTHER);
    private static final ButtonType DISK_COMPARE = new ButtonType("Compare…", ButtonBar.ButtonData.YES);

    private static DiskChoice showDiskChanged(Alert a) {
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        return answer == DISK_RELOAD ? DiskChoice.RELOAD : answer == DISK_KEEP ? DiskChoice.KEEP_MINE
                : answer == DISK_COMPARE ? DiskChoice.COMPARE : DiskChoice.CANCEL;
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
        return choose(title, prompt, choices, label, null);
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> choices, Function<T, String> label, T initial) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        Map<String, T> byLabel = new LinkedHashMap<>();
        choices.forEach(c -> byLabel.put(label.apply(c), c));
        String first = initial != null && choices.contains(initial) ? label.apply(initial) : byLabel.keySet().iterator().next();
        ChoiceDialog<String> d = new ChoiceDialog<>(first, byLabel.keySet());
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
