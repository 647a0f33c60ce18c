package app.dualtrack.publish;

import java.util.Locale;

/** The two shapes a ladder is published in as a table. */
public enum TableShape {
    /** One row per behaviour, with its level's track, id, code, title, order and peer: reads back exactly. */
    ROWS,
    /** Areas as rows, levels as columns (a band row names the tracks), each cell the behaviours as bullets. */
    MATRIX;

    public static TableShape parse(String s) {
        return s == null ? null : switch (s.toLowerCase(Locale.ROOT)) {
            case "rows" -> ROWS;
            case "matrix" -> MATRIX;
            default -> null;
        };
    }
}
