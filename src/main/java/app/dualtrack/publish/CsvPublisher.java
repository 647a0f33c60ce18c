package app.dualtrack.publish;

import app.dualtrack.model.Ladder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The ladder as CSV (RFC 4180, CRLF, quoted where needed) that Excel, Google Sheets and LibreOffice open as is. */
public final class CsvPublisher {
    private CsvPublisher() {
    }

    public static String write(Ladder ladder, TableShape shape) {
        StringBuilder out = new StringBuilder(32 * 1024);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> row : LadderTable.of(ladder, shape).rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }
}
