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
        getStyleClass().addAll("behaviour-text", primary ? "primary" : "supporting");
        setWrapText(true);
        replaceText(text);
        // one undo stack for the window: the area keeps no history of its own (Ctrl+Z goes to the document)
        setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        setPrefHeight(34);
        setMinWidth(100); // wraps in a narrow inspector instead of pushing it wider than the window gives it
        totalHeightEstimateProperty().addListener((o, a, h) -> fitHeight());
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

    /**
     * Grows with the wrapped text. The height is what the area itself laid its lines out at (with the
     * stylesheet's real font), plus its padding, so the last line's descenders are never cut.
     */
    private void fitHeight() {
        Double lines = getTotalHeightEstimate();
        if (lines == null || lines <= 0) {
            return;
        }
        double wanted = Math.max(34, Math.ceil(lines + snappedTopInset() + snappedBottomInset() + 2));
        if (Math.abs(wanted - getPrefHeight()) > 0.5) {
            setPrefHeight(wanted);
            setMinHeight(wanted);
        }
    }

    /** The height the text needs, as the area measures it, for tests. */
    double neededHeight() {
        Double lines = getTotalHeightEstimate();
        return (lines == null ? 0 : lines) + snappedTopInset() + snappedBottomInset();
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
