package app.dualtrack.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A whole career ladder: the shared levels below the branch point and the two tracks above it.
 *
 * <p>Immutable. Every editing operation returns a new ladder and keeps the references inside it
 * consistent (peers, mechanisms' {@code appliesFrom}, suppressions), so that an editor can keep a
 * history of snapshots and undo by swapping ladders.
 *
 * <p>Optional fields are null when absent so that a file is written back exactly as it was read.
 */
public record Ladder(int formatVersion, String name, String organisation, Integer headcount,
                     String edition, LocalDate reviewed, Integer reviewEveryMonths,
                     List<Level> shared, List<Level> technical, List<Level> management,
                     List<Area> areas, List<Mechanism> visibility, List<Suppression> suppressions,
                     String notes, Extras extras) {

    /** The format version this code reads and writes. */
    public static final int FORMAT_VERSION = 1;
    /** Review cadence when the file does not say. */
    public static final int DEFAULT_REVIEW_EVERY_MONTHS = 12;

    public Ladder {
        Objects.requireNonNull(name, "name");
        shared = shared == null ? List.of() : List.copyOf(shared);
        technical = technical == null ? List.of() : List.copyOf(technical);
        management = management == null ? List.of() : List.copyOf(management);
        areas = areas == null ? List.of() : List.copyOf(areas);
        visibility = visibility == null ? List.of() : List.copyOf(visibility);
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
        extras = extras == null ? Extras.NONE : extras;
    }

    /** An empty ladder with only a name. */
    public static Ladder named(String name) {
        return new Builder(name).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    // ---------------------------------------------------------------- queries

    /** The review cadence in months, the default when the file does not say. */
    public int reviewCadenceMonths() {
        return reviewEveryMonths == null ? DEFAULT_REVIEW_EVERY_MONTHS : reviewEveryMonths;
    }

    /** The levels of one track, lowest first. */
    public List<Level> track(Track track) {
        return switch (track) {
            case SHARED -> shared;
            case TECHNICAL -> technical;
            case MANAGEMENT -> management;
        };
    }

    /** Every level in file order: shared, technical, management. */
    public List<Level> allLevels() {
        return Stream.of(shared, technical, management).flatMap(List::stream).toList();
    }

    public Optional<Level> level(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Level l : allLevels()) {
            if (l.id().equals(id)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public Optional<Track> trackOf(String id) {
        for (Track t : Track.values()) {
            for (Level l : track(t)) {
                if (l.id().equals(id)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** Position of a level within its track (0 = lowest), or -1. */
    public int indexOf(String id) {
        for (Track t : Track.values()) {
            List<Level> list = track(t);
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).id().equals(id)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The level directly below on the same track; for the lowest level of a branch, the top shared level. */
    public Optional<Level> levelBelow(String id) {
        Optional<Track> t = trackOf(id);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        int i = indexOf(id);
        if (i > 0) {
            return Optional.of(track(t.get()).get(i - 1));
        }
        if (t.get().isBranch() && !shared.isEmpty()) {
            return Optional.of(shared.get(shared.size() - 1));
        }
        return Optional.empty();
    }

    /**
     * The peer of a level, whichever side wrote the pairing. A pairing may be written on either
     * side; the first level (in file order) naming {@code id} as peer wins if several do.
     */
    public Optional<Level> peerOf(String id) {
        Optional<Level> self = level(id);
        if (self.isEmpty()) {
            return Optional.empty();
        }
        if (self.get().peer() != null) {
            return level(self.get().peer());
        }
        return allLevels().stream().filter(l -> id.equals(l.peer())).findFirst();
    }

    /** Technical-to-management pairings, each once, from the technical side, in technical order. */
    public Map<Level, Level> pairings() {
        LadderIndex index = LadderIndex.of(this);
        Map<Level, Level> result = new java.util.LinkedHashMap<>();
        for (Level t : technical) {
            index.peerOf(t.id()).filter(p -> index.trackOf(p.id()).orElse(null) == Track.MANAGEMENT).ifPresent(p -> result.put(t, p));
        }
        return result;
    }

    public Optional<Area> area(String id) {
        return areas.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The suppression that silences {@code rule} at {@code levelId} (null for ladder-wide), if any. */
    public Optional<Suppression> suppressionFor(String rule, String levelId) {
        return suppressions.stream().filter(s -> s.covers(rule, levelId)).findFirst();
    }

    /** Every id used by a level. */
    public Set<String> levelIds() {
        return allLevels().stream().map(Level::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** An id not used by any level, derived from {@code base} (e.g. "staff", "staff-2", …). */
    public String unusedLevelId(String base) {
        String stem = Ids.slug(base);
        Set<String> used = levelIds();
        if (!used.contains(stem)) {
            return stem;
        }
        for (int n = 2; ; n++) {
            String candidate = stem + "-" + n;
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
    }

    // ---------------------------------------------------------------- level operations

    /** Replaces the level with id {@code id} by {@code change.apply(level)}; its id must not change. */
    public Ladder updateLevel(String id, UnaryOperator<Level> change) {
        Track t = requireTrack(id);
        List<Level> list = new ArrayList<>(track(t));
        int i = indexOf(id);
        Level updated = change.apply(list.get(i));
        if (!updated.id().equals(id)) {
            throw new IllegalArgumentException("use changeLevelId to change a level's id");
        }
        list.set(i, updated);
        return withTrack(t, list);
    }

    /** Gives a level a new title. */
    public Ladder renameLevel(String id, String newTitle) {
        return updateLevel(id, l -> l.withTitle(newTitle));
    }

    /** Inserts a level on a track at {@code index} (0 = lowest; the track's size = on top). */
    public Ladder addLevel(Track track, int index, Level level) {
        if (levelIds().contains(level.id())) {
            throw new IllegalArgumentException("a level with id '" + level.id() + "' already exists");
        }
        List<Level> list = new ArrayList<>(track(track));
        list.add(Math.max(0, Math.min(index, list.size())), level);
        return withTrack(track, list).clearInvalidPeers();
    }

    /** Adds a copy of a level directly above it, with a fresh id, no peer and the title marked as a copy. */
    public Ladder duplicateLevel(String id) {
        Level original = requireLevel(id);
        Level copy = original.toBuilder()
                .id(unusedLevelId(original.id()))
                .title(original.title() + " (copy)")
                .peer(null)
                .build();
        return addLevel(requireTrack(id), indexOf(id) + 1, copy);
    }

    /**
     * Removes a level and everything that pointed at it: pairings to it, suppressions for it, and
     * mechanisms that applied from it now apply from the level that took its place (or from nothing).
     */
    public Ladder removeLevel(String id) {
        Track t = requireTrack(id);
        int i = indexOf(id);
        List<Level> list = new ArrayList<>(track(t));
        list.remove(i);
        String replacement = i < list.size() ? list.get(i).id() : null;
        Builder b = withTrack(t, list).toBuilder();
        b.technical(unlink(b.technical, id));
        b.management(unlink(b.management, id));
        b.shared(unlink(b.shared, id));
        b.visibility(visibility.stream()
                .map(m -> id.equals(m.appliesFrom()) ? m.withAppliesFrom(replacement) : m)
                .toList());
        b.suppressions(suppressions.stream().filter(s -> !id.equals(s.level())).toList());
        return b.build();
    }

    /**
     * Moves a level to {@code index} on {@code to} (which may be its own track). A pairing that
     * would join two levels of the same track, or a shared level, is dropped.
     */
    public Ladder moveLevel(String id, Track to, int index) {
        Level level = requireLevel(id);
        Track from = requireTrack(id);
        List<Level> source = new ArrayList<>(track(from));
        source.remove(indexOf(id));
        Ladder without = withTrack(from, source);
        List<Level> target = new ArrayList<>(without.track(to));
        target.add(Math.max(0, Math.min(index, target.size())), level);
        return without.withTrack(to, target).clearInvalidPeers();
    }

    /** Moves a level one rung up (+1) or down (-1) on its track; a no-op at either end. */
    public Ladder shiftLevel(String id, int delta) {
        Track t = requireTrack(id);
        int target = indexOf(id) + delta;
        if (target < 0 || target >= track(t).size()) {
            return this;
        }
        return moveLevel(id, t, target);
    }

    /**
     * Pairs two levels on opposite tracks as peers. Any other pairing either of them had is
     * dropped; the pairing is written on the technical side.
     */
    public Ladder pair(String firstId, String secondId) {
        Track a = requireTrack(firstId);
        Track b = requireTrack(secondId);
        if (!a.isBranch() || !b.isBranch() || a == b) {
            throw new IllegalArgumentException("peers must be one technical and one management level");
        }
        String techId = a == Track.TECHNICAL ? firstId : secondId;
        String mgmtId = a == Track.TECHNICAL ? secondId : firstId;
        Ladder cleared = unpair(techId).unpair(mgmtId);
        return cleared.updateLevel(techId, l -> l.withPeer(mgmtId));
    }

    /** Removes every pairing that involves the level, on either side. */
    public Ladder unpair(String id) {
        requireLevel(id);
        Builder b = toBuilder();
        for (Track t : Track.values()) {
            List<Level> list = track(t).stream()
                    .map(l -> l.id().equals(id) || id.equals(l.peer()) ? (l.peer() == null ? l : l.withPeer(null)) : l)
                    .toList();
            b.track(t, list);
        }
        return b.build();
    }

    /** Changes a level's id and every reference to it. */
    public Ladder changeLevelId(String oldId, String newId) {
        requireLevel(oldId);
        if (oldId.equals(newId)) {
            return this;
        }
        if (levelIds().contains(newId)) {
            throw new IllegalArgumentException("a level with id '" + newId + "' already exists");
        }
        if (!Ids.isValid(newId)) {
            throw new IllegalArgumentException("'" + newId + "' is not a valid id: use lowercase letters, digits and hyphens");
        }
        Builder b = toBuilder();
        for (Track t : Track.values()) {
            b.track(t, track(t).stream().map(l -> {
                Level r = l.id().equals(oldId) ? l.withId(newId) : l;
                return oldId.equals(r.peer()) ? r.withPeer(newId) : r;
            }).toList());
        }
        b.visibility(visibility.stream().map(m -> oldId.equals(m.appliesFrom()) ? m.withAppliesFrom(newId) : m).toList());
        b.suppressions(suppressions.stream()
                .map(s -> oldId.equals(s.level()) ? new Suppression(s.rule(), newId, s.reason(), s.extras()) : s)
                .toList());
        return b.build();
    }

    /** Adds a suppression (replacing one for the same rule and level). */
    public Ladder suppress(String rule, String levelId, String reason) {
        List<Suppression> list = new ArrayList<>(suppressions);
        list.removeIf(s -> s.rule().equals(rule) && Objects.equals(s.level(), levelId));
        list.add(new Suppression(rule, levelId, reason));
        return toBuilder().suppressions(list).build();
    }

    /** Removes the suppression for exactly this rule and level (null level: the ladder-wide one). */
    public Ladder unsuppress(String rule, String levelId) {
        List<Suppression> list = new ArrayList<>(suppressions);
        list.removeIf(s -> s.rule().equals(rule) && Objects.equals(s.level(), levelId));
        return toBuilder().suppressions(list).build();
    }

    // ---------------------------------------------------------------- helpers

    private Level requireLevel(String id) {
        return level(id).orElseThrow(() -> new IllegalArgumentException("no level has id '" + id + "'"));
    }

    private Track requireTrack(String id) {
        return trackOf(id).orElseThrow(() -> new IllegalArgumentException("no level has id '" + id + "'"));
    }

    private Ladder withTrack(Track t, List<Level> list) {
        return toBuilder().track(t, list).build();
    }

    private static List<Level> unlink(List<Level> list, String removedId) {
        return list.stream().map(l -> removedId.equals(l.peer()) ? l.withPeer(null) : l).toList();
    }

    /** Drops pairings that no longer join a technical level with a management level. */
    private Ladder clearInvalidPeers() {
        Map<String, Track> trackById = new java.util.HashMap<>();
        for (Track t : Track.values()) {
            track(t).forEach(l -> trackById.put(l.id(), t));
        }
        Map<Track, List<Level>> fixed = new EnumMap<>(Track.class);
        boolean changed = false;
        for (Track t : Track.values()) {
            List<Level> list = new ArrayList<>();
            for (Level l : track(t)) {
                Track peerTrack = l.peer() == null ? null : trackById.get(l.peer());
                boolean valid = l.peer() == null || (peerTrack != null && t.isBranch() && peerTrack.isBranch() && peerTrack != t);
                list.add(valid ? l : l.withPeer(null));
                changed |= !valid;
            }
            fixed.put(t, list);
        }
        if (!changed) {
            return this;
        }
        Builder b = toBuilder();
        fixed.forEach(b::track);
        return b.build();
    }

    /** Mutable builder for a {@link Ladder}. */
    public static final class Builder {
        private int formatVersion = FORMAT_VERSION;
        private String name;
        private String organisation;
        private Integer headcount;
        private String edition;
        private LocalDate reviewed;
        private Integer reviewEveryMonths;
        private List<Level> shared = List.of();
        private List<Level> technical = List.of();
        private List<Level> management = List.of();
        private List<Area> areas = List.of();
        private List<Mechanism> visibility = List.of();
        private List<Suppression> suppressions = List.of();
        private String notes;
        private Extras extras = Extras.NONE;

        public Builder(String name) {
            this.name = name;
        }

        private Builder(Ladder l) {
            formatVersion = l.formatVersion;
            name = l.name;
            organisation = l.organisation;
            headcount = l.headcount;
            edition = l.edition;
            reviewed = l.reviewed;
            reviewEveryMonths = l.reviewEveryMonths;
            shared = l.shared;
            technical = l.technical;
            management = l.management;
            areas = l.areas;
            visibility = l.visibility;
            suppressions = l.suppressions;
            notes = l.notes;
            extras = l.extras;
        }

        public Builder formatVersion(int v) { formatVersion = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder organisation(String v) { organisation = v; return this; }
        public Builder headcount(Integer v) { headcount = v; return this; }
        public Builder edition(String v) { edition = v; return this; }
        public Builder reviewed(LocalDate v) { reviewed = v; return this; }
        public Builder reviewEveryMonths(Integer v) { reviewEveryMonths = v; return this; }
        public Builder shared(List<Level> v) { shared = v; return this; }
        public Builder technical(List<Level> v) { technical = v; return this; }
        public Builder management(List<Level> v) { management = v; return this; }
        public Builder areas(List<Area> v) { areas = v; return this; }
        public Builder visibility(List<Mechanism> v) { visibility = v; return this; }
        public Builder suppressions(List<Suppression> v) { suppressions = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder extras(Extras v) { extras = v; return this; }

        public Builder shared(Level... v) { return shared(List.of(v)); }
        public Builder technical(Level... v) { return technical(List.of(v)); }
        public Builder management(Level... v) { return management(List.of(v)); }

        public Builder track(Track t, List<Level> v) {
            return switch (t) {
                case SHARED -> shared(v);
                case TECHNICAL -> technical(v);
                case MANAGEMENT -> management(v);
            };
        }

        public Ladder build() {
            return new Ladder(formatVersion, name, organisation, headcount, edition, reviewed,
                    reviewEveryMonths, shared, technical, management, areas, visibility,
                    suppressions, notes, extras);
        }
    }
}
