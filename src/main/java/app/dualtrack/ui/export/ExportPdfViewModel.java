package app.dualtrack.ui.export;

import app.dualtrack.export.ExportException;
import app.dualtrack.export.ExportOptions;
import app.dualtrack.export.ExportResult;
import app.dualtrack.export.LadderPdfExporter;
import app.dualtrack.format.AtomicFileWriter;
import app.dualtrack.model.Ladder;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * File › Export PDF…: the options, and the export itself, run off the FX thread. The result (or
 * the reason it failed) is published on the FX thread through {@code publisher}.
 */
public final class ExportPdfViewModel {
    /** How an export ended: the file written and anything the user should know, or a failure message. */
    public record Outcome(Path file, ExportResult result, String error) {
        public boolean succeeded() {
            return error == null;
        }
    }

    private final ObjectProperty<ExportOptions.Paper> paper = new SimpleObjectProperty<>(ExportOptions.Paper.A4);
    private final BooleanProperty bands = new SimpleBooleanProperty(false);
    private final BooleanProperty audit = new SimpleBooleanProperty(false);
    private final BooleanProperty changes = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Executor background;
    private final Executor publisher;

    public ExportPdfViewModel(app.dualtrack.ui.tasks.Background tasks) {
        this.background = tasks.work();
        this.publisher = tasks.ui();
    }

    public ObjectProperty<ExportOptions.Paper> paperProperty() {
        return paper;
    }

    public BooleanProperty bandsProperty() {
        return bands;
    }

    public BooleanProperty auditProperty() {
        return audit;
    }

    public BooleanProperty changesProperty() {
        return changes;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ExportOptions options(LocalDate today) {
        return new ExportOptions(paper.get(), bands.get(), audit.get(), changes.get(), today);
    }

    /** Exports {@code ladder} to {@code target}; {@code done} runs on the FX thread. */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExportPdfViewModel.class);

    public void export(Ladder ladder, Path target, LocalDate today, Consumer<Outcome> done) {
        ExportOptions options = options(today);
        running.set(true);
        status.set("Exporting " + target.getFileName() + "…");
        background.execute(() -> {
            Outcome outcome;
            try {
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                ExportResult result = new LadderPdfExporter().export(ladder, options, pdf);
                AtomicFileWriter.writeWithoutBackup(target, pdf.toByteArray()); // outputs get no .bak: backups are for ladders
                outcome = new Outcome(target, result, null);
                LOG.info("Exported {} ({} pages)", target, result.pages());
            } catch (ExportException e) {
                LOG.warn("Export to {} failed", target, e);
                outcome = new Outcome(target, null, e.getMessage());
            } catch (IOException e) {
                LOG.warn("Export to {} could not be written", target, e);
                outcome = new Outcome(target, null, "The PDF could not be written. " + app.dualtrack.format.SaveProblem.describe(e, target, ""));
            }
            Outcome finalOutcome = outcome;
            publisher.execute(() -> {
                running.set(false);
                status.set(finalOutcome.succeeded() ? "Exported " + finalOutcome.result().pages() + " pages." : finalOutcome.error());
                done.accept(finalOutcome);
            });
        });
    }
}
