package app.dualtrack.importer;

import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Track;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The user's answer to "what is what" in a source: which found labels are levels, on which track,
 * with which code, title and order; which level each is paired with; which sections are areas and
 * which are the primary or supporting lists. Starts as {@link MappingGuesser}'s guess; the import
 * dialog and the CLI's options and mapping file change it.
 */
public final class ImportMapping {
    /**
     * @param include false leaves the level out (its text goes to the notes)
     * @param order   position on its track (levels sort by it); equal orders on the two tracks suggest peers
     * @param peer    the key of the level on the other track it is paired with, or null
     */
    public record LevelChoice(boolean include, Track track, String code, String title, int order, String peer) {
        public LevelChoice {
            Objects.requireNonNull(track, "track");
            Objects.requireNonNull(title, "title");
        }

        public LevelChoice withTrack(Track t) { return new LevelChoice(include, t, code, title, order, peer); }
        public LevelChoice withInclude(boolean v) { return new LevelChoice(v, track, code, title, order, peer); }
        public LevelChoice withCode(String v) { return new LevelChoice(include, track, v, title, order, peer); }
        public LevelChoice withTitle(String v) { return new LevelChoice(include, track, code, v, order, peer); }
        public LevelChoice withOrder(int v) { return new LevelChoice(include, track, code, title, v, peer); }
        public LevelChoice withPeer(String v) { return new LevelChoice(include, track, code, title, order, v); }

        /** "IC3 Senior Engineer", or the title alone. */
        public String label() {
            return code == null || code.isBlank() || code.equals(title) ? title : code + " " + title;
        }
    }

    /** @param area the area title behaviours in this section get, or null for none */
    public record SectionChoice(BehaviourKind kind, String area) {
        public SectionChoice {
            Objects.requireNonNull(kind, "kind");
        }
    }

    private String name;
    private final Map<String, LevelChoice> levels = new LinkedHashMap<>();
    private final Map<String, SectionChoice> sections = new LinkedHashMap<>();

    public String name() { return name; }
    public void name(String v) { name = v; }

    /** Level choices by the draft level's key, in source order. */
    public Map<String, LevelChoice> levels() { return java.util.Collections.unmodifiableMap(levels); }
    public Map<String, SectionChoice> sections() { return java.util.Collections.unmodifiableMap(sections); }

    public LevelChoice level(String key) { return levels.get(key); }
    public void level(String key, LevelChoice choice) { levels.put(key, choice); }
    public SectionChoice section(String label) { return sections.get(label); }
    public void section(String label, SectionChoice choice) { sections.put(label, choice); }

    /** The included keys of one track, lowest first. */
    public List<String> track(Track track) {
        List<String> keys = new ArrayList<>();
        levels.forEach((k, c) -> {
            if (c.include() && c.track() == track) {
                keys.add(k);
            }
        });
        keys.sort(java.util.Comparator.comparingInt(k -> levels.get(k).order()));
        return keys;
    }

    /**
     * Moves the branch point: the included levels up to {@code key} (by order, over the shared and
     * technical levels) become shared, the technical ones above it technical. Management stays.
     */
    public void branchAfter(String key) {
        LevelChoice at = levels.get(key);
        if (at == null) {
            throw new IllegalArgumentException("no level " + key);
        }
        int cut = at.order();
        levels.replaceAll((k, c) -> {
            if (c.track() == Track.MANAGEMENT || !c.include()) {
                return c;
            }
            return c.withTrack(c.order() <= cut ? Track.SHARED : Track.TECHNICAL);
        });
        // shared levels are paired with nothing
        levels.replaceAll((k, c) -> c.track() == Track.SHARED ? c.withPeer(null) : c);
        levels.replaceAll((k, c) -> c.peer() != null && levels.containsKey(c.peer()) && levels.get(c.peer()).track() == Track.SHARED ? c.withPeer(null) : c);
    }

    /** The key of the top shared level, or null when nothing is shared. */
    public String branchPoint() {
        List<String> shared = track(Track.SHARED);
        return shared.isEmpty() ? null : shared.get(shared.size() - 1);
    }

    /** Pairs two levels (on opposite tracks), unpairing whatever either was paired with. */
    public void pair(String a, String b) {
        unpair(a);
        if (b == null) {
            return;
        }
        unpair(b);
        levels.put(a, levels.get(a).withPeer(b));
        levels.put(b, levels.get(b).withPeer(a));
    }

    public void unpair(String key) {
        LevelChoice c = levels.get(key);
        if (c == null) {
            return;
        }
        if (c.peer() != null && levels.containsKey(c.peer())) {
            levels.put(c.peer(), levels.get(c.peer()).withPeer(null));
        }
        levels.put(key, c.withPeer(null));
        levels.replaceAll((k, x) -> key.equals(x.peer()) ? x.withPeer(null) : x);
    }

    /** Finds a level's key by key, label, title or code (case-insensitive), as users and mapping files name them. */
    public String find(String name) {
        if (name == null) {
            return null;
        }
        if (levels.containsKey(name)) {
            return name;
        }
        String n = name.strip();
        for (Map.Entry<String, LevelChoice> e : levels.entrySet()) {
            if (e.getKey().equalsIgnoreCase(n) || e.getValue().label().equalsIgnoreCase(n)) {
                return e.getKey();
            }
        }
        for (Map.Entry<String, LevelChoice> e : levels.entrySet()) {
            if (e.getValue().title().equalsIgnoreCase(n) || n.equalsIgnoreCase(e.getValue().code())) {
                return e.getKey();
            }
        }
        return null;
    }
}
