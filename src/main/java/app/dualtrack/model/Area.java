package app.dualtrack.model;

import java.util.Objects;

/** A competency area that behaviours can be grouped by. */
public record Area(String id, String title, String description, Extras extras) {
    public Area {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        extras = extras == null ? Extras.NONE : extras;
    }

    public Area(String id, String title, String description) {
        this(id, title, description, Extras.NONE);
    }
}
