package app.dualtrack.ui.inspector;

import app.dualtrack.ui.document.BehaviourClipboard;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;

import java.util.Optional;

/**
 * Whole behaviours on the system clipboard: plain text for every other program, and the ladder JSON
 * under Dualtrack's own format, so a paste here keeps kinds and areas while a paste into a wiki gets lines.
 */
final class SystemBehaviourClipboard implements BehaviourClipboard.Access {
    static final SystemBehaviourClipboard INSTANCE = new SystemBehaviourClipboard();

    /** A format may be made once per process; another part of the app may have made it already. */
    private static final String MIME = "application/x-dualtrack-behaviours+json";
    private static final DataFormat JSON = DataFormat.lookupMimeType(MIME) != null ? DataFormat.lookupMimeType(MIME) : new DataFormat(MIME);

    private SystemBehaviourClipboard() {
    }

    @Override
    public void put(BehaviourClipboard.Contents contents) {
        ClipboardContent content = new ClipboardContent();
        content.putString(contents.text());
        content.put(JSON, contents.json());
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public Optional<String> json() {
        Object o = Clipboard.getSystemClipboard().getContent(JSON);
        return o instanceof String s ? Optional.of(s) : Optional.empty();
    }

    @Override
    public Optional<String> text() {
        return Optional.ofNullable(Clipboard.getSystemClipboard().getString());
    }
}
