package app.dualtrack.model;

import java.util.List;
import java.util.Objects;

/**
 * One rung of the ladder. Immutable: every change returns a new level (see {@link #toBuilder()}).
 * Optional text fields are null when absent; lists are never null.
 */
public record Level(String id, String title, String code, String summary, String scope,
                    List<Behaviour> primary, List<Behaviour> supporting, List<Growth> growth,
                    Integer minHeadcount, String peer, Band band, Extras extras) {

    public Level {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        primary = primary == null ? List.of() : List.copyOf(primary);
        supporting = supporting == null ? List.of() : List.copyOf(supporting);
        growth = growth == null ? List.of() : List.copyOf(growth);
        extras = extras == null ? Extras.NONE : extras;
    }

    /** A level with an id and title and nothing else. */
    public static Level of(String id, String title) {
        return new Level(id, title, null, null, null, null, null, null, null, null, null, null);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public Level withTitle(String newTitle) {
        return toBuilder().title(newTitle).build();
    }

    public Level withId(String newId) {
        return toBuilder().id(newId).build();
    }

    public Level withPeer(String newPeer) {
        return toBuilder().peer(newPeer).build();
    }

    public Level withPrimary(List<Behaviour> list) {
        return toBuilder().primary(list).build();
    }

    public Level withSupporting(List<Behaviour> list) {
        return toBuilder().supporting(list).build();
    }

    /** Primary then supporting behaviours of the given kind. */
    public List<Behaviour> behaviours(BehaviourKind kind) {
        return kind == BehaviourKind.PRIMARY ? primary : supporting;
    }

    public Level withBehaviours(BehaviourKind kind, List<Behaviour> list) {
        return kind == BehaviourKind.PRIMARY ? withPrimary(list) : withSupporting(list);
    }

    /** Mutable builder for a {@link Level}; used by the format reader, the editor and tests. */
    public static final class Builder {
        private String id;
        private String title;
        private String code;
        private String summary;
        private String scope;
        private List<Behaviour> primary;
        private List<Behaviour> supporting;
        private List<Growth> growth;
        private Integer minHeadcount;
        private String peer;
        private Band band;
        private Extras extras;

        public Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        private Builder(Level l) {
            id = l.id;
            title = l.title;
            code = l.code;
            summary = l.summary;
            scope = l.scope;
            primary = l.primary;
            supporting = l.supporting;
            growth = l.growth;
            minHeadcount = l.minHeadcount;
            peer = l.peer;
            band = l.band;
            extras = l.extras;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder code(String v) { code = v; return this; }
        public Builder summary(String v) { summary = v; return this; }
        public Builder scope(String v) { scope = v; return this; }
        public Builder primary(List<Behaviour> v) { primary = v; return this; }
        public Builder supporting(List<Behaviour> v) { supporting = v; return this; }
        public Builder growth(List<Growth> v) { growth = v; return this; }
        public Builder minHeadcount(Integer v) { minHeadcount = v; return this; }
        public Builder peer(String v) { peer = v; return this; }
        public Builder band(Band v) { band = v; return this; }
        public Builder extras(Extras v) { extras = v; return this; }

        /** Convenience for tests and templates: plain-string primary behaviours. */
        public Builder primary(String... texts) {
            primary = java.util.Arrays.stream(texts).map(Behaviour::new).toList();
            return this;
        }

        /** Convenience for tests and templates: plain-string supporting behaviours. */
        public Builder supporting(String... texts) {
            supporting = java.util.Arrays.stream(texts).map(Behaviour::new).toList();
            return this;
        }

        public Builder growth(Growth... v) {
            growth = List.of(v);
            return this;
        }

        public Level build() {
            return new Level(id, title, code, summary, scope, primary, supporting, growth,
                    minHeadcount, peer, band, extras);
        }
    }
}
