package app.dualtrack.format;

/**
 * Text cells that a spreadsheet shows and never evaluates. A CSV cell starting with "=", "+", "-", "@",
 * a tab or a carriage return is read as a formula by Excel, Sheets and LibreOffice ("=HYPERLINK(…)" in a
 * behaviour would run when a shared ladder is opened: CSV injection). Such a cell is written with a
 * leading apostrophe, which those programs hide, and the importer removes it again.
 */
public final class SpreadsheetCells {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** The cell as written to CSV. */
    public static String inert(String cell) {
        return cell != null && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #inert}. */
    public static String restored(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
