package app.dualtrack.ui.actions;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import app.dualtrack.ui.controls.Tooltips;

/**
 * One command of the window (JabRef's SimpleCommand model): what it does, whether it can run now
 * (a binding, not a flag someone must remember to update) and its label. Menu items, toolbar buttons,
 * context menus and shortcuts are all made from the same object, so they never disagree.
 */
public final class Command {
    private final AppAction action;
    private final Runnable handler;
    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper();

    public Command(AppAction action, Runnable handler) {
        this.action = action;
        this.handler = handler;
        label.set(action.label());
    }

    /** The command runs only while {@code condition} holds; its controls are disabled otherwise. */
    public Command executableWhen(ObservableBooleanValue condition) {
        executable.bind(condition);
        return this;
    }

    /** A label that follows the state, such as "Undo Rename level". */
    public Command labelledBy(ObservableStringValue text) {
        label.bind(text);
        return this;
    }

    public AppAction action() {
        return action;
    }

    public ReadOnlyBooleanProperty executableProperty() {
        return executable.getReadOnlyProperty();
    }

    public boolean isExecutable() {
        return executable.get();
    }

    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    /** Runs the command if it can run now; returns whether it ran. */
    public boolean execute() {
        if (!executable.get()) {
            return false;
        }
        handler.run();
        return true;
    }

    /** A menu item showing the shortcut; the menu bar registers the shortcut with the scene. */
    public MenuItem menuItem() {
        MenuItem item = new MenuItem(null, action.icon() == null ? null : action.icon().node());
        item.textProperty().bind(label);
        item.setAccelerator(action.accelerator());
        item.disableProperty().bind(executable.not());
        item.setOnAction(e -> execute());
        item.setId("menu-" + action.name().toLowerCase());
        return item;
    }

    /** The same item for a context menu (no id, so lookups find the menu bar's). */
    public MenuItem contextItem() {
        MenuItem item = menuItem();
        item.setId(null);
        return item;
    }

    /** A flat toolbar button with a tooltip naming the command and its shortcut. */
    public Button toolButton(String text) {
        Button b = new Button(text, action.icon() == null ? null : action.icon().node());
        b.getStyleClass().add("flat");
        Tooltips.install(b, Bindings.createStringBinding(() -> action.accelerator() == null ? label.get()
                : label.get() + " (" + action.accelerator().getDisplayText() + ")", label));
        b.setAccessibleText(action.label());
        b.disableProperty().bind(executable.not());
        b.setOnAction(e -> execute());
        b.setId("tool-" + action.name().toLowerCase());
        b.setFocusTraversable(false);
        return b;
    }
}
