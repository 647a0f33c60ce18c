package app.dualtrack.importer;

import app.dualtrack.model.Track;

/**
 * How to read sources, before the mapping: the table shape, the sheet, and the track all levels
 * are on when a source holds one track only.
 *
 * @param shape "auto", "rows" or "matrix"
 * @param sheet a sheet name, a 1-based number, "all", or null for the first sheet with content
 * @param track the track every level of the sources is on, or null to guess per level
 */
public record ImportOptions(String shape, String sheet, Track track) {
    public static final ImportOptions DEFAULT = new ImportOptions("auto", null, null);

    TableInterpreter.Shape tableShape() {
        return switch (shape == null ? "auto" : shape) {
            case "rows" -> TableInterpreter.Shape.ROWS;
            case "matrix" -> TableInterpreter.Shape.MATRIX;
            default -> TableInterpreter.Shape.AUTO;
        };
    }
}
