package app.dualtrack.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The two tracks placed in rungs, lowest first, so that peers sit at the same height and a missing
 * rung shows as a gap: walking both tracks upwards, a level whose peer is still ahead on the other
 * track waits while the other track climbs alone. The editor, the compare view and the PDF diagram
 * all draw the ladder this way.
 */
public final class Rungs {
    /** One rung; either side may be empty (a gap). */
    public record Rung(Level technical, Level management, boolean paired) {
    }

    private Rungs() {
    }

    public static List<Rung> of(Ladder ladder) {
        LadderIndex index = LadderIndex.of(ladder);
        List<Level> tech = ladder.technical();
        List<Level> mgmt = ladder.management();
        List<Rung> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < tech.size() || j < mgmt.size()) {
            Level t = i < tech.size() ? tech.get(i) : null;
            Level m = j < mgmt.size() ? mgmt.get(j) : null;
            if (t == null) {
                rows.add(new Rung(null, m, false));
                j++;
                continue;
            }
            if (m == null) {
                rows.add(new Rung(t, null, false));
                i++;
                continue;
            }
            int tPeer = peerIndex(index, t, Track.MANAGEMENT);
            int mPeer = peerIndex(index, m, Track.TECHNICAL);
            if (tPeer == j) {
                rows.add(new Rung(t, m, true));
                i++;
                j++;
            } else if (tPeer > j) {
                rows.add(new Rung(null, m, false));   // the technical level's peer is higher up: management climbs alone
                j++;
            } else if (mPeer > i) {
                rows.add(new Rung(t, null, false));
                i++;
            } else {
                // neither waits for the other (unpaired, or paired across a crossing): one rung each, technical first
                rows.add(new Rung(t, null, false));
                i++;
                if (mPeer < 0 || mPeer < i) {
                    rows.add(new Rung(null, m, false));
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
