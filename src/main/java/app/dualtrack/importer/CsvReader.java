package app.dualtrack.importer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** CSV as Google Sheets, Excel and LibreOffice write it: quoted cells may hold line breaks; the separator is guessed. */
final class CsvReader {
    private final String file;

    CsvReader(String file) {
        this.file = file;
    }

    Grid read(String text) {
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(false).get();
        List<List<String>> rows = new ArrayList<>();
        List<Where> wheres = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                rows.add(record.stream().map(app.dualtrack.format.SpreadsheetCells::restored).toList()); // Dualtrack's own guarded cells
                wheres.add(Where.row(file, null, (int) record.getRecordNumber()));
            }
        } catch (UncheckedIOException | IOException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(msg);
            int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
            throw new SourceProblem(Where.line(file, line), "the CSV cannot be read: a quoted cell is never closed or a quote is out of place");
        }
        return new Grid(null, rows, wheres);
    }

    /** The separator used most in the first line outside quotes: comma, semicolon or tab. */
    static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n') {
                    break;
                }
                if (c == ',') comma++;
                if (c == ';') semicolon++;
                if (c == '\t') tab++;
            }
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }
}
