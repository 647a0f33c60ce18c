package app.dualtrack.publish;

import app.dualtrack.model.Ladder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The ladder as CSV (RFC 4180, CRLF, quoted where needed) that Excel, Google Sheets and LibreOffice open as is.
 * A cell that a spreadsheet would take for a formula ("=HYPERLINK(…)", "+1", "@SUM") gets a leading
 * apostrophe, so opening a shared ladder never runs anything (CSV injection); the importer drops it again.
 */
public final class CsvPublisher {

    private CsvPublisher() {
    }

    public static String write(Ladder ladder, TableShape shape) {
        StringBuilder out = new StringBuilder(32 * 1024);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> row : LadderTable.of(ladder, shape).rows()) {
                printer.printRecord(row.stream().map(app.dualtrack.format.SpreadsheetCells::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }
}
