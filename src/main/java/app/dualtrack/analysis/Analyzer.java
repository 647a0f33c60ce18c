package app.dualtrack.analysis;

import app.dualtrack.model.Ladder;

import java.time.LocalDate;

/**
 * The one analysis engine behind the editor's warnings pane, the PDF audit appendix, the
 * comparison and {@code lint}. Pure and thread-safe: analyse any ladder on any thread.
 *
 * <p>CONTRACT ONLY for now: the analysis work replaces the body with the real rules.
 */
public final class Analyzer {
    private Analyzer() {
    }

    /** The analyzer with the built-in rules and lexicons. */
    public static Analyzer standard() {
        return new Analyzer();
    }

    /** Analyses a ladder as of {@code today} (review dates are judged against it). */
    public AnalysisReport analyze(Ladder ladder, LocalDate today) {
        return AnalysisReport.EMPTY;
    }
}
