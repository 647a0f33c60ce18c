package app.dualtrack.session;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Analyzer;
import app.dualtrack.model.Ladder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Keeps an analysis report in step with the ladder being edited: requests are debounced, the
 * analysis runs on the background scheduler, and the immutable report is published on the owner's
 * thread (the FX thread in the app). Only the newest request publishes, so a slow old analysis never
 * overwrites a newer one. Tests pass {@link Scheduler#immediate()}, a same-thread owner and no delay.
 */
public final class LiveAnalysis {
    private volatile AnalysisReport report = AnalysisReport.EMPTY;
    /** The snapshot the current report is about (set with the report), null before the first. */
    private volatile Ladder analysed;
    private final Debouncer debouncer;
    private final Executor owner;
    private final long delayMillis;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private final List<Consumer<AnalysisReport>> listeners = new CopyOnWriteArrayList<>();
    private volatile Analyzer analyzer = Analyzer.standard();

    public LiveAnalysis(Scheduler background, Executor owner, long delayMillis, Clock clock) {
        this.debouncer = new Debouncer(background);
        this.owner = owner;
        this.delayMillis = delayMillis;
        this.clock = clock;
    }

    /** Uses a different analyzer (a ladder's rules file) from the next request on. */
    public void setAnalyzer(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Hears of every new report, on the owner's thread. */
    public void addListener(Consumer<AnalysisReport> listener) {
        listeners.add(listener);
    }

    public AnalysisReport report() {
        return report;
    }

    /**
     * The snapshot the current report is about, or null while the first analysis has not finished: a
     * level it does not hold (one added a moment ago) has not been looked at yet.
     */
    public Ladder analysedLadder() {
        return analysed;
    }

    /** Asks for an analysis of this snapshot; earlier pending requests are dropped. */
    public void request(Ladder ladder) {
        long mine = generation.incrementAndGet();
        debouncer.schedule(() -> {
            if (generation.get() != mine) {
                return;
            }
            AnalysisReport r = analyzer.analyze(ladder, LocalDate.now(clock));
            owner.execute(() -> {
                if (generation.get() == mine) {
                    analysed = ladder;
                    report = r;
                    listeners.forEach(l -> l.accept(r));
                }
            });
        }, delayMillis);
    }

    /** Drops whatever is pending; no report is published after this. */
    public void stop() {
        generation.incrementAndGet();
        debouncer.cancel();
    }
}
