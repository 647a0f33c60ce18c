package app.dualtrack.ui.guide;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The built-in guide to the three design flaws and their fixes. Its text is a resource
 * ({@code guide.txt}): "# " is the title, "## topic: Heading" starts a topic that findings link to,
 * "Fix: " lines are shown as the fix.
 */
public final class GuideView extends ScrollPane {
    private final Map<String, Label> headings = new HashMap<>();

    public GuideView() {
        VBox box = new VBox();
        box.getStyleClass().add("guide");
        for (String line : text().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Label l;
            if (line.startsWith("## ")) {
                String rest = line.substring(3);
                int colon = rest.indexOf(':');
                l = new Label(rest.substring(colon + 1).strip());
                l.getStyleClass().add("guide-heading");
                headings.put(rest.substring(0, colon).strip(), l);
            } else if (line.startsWith("# ")) {
                l = new Label(line.substring(2));
                l.getStyleClass().add("guide-title");
            } else if (line.startsWith("Fix: ")) {
                l = new Label("The fix: " + line.substring(5));
                l.getStyleClass().addAll("guide-text", "guide-fix");
            } else {
                l = new Label(line);
                l.getStyleClass().add("guide-text");
            }
            l.setWrapText(true);
            l.setMaxWidth(660);
            box.getChildren().add(l);
        }
        setContent(box);
        setFitToWidth(true);
        setId("guide");
    }

    /** Scrolls to a topic ("management-language", "invisible-progress", "track-runs-out", "drift") and marks it. */
    public void showTopic(String topic) {
        headings.values().forEach(h -> h.getStyleClass().remove("highlight"));
        Label heading = headings.get(topic);
        if (heading == null) {
            return;
        }
        heading.getStyleClass().add("highlight");
        Platform.runLater(() -> {
            double h = getContent().getBoundsInLocal().getHeight() - getViewportBounds().getHeight();
            if (h > 0) {
                setVvalue(Math.min(1, heading.getBoundsInParent().getMinY() / h));
            }
        });
    }

    /** Opens the guide in its own window, at a topic (or null for the top). */
    public static void open(Window owner, String topic, java.util.List<String> stylesheets, boolean dark) {
        GuideView view = new GuideView();
        app.dualtrack.ui.dialog.Windows.open(owner, "The three design flaws — Dualtrack guide", view, 760, 640, stylesheets, dark);
        if (topic != null) {
            view.showTopic(topic);
        }
    }

    static String text() {
        try (InputStream in = GuideView.class.getResourceAsStream("/app/dualtrack/ui/guide.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
