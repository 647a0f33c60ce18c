package app.dualtrack.ui.controls;

import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first rests on their node. A JavaFX {@link Tooltip} is a popup
 * window with a scene of its own, made in its constructor: the window's first frame made some 70 of
 * them (toolbar, level cards, badges, warnings) that almost nobody hovers, about a tenth of building
 * the view. The text is set as the node's accessible help at once, which is what a screen reader
 * reads from a control's tooltip.
 */
public final class Tooltips {
    private static final String PENDING = "dualtrack.tooltip.pending";

    private Tooltips() {
    }

    /** Installs a tooltip with this text on the node when the pointer first enters it. */
    public static void install(Node node, String text) {
        node.setAccessibleHelp(text);
        whenFirstEntered(node, () -> new Tooltip(text));
    }

    /** The same for a text that changes; the tooltip follows it. */
    public static void install(Node node, ObservableValue<String> text) {
        node.accessibleHelpProperty().bind(text);
        whenFirstEntered(node, () -> {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(text);
            return tip;
        });
    }

    /** Replaces the text of a tooltip installed here, made or not; null removes it. */
    public static void setText(Node node, String text) {
        if (text == null) {
            uninstall(node);
            return;
        }
        Tooltip made = made(node);
        if (made != null) {
            made.setText(text);
            node.setAccessibleHelp(text);
        } else {
            uninstall(node);
            install(node, text);
        }
    }

    /** Removes the tooltip, made or still pending. */
    public static void uninstall(Node node) {
        Object pending = node.getProperties().remove(PENDING);
        if (pending instanceof Pending p) {
            node.removeEventHandler(MouseEvent.MOUSE_ENTERED, p);
        }
        Tooltip made = made(node);
        if (made != null) {
            if (node instanceof Control c) {
                c.setTooltip(null);
            } else {
                Tooltip.uninstall(node, made);
            }
            node.getProperties().remove(Tooltip.class);
        }
        if (!node.accessibleHelpProperty().isBound()) {
            node.setAccessibleHelp(null);
        }
    }

    /** The tooltip made on this node so far, or null. */
    public static Tooltip made(Node node) {
        return node.getProperties().get(Tooltip.class) instanceof Tooltip t ? t : null;
    }

    private interface Maker {
        Tooltip make();
    }

    private static void whenFirstEntered(Node node, Maker maker) {
        Pending pending = new Pending(node, maker);
        node.getProperties().put(PENDING, pending);
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, pending);
    }

    /** Makes and installs the tooltip on the first entry, then steps aside; the pointer's next move shows it as usual. */
    private record Pending(Node node, Maker maker) implements EventHandler<MouseEvent> {
        @Override
        public void handle(MouseEvent e) {
            node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
            node.getProperties().remove(PENDING);
            Tooltip tip = maker.make();
            node.getProperties().put(Tooltip.class, tip);
            if (node instanceof Control c) {
                c.setTooltip(tip);
            } else {
                Tooltip.install(node, tip);
            }
        }
    }
}
