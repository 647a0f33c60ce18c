package app.dualtrack.ui.document;

import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;

/** How the app names a level to people: by code and title ("IC5 Principal Engineer"), never by id. */
public final class LevelNames {
    private LevelNames() {
    }

    public static String of(Level level) {
        return level.code() == null || level.code().isBlank() ? level.title() : level.code() + " " + level.title();
    }

    /** "M3 Engineering Manager — paired with IC5 Staff Engineer", for choosing a peer. */
    public static String withPeer(Ladder ladder, Level level) {
        return of(level) + ladder.peerOf(level.id()).map(p -> " — paired with " + of(p)).orElse(" — no peer yet");
    }
}
