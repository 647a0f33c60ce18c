package app.dualtrack.ui.dialog;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/** Secondary windows (the guide, comparisons) in the main window's look: same stylesheets, same theme. */
public final class Windows {
    private Windows() {
    }

    public static Stage open(Window owner, String title, Parent root, double width, double height, List<String> stylesheets, boolean dark) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().setAll(stylesheets);
        if (dark) {
            root.getStyleClass().add("dark");
        }
        stage.setScene(scene);
        // secondary windows close as dialogs do: Esc, or Ctrl+W as every window of the app
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.ESCAPE), stage::close);
        scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+W"), stage::close);
        stage.show();
        return stage;
    }
}
