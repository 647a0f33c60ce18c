package app.dualtrack.importer;

/**
 * Where a piece of text came from, for messages and the import report: "ladder.md, line 12",
 * "ladder.xlsx, sheet Engineering, row 7".
 *
 * @param file  the source's file name (or "pasted text")
 * @param sheet the spreadsheet sheet, or null
 * @param unit  "line" or "row"
 * @param index 1-based line or row number, 0 when unknown
 */
public record Where(String file, String sheet, String unit, int index) {
    public static Where line(String file, int line) {
        return new Where(file, null, "line", line);
    }

    public static Where row(String file, String sheet, int row) {
        return new Where(file, sheet, "row", row);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (sheet != null) {
            sb.append(", sheet ").append(sheet);
        }
        if (index > 0) {
            sb.append(", ").append(unit).append(' ').append(index);
        }
        return sb.toString();
    }
}
