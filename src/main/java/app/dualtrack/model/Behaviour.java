package app.dualtrack.model;

import java.util.Objects;

/**
 * One behaviour sentence, optionally in a competency area.
 *
 * @param text   the sentence, never null
 * @param area   the id of an {@link Area}, or null
 * @param extras unknown fields of the object form, kept for round trips
 */
public record Behaviour(String text, String area, Extras extras) {
    public Behaviour {
        Objects.requireNonNull(text, "text");
        extras = extras == null ? Extras.NONE : extras;
    }

    public Behaviour(String text) {
        this(text, null, Extras.NONE);
    }

    public Behaviour(String text, String area) {
        this(text, area, Extras.NONE);
    }

    public Behaviour withText(String newText) {
        return new Behaviour(newText, area, extras);
    }

    public Behaviour withArea(String newArea) {
        return new Behaviour(text, newArea, extras);
    }

    /** True when the canonical form is a plain string (no area, nothing unknown). */
    public boolean isPlain() {
        return area == null && extras.isEmpty();
    }
}
