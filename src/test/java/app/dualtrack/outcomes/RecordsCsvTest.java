package app.dualtrack.outcomes;

import org.junit.jupiter.api.Test;

import static app.dualtrack.outcomes.GeneratedHistories.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

class RecordsCsvTest {
    private static OutcomeRecords parse(String text) {
        return new RecordsCsv(GeneratedHistories.ladder(), TODAY).parse(text, "hr.csv");
    }

    @Test
    void badRowsAreReportedWithFileAndLineAndTheRestIsKept() {
        OutcomeRecords r = parse("""
                person,date,level
                a1,2020-01-01,senior
                a1,2021-13-01,staff
                a2,2020-02-01,IC9
                a3,2020-02-01
                ,2020-02-01,senior
                a1,2022-01-01,ic4
                a4,2030-01-01,senior
                a5,2020-03-01,left
                a1,2022-01-01,principal
                a1,2023-05-01,Left
                """);
        assertThat(r.problems()).extracting(RecordProblem::describe).containsExactly(
                "hr.csv:3: \"2021-13-01\" is not a date in the form YYYY-MM-DD",
                "hr.csv:4: \"IC9\" is neither the id nor the code of a level in Generated Ladder (nor \"left\")",
                "hr.csv:5: expected 3 values (person, date, level), found 2",
                "hr.csv:6: the person is empty; every row needs the person's pseudonym",
                "hr.csv:8: the date 2030-01-01 is after today (2026-12-01)",
                "hr.csv:9: a5 leaves on 2020-03-01 before any level is known for them",
                "hr.csv:10: a1 already has a row dated 2022-01-01 (line 7); one level per person per day");
        assertThat(r.records()).extracting(OutcomeRecord::line).containsExactly(2, 7, 11);
        assertThat(r.records()).extracting(OutcomeRecord::levelId).containsExactly("senior", "staff", null);
    }

    @Test
    void spreadsheetExportsWithSemicolonsQuotesAByteOrderMarkAndNoHeaderAreRead() {
        OutcomeRecords r = parse("\uFEFF\"b 1\";2020-01-01;L3\r\n\r\n;;\r\n# a comment\r\n\"b 1\";2022-06-30;\"staff\"\r\n");
        assertThat(r.problems()).isEmpty();
        assertThat(r.records()).extracting(OutcomeRecord::person, OutcomeRecord::levelId, OutcomeRecord::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b 1", "senior", 1), org.assertj.core.groups.Tuple.tuple("b 1", "staff", 5));
    }

    @Test
    void anUnclosedQuoteStopsReadingButKeepsWhatCameBefore() {
        OutcomeRecords r = parse("c1,2020-01-01,senior\nc2,\"2020-01-01,senior\nc3,2020-01-01,senior\n");
        assertThat(r.records()).extracting(OutcomeRecord::person).containsExactly("c1");
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.describe()).startsWith("hr.csv:").contains("valid CSV"));
    }
}
