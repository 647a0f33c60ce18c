package app.dualtrack.outcomes;

import app.dualtrack.model.Ladder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static app.dualtrack.outcomes.GeneratedHistories.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** No figure about fewer than three people leaves the analysis, whatever the history. */
class PrivacyTest {

    @Test
    void aTinyCompanyGetsReasonsInsteadOfFigures() throws Exception {
        Ladder ladder = GeneratedHistories.ladder();
        String csv = """
                person,date,level
                x1,2018-01-01,senior
                x1,2019-01-01,staff
                x1,2021-01-01,principal
                x1,2022-06-01,director
                x2,2018-03-01,senior
                x2,2019-06-01,em
                x2,2021-06-01,senior-em
                x3,2018-01-01,staff
                x3,2019-01-01,left
                """;
        OutcomeRecords records = new RecordsCsv(ladder, TODAY).parse(csv, "tiny.csv");
        OutcomeReport report = OutcomeAnalyzer.analyze(ladder, records.records(), null, TODAY);
        assertThat(report.findings()).extracting(OutcomeFinding::rule).contains(OutcomeAnalyzer.TOO_FEW)
                .doesNotContain(OutcomeAnalyzer.STALL, OutcomeAnalyzer.FUNNEL, OutcomeAnalyzer.TIME_AT_LEVEL);
        assertThat(report.findings()).filteredOn(f -> f.rule().equals(OutcomeAnalyzer.TOO_FEW))
                .allSatisfy(f -> assertThat(f.message()).contains("fewer than 3"));
        for (OutcomeFinding f : report.findings()) {
            // the only digits allowed are in dates and in the privacy floor itself
            String withoutDates = f.message().replaceAll("\\d{4}-\\d{2}-\\d{2}", "").replace("fewer than 3", "")
                    .replaceAll("IC\\d|M\\d|L\\d", "").replace("the 3 years", "");
            assertThat(withoutDates).as(f.message()).doesNotContainPattern("\\d");
        }
        assertThat(report.peopleText()).isEqualTo("3 people");
        assertThat(report.flows()).allSatisfy(f -> assertThat(f.people().withheld() || f.people().people() == 0).isTrue());
        JsonNode json = new ObjectMapper().valueToTree(OutcomesJson.of("l.ladder.json", records, report));
        assertEveryShownFigureCoversThreePeople(json.get("figures"));
    }

    @Test
    void everyFigureShownForTheGeneratedHistoriesCoversAtLeastThreePeople() {
        for (String csv : List.of(GeneratedHistories.healthy(), GeneratedHistories.principalFunnel(),
                GeneratedHistories.unreachedDistinguished(), GeneratedHistories.stalledTechnicalTrack())) {
            Ladder ladder = GeneratedHistories.ladder();
            OutcomeRecords records = new RecordsCsv(ladder, TODAY).parse(csv, "r.csv");
            OutcomeReport report = OutcomeAnalyzer.analyze(ladder, records.records(), null, TODAY);
            JsonNode json = new ObjectMapper().valueToTree(OutcomesJson.of("l.ladder.json", records, report));
            assertEveryShownFigureCoversThreePeople(json.get("figures"));
        }
    }

    private static void assertEveryShownFigureCoversThreePeople(JsonNode figures) {
        List<JsonNode> all = new ArrayList<>();
        figures.get("promotionsPerPersonYear").forEach(y -> {
            all.add(y.get("technical"));
            all.add(y.get("management"));
        });
        figures.get("medianYearsAtLevel").forEach(r -> {
            if (!r.get("technical").isNull()) {
                all.add(r.get("technical"));
            }
            if (!r.get("management").isNull()) {
                all.add(r.get("management"));
            }
        });
        assertThat(all).isNotEmpty().allSatisfy(f -> {
            if (f.get("withheld").asBoolean()) {
                assertThat(f.get("value").isNull()).isTrue();
                assertThat(f.get("people").isNull()).isTrue();
            } else {
                assertThat(f.get("people").asInt()).isGreaterThanOrEqualTo(GroupFigure.MIN_GROUP);
            }
        });
        figures.get("flows").forEach(f -> {
            if (!f.get("withheld").asBoolean()) {
                assertThat(f.get("people").asInt()).satisfiesAnyOf(n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(3));
            }
        });
    }
}
