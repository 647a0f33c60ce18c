package app.dualtrack.model;

import java.util.Objects;

/**
 * A way progress on the technical track is made visible, such as a quarterly scope document.
 *
 * @param appliesFrom id of the lowest level it covers, or null for every level
 * @param required    as written in the file: null when absent (which means false)
 */
public record Mechanism(MechanismKind kind, String title, Cadence cadence, String appliesFrom,
                        Boolean required, String description, Extras extras) {
    public Mechanism {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(cadence, "cadence");
        extras = extras == null ? Extras.NONE : extras;
    }

    public Mechanism(MechanismKind kind, String title, Cadence cadence, String appliesFrom,
                     boolean required, String description) {
        this(kind, title, cadence, appliesFrom, required, description, Extras.NONE);
    }

    /** Whether the mechanism is mandatory; an absent flag means optional. */
    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }

    public Mechanism withAppliesFrom(String levelId) {
        return new Mechanism(kind, title, cadence, levelId, required, description, extras);
    }
}
