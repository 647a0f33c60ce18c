package app.dualtrack.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Constant-time lookups over one ladder snapshot (level by id, its track and position, its peer,
 * the level below). {@link Ladder}'s own queries scan the lists, which is fine for one call but
 * quadratic when every level is visited; analysis and views build one index per snapshot.
 */
public final class LadderIndex {
    private record Position(Level level, Track track, int index) {
    }

    private final Ladder ladder;
    private final Map<String, Position> byId = new HashMap<>();
    private final Map<String, String> peers = new HashMap<>();

    private LadderIndex(Ladder ladder) {
        this.ladder = ladder;
        for (Track t : Track.values()) {
            List<Level> list = ladder.track(t);
            for (int i = 0; i < list.size(); i++) {
                byId.putIfAbsent(list.get(i).id(), new Position(list.get(i), t, i));
            }
        }
        for (Level l : ladder.allLevels()) {
            if (l.peer() != null && byId.containsKey(l.peer())) {
                peers.putIfAbsent(l.id(), l.peer());
                peers.putIfAbsent(l.peer(), l.id());
            }
        }
    }

    public static LadderIndex of(Ladder ladder) {
        return new LadderIndex(ladder);
    }

    public Ladder ladder() {
        return ladder;
    }

    public Optional<Level> level(String id) {
        Position p = byId.get(id);
        return p == null ? Optional.empty() : Optional.of(p.level);
    }

    public Optional<Track> trackOf(String id) {
        Position p = byId.get(id);
        return p == null ? Optional.empty() : Optional.of(p.track);
    }

    /** Position within its track, or -1. */
    public int indexOf(String id) {
        Position p = byId.get(id);
        return p == null ? -1 : p.index;
    }

    /** The peer, whichever side wrote the pairing. */
    public Optional<Level> peerOf(String id) {
        String peer = peers.get(id);
        return peer == null ? Optional.empty() : level(peer);
    }

    /** As {@link Ladder#levelBelow(String)}. */
    public Optional<Level> levelBelow(String id) {
        Position p = byId.get(id);
        if (p == null) {
            return Optional.empty();
        }
        if (p.index > 0) {
            return Optional.of(ladder.track(p.track).get(p.index - 1));
        }
        if (p.track.isBranch() && !ladder.shared().isEmpty()) {
            return Optional.of(ladder.shared().get(ladder.shared().size() - 1));
        }
        return Optional.empty();
    }

    /** True when the level is the highest of its track. */
    public boolean isTopOfTrack(String id) {
        Position p = byId.get(id);
        return p != null && p.index == ladder.track(p.track).size() - 1;
    }
}
