package app.dualtrack.ui.inspector;

import app.dualtrack.analysis.Finding;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * One behaviour sentence, editable, with flagged phrases underlined like a spell checker. Setting
 * the text from the model does not echo back as an edit.
 */
final class BehaviourEditor extends StyleClassedTextArea {
    private boolean programmatic;

    BehaviourEditor(String text, boolean primary, Consumer<String> onEdit) {
        this.bold = primary;
        getStyleClass().addAll("behaviour-text", primary ? "primary" : "supporting");
        setWrapText(true);
        replaceText(text);
        setPrefHeight(34);
        // Grow with the wrapped text, measured as the area would lay it out at its current width.
        widthProperty().addListener((o, a, w) -> fitHeight());
        textProperty().addListener((o, a, t) -> fitHeight());
        textProperty().addListener((o, a, b) -> {
            if (!programmatic) {
                onEdit.accept(b);
            }
        });
        // One sentence per behaviour: Enter never inserts a line break.
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
            }
        });
    }

    private final javafx.scene.text.Text measure = new javafx.scene.text.Text();
    private final boolean bold;

    private void fitHeight() {
        double width = getWidth() - 16;
        if (width <= 0) {
            return;
        }
        measure.setText(getText().isEmpty() ? "x" : getText());
        measure.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                bold ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL, 13));
        measure.setWrappingWidth(width);
        double wanted = Math.max(34, Math.ceil(measure.getLayoutBounds().getHeight()) + 14);
        if (Math.abs(wanted - getPrefHeight()) > 0.5) {
            setPrefHeight(wanted);
            setMinHeight(wanted);
        }
    }

    /** Shows a new text from the model, keeping the caret where it was when possible. */
    void showText(String text) {
        if (text.equals(getText())) {
            return;
        }
        int caret = Math.min(getCaretPosition(), text.length());
        programmatic = true;
        try {
            replaceText(text);
            moveTo(caret);
        } finally {
            programmatic = false;
        }
    }

    /** Underlines the phrases the findings point at. */
    void highlight(Collection<Finding> findings) {
        int length = getLength();
        List<Finding> spans = findings.stream().filter(Finding::hasSpan).filter(f -> f.end() <= length)
                .sorted(Comparator.comparingInt(Finding::start)).toList();
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int pos = 0;
        for (Finding f : spans) {
            if (f.start() < pos) {
                continue;
            }
            b.add(List.of(), f.start() - pos);
            b.add(List.of("flag-" + f.severity().key()), f.end() - f.start());
            pos = f.end();
        }
        b.add(List.of(), Math.max(0, length - pos));
        StyleSpans<Collection<String>> styles = b.create();
        setStyleSpans(0, styles);
    }
}
