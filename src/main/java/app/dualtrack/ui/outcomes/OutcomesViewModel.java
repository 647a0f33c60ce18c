package app.dualtrack.ui.outcomes;

import app.dualtrack.model.Ladder;
import app.dualtrack.outcomes.OutcomeAnalyzer;
import app.dualtrack.outcomes.OutcomeRecords;
import app.dualtrack.outcomes.OutcomeReport;
import app.dualtrack.outcomes.RecordProblem;
import app.dualtrack.outcomes.RecordsFile;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import app.dualtrack.export.ExportException;
import app.dualtrack.export.ExportOptions;
import app.dualtrack.export.ExportResult;
import app.dualtrack.export.LadderPdfExporter;
import app.dualtrack.format.AtomicFileWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The Outcomes window's state, testable without a screen: which records file is analysed against
 * which ladder, the report, and the rows that were left out. The records file is remembered per
 * ladder file in the preferences, never in the ladder.
 */
public final class OutcomesViewModel {
    private final Supplier<Ladder> ladder;
    private final Path ladderFile;
    private final RecordsLocations locations;
    private final Supplier<LocalDate> today;
    private final ObjectProperty<Path> recordsFile = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private final ObjectProperty<OutcomeReport> report = new SimpleObjectProperty<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /**
     * @param ladder     the ladder as it is now (the open document may change while the window is open)
     * @param ladderFile the ladder's file, or null when it has never been saved (nothing is remembered then)
     */
    public OutcomesViewModel(Supplier<Ladder> ladder, Path ladderFile, RecordsLocations locations, Supplier<LocalDate> today) {
        this.ladder = ladder;
        this.ladderFile = ladderFile;
        this.locations = locations;
        this.today = today;
        since.addListener((o, a, b) -> refresh());
        status.set("Choose the promotion records (a CSV of person, date, level) to see what happens on each track.");
    }

    /** Opens the records remembered for this ladder, if there are any and they still exist. */
    public void openRemembered() {
        locations.recordsFor(ladderFile).filter(Files::isRegularFile).ifPresent(this::open);
    }

    /** Reads and analyses a records file; bad rows are listed and the rest analysed. */
    public void open(Path file) {
        recordsFile.set(file);
        locations.remember(ladderFile, file);
        refresh();
    }

    /** Reads the records again (after they were edited, or the ladder changed). */
    public void refresh() {
        Path file = recordsFile.get();
        if (file == null) {
            return;
        }
        LocalDate day = today.get();
        LocalDate from = since.get() != null && since.get().isAfter(day) ? null : since.get();
        Ladder current = ladder.get();          // one snapshot: the rows are resolved against the ladder they are analysed with
        try {
            OutcomeRecords records = RecordsFile.read(file, current, day);
            problems.setAll(records.problems().stream().map(RecordProblem::describe).toList());
            OutcomeReport r = OutcomeAnalyzer.analyze(current, records.records(), from, day);
            report.set(r);
            status.set(r.peopleText() + ", " + r.periodText()
                    + (problems.isEmpty() ? "" : " · " + problems.size() + (problems.size() == 1 ? " row" : " rows") + " left out")
                    + (ladderFile == null ? " · save the ladder to have these records remembered with it" : ""));
        } catch (RecordsFile.UnreadableException e) {
            report.set(null);
            problems.clear();
            status.set(e.getMessage());
        }
    }

    /**
     * Writes the ladder's PDF with the Outcomes section for the current report, atomically.
     * Slow (the PDF is laid out): call it off the JavaFX thread.
     *
     * @return the number of pages
     */
    public int exportPdf(Path target) throws ExportException, IOException {
        OutcomeReport r = report.get();
        if (r == null) {
            throw new IllegalStateException("no records analysed yet");
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ExportResult result = new LadderPdfExporter().export(ladder.get(), ExportOptions.defaults(today.get()), r, pdf);
        AtomicFileWriter.write(target, pdf.toByteArray());
        return result.pages();
    }

    /** A name for the PDF beside the ladder: "acme.ladder.json" gives "acme-outcomes.pdf". */
    public String suggestedPdfName() {
        String base = ladderFile == null ? "ladder" : ladderFile.getFileName().toString().replaceFirst("\\.ladder\\.json$", "");
        return base + "-outcomes.pdf";
    }

    public ReadOnlyObjectProperty<Path> recordsFileProperty() {
        return recordsFile;
    }

    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }

    public ReadOnlyObjectProperty<OutcomeReport> reportProperty() {
        return report;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Where to start looking for a records file: beside the last one, or beside the ladder. */
    public Path initialFolder() {
        Path remembered = recordsFile.get() != null ? recordsFile.get() : locations.recordsFor(ladderFile).orElse(null);
        Path base = remembered != null ? remembered.getParent() : ladderFile == null ? null : ladderFile.toAbsolutePath().getParent();
        return base != null && Files.isDirectory(base) ? base : null;
    }
}
