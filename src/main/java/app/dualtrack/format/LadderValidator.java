package app.dualtrack.format;

import app.dualtrack.model.Area;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.Ids;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Mechanism;
import app.dualtrack.model.Suppression;
import app.dualtrack.model.Track;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules of the format that span more than one field: ids, references, pairings. */
public final class LadderValidator {
    private LadderValidator() {
    }

    /** A problem and the JSON Pointer of the value to blame, e.g. "/technical/0/peer". */
    static final class Problem extends Exception {
        private final String pointer;

        Problem(String pointer, String message) {
            super(message, null, false, false);
            this.pointer = pointer;
        }

        String pointer() {
            return pointer;
        }
    }

    /** Throws with the first problem found; a valid ladder passes silently. */
    public static void validate(Ladder ladder, String source) throws Problem {
        Map<String, String> pointers = new HashMap<>();
        for (Track t : Track.values()) {
            for (int i = 0; i < ladder.track(t).size(); i++) {
                pointers.putIfAbsent(ladder.track(t).get(i).id(), "/" + t.key() + "/" + i);
            }
        }
        java.util.function.Function<String, String> at = id -> pointers.getOrDefault(id, "");
        Map<String, Track> trackById = new HashMap<>();
        for (Track t : Track.values()) {
            for (Level l : ladder.track(t)) {
                if (!Ids.isValid(l.id())) {
                    throw fail("/" + t.key() + "/" + ladder.track(t).indexOf(l) + "/id", "level id \"" + brief(l.id()) + "\" is not valid: use lowercase letters, digits and hyphens, starting with a letter or digit");
                }
                if (trackById.put(l.id(), t) != null) {
                    throw fail("/" + t.key() + "/" + ladder.track(t).indexOf(l) + "/id", "two levels have the id `" + l.id() + "`; ids must be unique");
                }
            }
        }
        Set<String> areaIds = new HashSet<>();
        for (Area a : ladder.areas()) {
            if (!Ids.isValid(a.id())) {
                throw fail("/areas/" + ladder.areas().indexOf(a) + "/id", "area id \"" + brief(a.id()) + "\" is not valid: use lowercase letters, digits and hyphens");
            }
            if (!areaIds.add(a.id())) {
                throw fail("/areas/" + ladder.areas().indexOf(a) + "/id", "two areas have the id `" + a.id() + "`; ids must be unique");
            }
        }
        Map<String, String> claimedBy = new HashMap<>();
        for (Track t : Track.values()) {
            for (Level l : ladder.track(t)) {
                for (String kind : List.of("primary", "supporting")) {
                    List<Behaviour> list = kind.equals("primary") ? l.primary() : l.supporting();
                    for (int bi = 0; bi < list.size(); bi++) {
                        Behaviour b = list.get(bi);
                        if (b.area() != null && !areaIds.contains(b.area())) {
                            // Blame the behaviour's own `area` value, so the editor/CLI points at the typo.
                            String pointer = "/" + t.key() + "/" + ladder.track(t).indexOf(l) + "/" + kind + "/" + bi + "/area";
                            throw fail(pointer, "a behaviour of level `" + l.id() + "` has `area` \"" + b.area() + "\", which no area has");
                        }
                    }
                }
                if (l.peer() == null) {
                    continue;
                }
                Track peerTrack = trackById.get(l.peer());
                if (peerTrack == null) {
                    throw fail(at.apply(l.id()) + "/peer", "`peer` of level `" + l.id() + "` names `" + l.peer() + "`, which no level has");
                }
                if (!t.isBranch() || !peerTrack.isBranch()) {
                    throw fail(at.apply(l.id()) + "/peer", "`peer` of level `" + l.id() + "` pairs a shared level; only technical and management levels have peers");
                }
                if (peerTrack == t) {
                    throw fail(at.apply(l.id()) + "/peer", "`peer` of level `" + l.id() + "` names `" + l.peer() + "`, which is on the same track; a peer must be on the other track");
                }
                Level peer = ladder.level(l.peer()).orElseThrow();
                if (peer.peer() != null && !peer.peer().equals(l.id())) {
                    throw fail(at.apply(l.id()) + "/peer", "levels `" + l.id() + "` and `" + peer.id() + "` disagree: `" + l.id() + "` names `" + peer.id()
                            + "` as its peer but `" + peer.id() + "` names `" + peer.peer() + "`");
                }
                String previous = claimedBy.put(l.peer(), l.id());
                if (previous != null) {
                    throw fail(at.apply(l.id()) + "/peer", "levels `" + previous + "` and `" + l.id() + "` both claim `" + l.peer() + "` as their peer; a level has at most one peer");
                }
            }
        }
        // a level that writes a peer and is also claimed by a third level has two peers
        for (Level l : ladder.allLevels()) {
            String claimer = claimedBy.get(l.id());
            if (l.peer() != null && claimer != null && !claimer.equals(l.peer())) {
                throw fail(at.apply(l.id()) + "/peer", "level `" + l.id() + "` has two peers: `" + l.peer() + "` and `" + claimer + "`");
            }
        }
        for (Mechanism m : ladder.visibility()) {
            if (m.appliesFrom() != null && !trackById.containsKey(m.appliesFrom())) {
                throw fail("/visibility/" + ladder.visibility().indexOf(m) + "/appliesFrom", "`appliesFrom` of mechanism \"" + m.title() + "\" names `" + m.appliesFrom() + "`, which no level has");
            }
        }
        for (Suppression s : ladder.suppressions()) {
            if (s.level() != null && !trackById.containsKey(s.level())) {
                throw fail("/suppressions/" + ladder.suppressions().indexOf(s) + "/level", "a suppression of `" + s.rule() + "` names level `" + s.level() + "`, which no level has");
            }
        }
    }

    /** An id as a message quotes it: at most 40 characters, so that a hostile 30,000-character id does not fill the screen. */
    private static String brief(String id) {
        return id.codePointCount(0, id.length()) > 40 ? id.substring(0, id.offsetByCodePoints(0, 40)) + "…" : id;
    }

    private static Problem fail(String pointer, String problem) {
        return new Problem(pointer, problem);
    }
}
