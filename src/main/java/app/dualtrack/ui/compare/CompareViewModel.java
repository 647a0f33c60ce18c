package app.dualtrack.ui.compare;

import app.dualtrack.compare.LadderComparator;
import app.dualtrack.compare.LadderComparison;
import app.dualtrack.compare.LevelChange;
import app.dualtrack.compare.LevelStep;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two versions side by side: the comparison, the list of changes to step through (next/previous),
 * and the level step (what changes from one level to another).
 */
public final class CompareViewModel {
    /** One stop when stepping through changes: a level by its id on either side, or the ladder itself. */
    public record Stop(String beforeId, String afterId, String label) {
    }

    private final LadderComparison comparison;
    private final LocalDate today;
    private final String beforeLabel;
    private final String afterLabel;
    private final List<Stop> stops = new ArrayList<>();
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Level> stepLower = new SimpleObjectProperty<>();
    private final ObjectProperty<Level> stepHigher = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LevelStep> step = new ReadOnlyObjectWrapper<>();

    public CompareViewModel(Ladder before, String beforeLabel, Ladder after, String afterLabel, LocalDate today) {
        this.comparison = LadderComparator.compare(before, after, today);
        this.today = today;
        this.beforeLabel = beforeLabel;
        this.afterLabel = afterLabel;
        if (!comparison.ladderFields().isEmpty() || !comparison.addedMechanisms().isEmpty() || !comparison.removedMechanisms().isEmpty()
                || !comparison.changedMechanisms().isEmpty()) {
            stops.add(new Stop(null, null, "The ladder"));
        }
        for (Level l : before.allLevels()) {
            if (comparison.removedLevels().contains(l)) {
                stops.add(new Stop(l.id(), null, l.title() + " — removed"));
            }
        }
        for (LevelChange c : comparison.changedLevels()) {
            stops.add(new Stop(c.before().id(), c.after().id(), c.after().title() + " — changed"));
        }
        for (Level l : comparison.addedLevels()) {
            stops.add(new Stop(null, l.id(), l.title() + " — added"));
        }
        stepLower.addListener((o, a, b) -> updateStep());
        stepHigher.addListener((o, a, b) -> updateStep());
        after.technical().stream().skip(1).findFirst().ifPresent(l -> selectStepFor(l.id()));
    }

    /** The same two versions the other way round: what was added is now removed, and so on. */
    public CompareViewModel swapped() {
        return new CompareViewModel(comparison.after(), afterLabel, comparison.before(), beforeLabel, today);
    }

    public LocalDate today() {
        return today;
    }

    /** "IC5 Principal Engineer: message", one line per finding the newer version introduces. */
    public List<String> introducedFindings() {
        return describe(comparison.introduced(), comparison.after());
    }

    public List<String> resolvedFindings() {
        return describe(comparison.resolved(), comparison.before());
    }

    private static List<String> describe(List<app.dualtrack.analysis.Finding> findings, Ladder ladder) {
        List<String> out = new ArrayList<>();
        for (var f : findings) {
            String where = f.level() == null ? "The ladder" : ladder.level(f.level()).map(app.dualtrack.ui.document.LevelNames::of).orElse("A level");
            out.add(where + ": " + f.message());
        }
        return out;
    }

    /** The comparison as a PDF report, written atomically to {@code target}; returns the page count. */
    public int exportReport(java.nio.file.Path target) throws java.io.IOException, app.dualtrack.export.ExportException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        var result = new app.dualtrack.export.ComparisonPdfExporter().export(comparison, beforeLabel, afterLabel, today, out);
        app.dualtrack.format.AtomicFileWriter.write(target, out.toByteArray());
        return result.pages();
    }

    public LadderComparison comparison() {
        return comparison;
    }

    public String beforeLabel() {
        return beforeLabel;
    }

    public String afterLabel() {
        return afterLabel;
    }

    public String summary() {
        return comparison.summary();
    }

    public List<Stop> stops() {
        return stops;
    }

    public IntegerProperty currentProperty() {
        return current;
    }

    public Optional<Stop> currentStop() {
        int i = current.get();
        return i < 0 || i >= stops.size() ? Optional.empty() : Optional.of(stops.get(i));
    }

    public void next() {
        if (!stops.isEmpty()) {
            current.set((current.get() + 1) % stops.size());
        }
    }

    public void previous() {
        if (!stops.isEmpty()) {
            current.set(current.get() <= 0 ? stops.size() - 1 : current.get() - 1);
        }
    }

    public Optional<LevelChange> changeFor(String afterId) {
        return comparison.levels().stream().filter(c -> c.after().id().equals(afterId)).findFirst();
    }

    public ObjectProperty<Level> stepLowerProperty() {
        return stepLower;
    }

    public ObjectProperty<Level> stepHigherProperty() {
        return stepHigher;
    }

    public ReadOnlyObjectProperty<LevelStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Compares a level of the newer ladder with the one below it on its track (the default pair). */
    public void selectStepFor(String afterId) {
        Ladder after = comparison.after();
        after.level(afterId).ifPresent(higher -> after.levelBelow(afterId).ifPresent(lower -> {
            stepLower.set(lower);
            stepHigher.set(higher);
        }));
    }

    private void updateStep() {
        step.set(stepLower.get() == null || stepHigher.get() == null ? null : LevelStep.between(stepLower.get(), stepHigher.get()));
    }
}
