package app.dualtrack.session;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GatedSchedulerTest {
    /** Records what reaches it and runs nothing until told. */
    private static final class Recording implements Scheduler {
        final List<String> scheduled = new ArrayList<>();
        final List<Runnable> tasks = new ArrayList<>();
        final List<String> cancelled = new ArrayList<>();

        @Override
        public Scheduled schedule(Runnable task, long delayMillis) {
            String name = "task after " + delayMillis + " ms";
            scheduled.add(name);
            tasks.add(task);
            return () -> cancelled.add(name);
        }
    }

    private final Recording inner = new Recording();
    private long now;
    private final GatedScheduler gate = new GatedScheduler(inner, () -> now);
    private final List<String> ran = new ArrayList<>();

    @Test
    void holdsTasksUntilOpenedThenSchedulesThemInOrderWithWhatIsLeftOfTheirDelays() {
        gate.schedule(() -> ran.add("analysis"), 150);
        now = 100;
        gate.schedule(() -> ran.add("autosave"), 2_000);
        now = 1_000;
        assertThat(inner.scheduled).isEmpty();
        assertThat(gate.isHolding()).isTrue();

        gate.open();

        assertThat(gate.isHolding()).isFalse();
        assertThat(inner.scheduled).as("the analysis is overdue; the autosave has 1,100 ms to go")
                .containsExactly("task after 0 ms", "task after 1100 ms");
        inner.tasks.forEach(Runnable::run);
        assertThat(ran).containsExactly("analysis", "autosave");
    }

    @Test
    void aTaskCalledOffWhileHeldIsNeverScheduled() {
        Scheduler.Scheduled first = gate.schedule(() -> ran.add("old analysis"), 150);
        gate.schedule(() -> ran.add("new analysis"), 150);
        first.cancel();

        gate.open();

        assertThat(inner.scheduled).hasSize(1);
        inner.tasks.forEach(Runnable::run);
        assertThat(ran).containsExactly("new analysis");
    }

    @Test
    void afterOpeningTasksGoStraightThroughAndCancellingReachesTheInnerScheduler() {
        Scheduler.Scheduled held = gate.schedule(() -> ran.add("held"), 10);
        gate.open();
        held.cancel();
        assertThat(inner.cancelled).containsExactly("task after 10 ms");

        Scheduler.Scheduled later = gate.schedule(() -> ran.add("later"), 20);
        assertThat(inner.scheduled).containsExactly("task after 10 ms", "task after 20 ms");
        later.cancel();
        assertThat(inner.cancelled).containsExactly("task after 10 ms", "task after 20 ms");
        gate.open(); // a second opening changes nothing
        assertThat(inner.scheduled).hasSize(2);
    }

    @Test
    void theLiveAnalysisOfALadderWaitsForTheGate() {
        ManualScheduler time = new ManualScheduler();
        GatedScheduler gated = new GatedScheduler(time, time::now);
        SessionContext context = new SessionContext(gated, Runnable::run, 150, java.time.Clock.systemUTC(), null, message -> { });
        OpenLadder open = OpenLadder.untitled(app.dualtrack.model.Ladder.named("Gated"), context);

        time.advance(10_000);
        assertThat(open.analysis().analysedLadder()).as("nothing runs while the gate is closed").isNull();

        gated.open();
        time.advance(150);
        assertThat(open.analysis().analysedLadder()).isNotNull();
    }
}
