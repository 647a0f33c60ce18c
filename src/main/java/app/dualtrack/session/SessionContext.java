package app.dualtrack.session;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What every open ladder of one window shares: where background work runs, which thread owns the
 * documents (the FX thread in the app), the clock, and where unsaved changes are kept for recovery.
 *
 * @param background          analysis and recovery-copy writes run here
 * @param owner               the thread that edits documents; reports and autosave snapshots are delivered on it
 * @param analysisDelayMillis how long typing pauses before the warnings are recomputed
 * @param recovery            where recovery copies go, or null to keep none
 * @param problems            a sentence for the user when a recovery copy cannot be written (called on any thread)
 */
public record SessionContext(Scheduler background, Executor owner, long analysisDelayMillis, Clock clock,
                             RecoveryStore recovery, Consumer<String> problems) {

    /** Everything at once on the calling thread, no recovery copies: for tests and tools. */
    public static SessionContext sameThread(Clock clock) {
        return new SessionContext(Scheduler.immediate(), Runnable::run, 0, clock, null, message -> { });
    }

    /** The same, keeping recovery copies in {@code recovery}. */
    public SessionContext withRecovery(RecoveryStore recovery) {
        return new SessionContext(background, owner, analysisDelayMillis, clock, recovery, problems);
    }
}
