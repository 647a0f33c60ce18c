package app.dualtrack.ui.ladder;

import app.dualtrack.model.Ladder;
import app.dualtrack.model.LadderIndex;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the two tracks in rows, lowest first, so that peers sit at the same height and a missing
 * rung shows as a gap: walking both tracks upwards, a level whose peer is still ahead on the other
 * track waits while the other track climbs alone. Pure logic, tested without the toolkit.
 */
public final class LadderLayout {
    /** One rung of the two columns; either side may be empty (a gap). */
    public record Row(Level technical, Level management, boolean paired) {
    }

    private LadderLayout() {
    }

    /** Rows from the lowest rung to the highest. */
    public static List<Row> rows(Ladder ladder) {
        LadderIndex index = LadderIndex.of(ladder);
        List<Level> tech = ladder.technical();
        List<Level> mgmt = ladder.management();
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < tech.size() || j < mgmt.size()) {
            Level t = i < tech.size() ? tech.get(i) : null;
            Level m = j < mgmt.size() ? mgmt.get(j) : null;
            if (t == null) {
                rows.add(new Row(null, m, false));
                j++;
                continue;
            }
            if (m == null) {
                rows.add(new Row(t, null, false));
                i++;
                continue;
            }
            int tPeer = peerIndex(index, t, Track.MANAGEMENT);
            int mPeer = peerIndex(index, m, Track.TECHNICAL);
            if (tPeer == j) {
                rows.add(new Row(t, m, true));
                i++;
                j++;
            } else if (tPeer > j) {
                rows.add(new Row(null, m, false));   // the technical level's peer is higher up: management climbs alone
                j++;
            } else if (mPeer > i) {
                rows.add(new Row(t, null, false));
                i++;
            } else {
                // neither waits for the other (unpaired, or paired across a crossing): one rung each, technical first
                rows.add(new Row(t, null, false));
                i++;
                if (mPeer < 0 || mPeer < i) {
                    rows.add(new Row(null, m, false));
                    j++;
                }
            }
        }
        return rows;
    }

    private static int peerIndex(LadderIndex index, Level level, Track otherTrack) {
        return index.peerOf(level.id())
                .filter(p -> index.trackOf(p.id()).orElse(null) == otherTrack)
                .map(p -> index.indexOf(p.id()))
                .orElse(-1);
    }
}
