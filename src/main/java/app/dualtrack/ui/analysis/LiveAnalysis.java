package app.dualtrack.ui.analysis;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Analyzer;
import app.dualtrack.model.Ladder;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Keeps an analysis report in step with the ladder being edited: edits are debounced, the
 * analysis runs on one background thread, and the immutable report is published on the FX thread.
 * Only the newest request publishes, so a slow old analysis never overwrites a newer one.
 * Tests pass a same-thread scheduler and publisher and a zero delay.
 */
public final class LiveAnalysis {
    /** Schedules work after a delay; a same-thread implementation runs it at once. */
    public interface Scheduler {
        void schedule(Runnable task, long delayMillis);

        static Scheduler of(ScheduledExecutorService executor) {
            return new Scheduler() {
                private ScheduledFuture<?> pending;

                @Override
                public synchronized void schedule(Runnable task, long delayMillis) {
                    if (pending != null) {
                        pending.cancel(false);
                    }
                    pending = executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
                }
            };
        }

        static Scheduler immediate() {
            return (task, delay) -> task.run();
        }
    }

    private final ReadOnlyObjectWrapper<AnalysisReport> report = new ReadOnlyObjectWrapper<>(AnalysisReport.EMPTY);
    /** The snapshot the current report is about (set just before the report), null before the first. */
    private volatile Ladder analysed;
    private final Scheduler scheduler;
    private final Executor publisher;
    private final long delayMillis;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile Supplier<Analyzer> analyzer = Analyzer::standard;

    public LiveAnalysis(Scheduler scheduler, Executor fxPublisher, long delayMillis, Clock clock) {
        this.scheduler = scheduler;
        this.publisher = fxPublisher;
        this.delayMillis = delayMillis;
        this.clock = clock;
    }

    /** Uses a different analyzer (a ladder's rules file) from now on. */
    public void setAnalyzer(Analyzer analyzer) {
        this.analyzer = () -> analyzer;
    }

    public ReadOnlyObjectProperty<AnalysisReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public AnalysisReport report() {
        return report.get();
    }

    /** Whether the current report has looked at this level yet (a level added a moment ago has not). */
    public boolean hasAnalysed(String levelId) {
        Ladder l = analysed;
        return l != null && l.level(levelId).isPresent();
    }

    /** Asks for an analysis of this snapshot; earlier pending requests are dropped. */
    public void request(Ladder ladder) {
        long mine = generation.incrementAndGet();
        scheduler.schedule(() -> {
            if (generation.get() != mine) {
                return;
            }
            AnalysisReport r = analyzer.get().analyze(ladder, LocalDate.now(clock));
            publisher.execute(() -> {
                if (generation.get() == mine) {
                    analysed = ladder;
                    report.set(r);
                }
            });
        }, delayMillis);
    }
}
