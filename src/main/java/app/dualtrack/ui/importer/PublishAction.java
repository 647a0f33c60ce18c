package app.dualtrack.ui.importer;

import app.dualtrack.format.AtomicFileWriter;
import app.dualtrack.model.Ladder;
import app.dualtrack.publish.PublishFormat;
import app.dualtrack.publish.TableShape;
import app.dualtrack.ui.dialog.DialogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** File › Export as Markdown, HTML, CSV or Excel…: choose the form (and for tables the shape), then where. */
public final class PublishAction {
    private static final Logger LOG = LoggerFactory.getLogger(PublishAction.class);

    /** One entry of the choice: a form and, for tables, a shape. */
    public record Choice(PublishFormat format, TableShape shape) {
        public String label() {
            if (!format.tabular()) {
                return format.label();
            }
            return format.label() + (shape == TableShape.MATRIX ? ": areas × levels (matrix)" : ": one row per behaviour");
        }
    }

    private PublishAction() {
    }

    public static List<Choice> choices() {
        List<Choice> out = new ArrayList<>();
        for (PublishFormat f : PublishFormat.values()) {
            if (f.tabular()) {
                out.add(new Choice(f, TableShape.ROWS));
                out.add(new Choice(f, TableShape.MATRIX));
            } else {
                out.add(new Choice(f, TableShape.ROWS));
            }
        }
        return out;
    }

    /** Asks and writes; returns the file written, if any. */
    public static Optional<Path> run(Ladder ladder, String documentName, Path folder, DialogService dialogs) {
        Optional<Choice> choice = dialogs.choose("Export", "Publish the ladder as:", choices(), Choice::label);
        if (choice.isEmpty()) {
            return Optional.empty();
        }
        Choice c = choice.get();
        String base = documentName == null ? "ladder" : documentName.replaceFirst("(\\.ladder)?\\.json$", "");
        Optional<Path> target = dialogs.chooseFileToSave("Export as " + c.format().extension().toUpperCase(java.util.Locale.ROOT), folder,
                base + (c.shape() == TableShape.MATRIX ? "-matrix." : ".") + c.format().extension(), c.label(), "." + c.format().extension());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        try {
            AtomicFileWriter.write(target.get(), c.format().render(ladder, c.shape()));
            return target;
        } catch (IOException e) {
            LOG.warn("export to {} failed", target.get(), e);
            dialogs.showError("The ladder was not exported", target.get().getFileName() + " could not be written: " + e.getMessage());
            return Optional.empty();
        }
    }
}
