package app.dualtrack.ui;

import app.dualtrack.format.LadderFormatException;
import app.dualtrack.format.LadderReader;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The JavaFX application: a first window with the built-in example ladder. */
public class DualtrackApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(DualtrackApp.class, args);
    }

    /** The built-in example ladder shipped in the jar. */
    public static Ladder exampleLadder() {
        try (InputStream in = DualtrackApp.class.getResourceAsStream("/app/dualtrack/examples/example.ladder.json")) {
            return LadderReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "example.ladder.json");
        } catch (IOException | LadderFormatException e) {
            throw new IllegalStateException("the built-in example is broken", e);
        }
    }

    @Override
    public void start(Stage stage) {
        Ladder ladder = exampleLadder();
        Label name = new Label(ladder.name());
        name.setId("ladder-name");
        name.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        HBox columns = new HBox(24, column(ladder, Track.TECHNICAL), column(ladder, Track.MANAGEMENT));
        VBox shared = column(ladder, Track.SHARED);
        BorderPane root = new BorderPane(columns, name, null, shared, null);
        root.setPadding(new Insets(16));
        stage.setTitle("Dualtrack — " + ladder.name());
        stage.setScene(new Scene(root, 1100, 760));
        stage.show();
    }

    private static VBox column(Ladder ladder, Track track) {
        VBox box = new VBox(8);
        box.setId(track.key() + "-column");
        box.getChildren().add(new Label(track.label()));
        var levels = new java.util.ArrayList<>(ladder.track(track));
        java.util.Collections.reverse(levels);
        for (Level l : levels) {
            box.getChildren().add(new Label(l.title()));
        }
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }
}
