package app.dualtrack.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Help › About Dualtrack. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("About Dualtrack");
        a.setHeaderText("Dualtrack " + version());
        Label text = new Label("Design a dual-track engineering career ladder, see where it is a management track in disguise, "
                + "fix it, export it as a PDF and compare versions.\n\nWorks offline, on your own files.\nJava "
                + System.getProperty("java.version") + " · JavaFX " + System.getProperty("javafx.version", "21"));
        text.setWrapText(true);
        text.setMaxWidth(420);
        a.getDialogPane().setContent(text);
        a.showAndWait();
    }

    static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
