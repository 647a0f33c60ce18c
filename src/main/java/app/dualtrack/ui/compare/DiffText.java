package app.dualtrack.ui.compare;

import app.dualtrack.compare.WordDiff;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Word differences as text: removed words struck through, added words underlined; colour only adds to that. */
final class DiffText {
    private DiffText() {
    }

    static TextFlow of(WordDiff diff) {
        TextFlow flow = new TextFlow();
        for (WordDiff.Segment s : diff.segments()) {
            Text t = new Text(s.text());
            t.getStyleClass().add("diff-" + s.kind().name().toLowerCase());
            if (s.kind() == WordDiff.Kind.REMOVED) t.setStrikethrough(true);
            if (s.kind() == WordDiff.Kind.ADDED) t.setUnderline(true);
            flow.getChildren().add(t);
        }
        return flow;
    }

    static Node line(String marker, String text, String style) {
        Text m = new Text(marker + " ");
        m.getStyleClass().add("diff-marker");
        Text t = new Text(text);
        t.getStyleClass().add(style);
        if (style.equals("diff-removed")) t.setStrikethrough(true);
        if (style.equals("diff-added")) t.setUnderline(true);
        TextFlow flow = new TextFlow(m, t);
        return flow;
    }
}
