package app.dualtrack.outcomes;

import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the pseudonymous {@code person,date,level} records. A bad row is reported as
 * {@code FILE:LINE: what is wrong} and left out; every other row is still analysed. Reading the
 * bytes from disk is the caller's business, so that this package stays free of file I/O.
 */
public final class RecordsCsv {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RecordsCsv.class);
    /** The word in the level column that marks a person leaving the company. */
    public static final String LEFT = "left";
    /** A header row is optional; when present it must name the three columns in this order. */
    private static final List<String> HEADER = List.of("person", "date", "level");

    private final Ladder ladder;
    private final LocalDate today;
    private final Map<String, String> levelByName = new HashMap<>();

    public RecordsCsv(Ladder ladder, LocalDate today) {
        this.ladder = ladder;
        this.today = today;
        for (Level l : ladder.allLevels()) {
            levelByName.putIfAbsent(l.id(), l.id());
        }
        for (Level l : ladder.allLevels()) {
            if (l.code() != null && !l.code().isBlank()) {
                levelByName.putIfAbsent(l.code().trim().toLowerCase(Locale.ROOT), l.id());
            }
        }
    }

    /** Parses the whole text of a records file; {@code source} names it in messages. */
    public OutcomeRecords parse(String text, String source) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int[] lineStarts = lineStarts(body);
        List<RecordProblem> problems = new ArrayList<>();
        List<OutcomeRecord> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(body))
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            boolean first = true;
            for (CSVRecord r : parser) {
                int line = lineOf(lineStarts, r.getCharacterPosition());
                if (isBlankOrComment(r)) {
                    continue;
                }
                if (first && isHeader(r)) {
                    first = false;
                    continue;
                }
                first = false;
                row(r, line, source, problems, rows);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            LOG.info("{} is not valid CSV past some point; the rows before it are kept", source, e);
            // an unbalanced quote makes the rest of the file unreadable as CSV: keep what was read, say where it stopped
            int line = lineStarts.length;
            problems.add(new RecordProblem(source, line, "the file stops being valid CSV here (an opening quote is never closed?); the rows after it were not read"));
        }
        List<OutcomeRecord> kept = checkHistories(rows, source, problems);
        problems.sort(Comparator.comparingInt(RecordProblem::line));
        return new OutcomeRecords(source, kept, problems);
    }

    private void row(CSVRecord r, int line, String source, List<RecordProblem> problems, List<OutcomeRecord> rows) {
        if (r.size() != 3) {
            problems.add(new RecordProblem(source, line, "expected 3 values (person, date, level), found " + r.size()));
            return;
        }
        String person = r.get(0);
        String dateText = r.get(1);
        String levelText = r.get(2);
        if (person.isEmpty()) {
            problems.add(new RecordProblem(source, line, "the person is empty; every row needs the person's pseudonym"));
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            problems.add(new RecordProblem(source, line, "\"" + dateText + "\" is not a date in the form YYYY-MM-DD"));
            return;
        }
        if (date.isAfter(today)) {
            problems.add(new RecordProblem(source, line, "the date " + date + " is after today (" + today + ")"));
            return;
        }
        String levelId;
        if (levelText.equalsIgnoreCase(LEFT)) {
            levelId = null;
        } else {
            levelId = levelByName.get(levelText);
            if (levelId == null) {
                levelId = levelByName.get(levelText.toLowerCase(Locale.ROOT));
            }
            if (levelId == null) {
                problems.add(new RecordProblem(source, line, "\"" + levelText + "\" is neither the id nor the code of a level in "
                        + ladder.name() + " (nor \"left\")"));
                return;
            }
        }
        rows.add(new OutcomeRecord(person, date, levelId, line));
    }

    /** Drops rows that make a person's history impossible: two rows on one day, leaving before any level. */
    private static List<OutcomeRecord> checkHistories(List<OutcomeRecord> rows, String source, List<RecordProblem> problems) {
        Map<String, List<OutcomeRecord>> byPerson = new LinkedHashMap<>();
        for (OutcomeRecord r : rows) {
            byPerson.computeIfAbsent(r.person(), p -> new ArrayList<>()).add(r);
        }
        List<OutcomeRecord> kept = new ArrayList<>();
        for (List<OutcomeRecord> history : byPerson.values()) {
            history.sort(Comparator.comparing(OutcomeRecord::date).thenComparingInt(OutcomeRecord::line));
            OutcomeRecord previous = null;
            for (OutcomeRecord r : history) {
                if (previous != null && previous.date().equals(r.date())) {
                    problems.add(new RecordProblem(source, r.line(), r.person() + " already has a row dated " + r.date()
                            + " (line " + previous.line() + "); one level per person per day"));
                    continue;
                }
                boolean employed = previous != null && !previous.isLeaving();
                if (r.isLeaving() && !employed) {
                    problems.add(new RecordProblem(source, r.line(), r.person() + " leaves on " + r.date()
                            + (previous == null ? " before any level is known for them" : " but had already left")));
                    continue;
                }
                kept.add(r);
                previous = r;
            }
        }
        kept.sort(Comparator.comparingInt(OutcomeRecord::line));
        return kept;
    }

    private static boolean isHeader(CSVRecord r) {
        if (r.size() != HEADER.size()) {
            return false;
        }
        for (int i = 0; i < HEADER.size(); i++) {
            if (!HEADER.get(i).equalsIgnoreCase(r.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Spreadsheets export blank rows as ",,"; a line starting with # is a comment. */
    private static boolean isBlankOrComment(CSVRecord r) {
        return r.stream().allMatch(String::isEmpty) || r.get(0).startsWith("#");
    }

    /** A spreadsheet set to a European locale exports with semicolons: follow the first line. */
    private static char delimiter(String body) {
        int end = body.indexOf('\n');
        String firstLine = end < 0 ? body : body.substring(0, end);
        return firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
    }

    private static int[] lineStarts(String body) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
