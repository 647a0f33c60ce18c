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
        WordDiff.Segment previous = null;
        for (WordDiff.Segment s : diff.segments()) {
            if (previous != null && needsGap(previous, s)) {
                // "several" struck through then "A technical" underlined read as "severalA technical" without a gap
                flow.getChildren().add(new Text(" "));
            }
            previous = s;
            Text t = new Text(s.text());
            t.getStyleClass().add("diff-" + s.kind().name().toLowerCase());
            if (s.kind() == WordDiff.Kind.REMOVED) t.setStrikethrough(true);
            if (s.kind() == WordDiff.Kind.ADDED) t.setUnderline(true);
            flow.getChildren().add(t);
        }
        return flow;
    }

    /** A removed run next to an added one (or the reverse) with no space between them on the page. */
    static boolean needsGap(WordDiff.Segment a, WordDiff.Segment b) {
        boolean change = a.kind() != b.kind() && a.kind() != WordDiff.Kind.SAME && b.kind() != WordDiff.Kind.SAME;
        return change && !a.text().isEmpty() && !b.text().isEmpty()
                && !Character.isWhitespace(a.text().charAt(a.text().length() - 1)) && !Character.isWhitespace(b.text().charAt(0));
    }

    /** What the flow reads as, for tests and screen readers. */
    static String plainText(TextFlow flow) {
        StringBuilder sb = new StringBuilder();
        flow.getChildren().forEach(n -> sb.append(n instanceof Text t ? t.getText() : ""));
        return sb.toString();
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
