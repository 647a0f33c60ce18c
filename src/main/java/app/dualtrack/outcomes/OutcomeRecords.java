package app.dualtrack.outcomes;

import java.util.List;

/** What a records file held: the rows that can be analysed and the rows that could not. */
public record OutcomeRecords(String source, List<OutcomeRecord> records, List<RecordProblem> problems) {
    public OutcomeRecords {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }
}
