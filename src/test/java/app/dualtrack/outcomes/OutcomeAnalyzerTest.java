package app.dualtrack.outcomes;

import app.dualtrack.model.Ladder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.dualtrack.outcomes.GeneratedHistories.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Each generated history gives exactly the findings of the pattern put into it, and no others. */
class OutcomeAnalyzerTest {

    private static OutcomeReport analyze(Ladder ladder, String csv) {
        OutcomeRecords records = new RecordsCsv(ladder, TODAY).parse(csv, "records.csv");
        assertThat(records.problems()).isEmpty();
        return OutcomeAnalyzer.analyze(ladder, records.records(), null, TODAY);
    }

    private static List<String> rulesAndLevels(OutcomeReport report) {
        return report.findings().stream().map(f -> f.rule() + "@" + (f.level() == null ? "-" : f.level())).toList();
    }

    @Test
    void aHealthyCompanyOnlyHearsThatTheTopRungIsTooSmallToShow() {
        OutcomeReport report = analyze(GeneratedHistories.ladder(), GeneratedHistories.healthy());
        assertThat(rulesAndLevels(report)).containsExactly("outcomes/too-few@-");
        assertThat(report.findings().get(0).message())
                .startsWith("Time at level is withheld for IC6 Distinguished Engineer / M4 VP Engineering: on at least one side fewer than 3 people")
                .contains("never shown, so that nobody's record can be picked out");
    }

    @Test
    void principalsLeavingForManagementAreAFunnel() {
        OutcomeReport report = analyze(GeneratedHistories.ladder(), GeneratedHistories.principalFunnel());
        assertThat(rulesAndLevels(report)).containsExactly("outcomes/funnel@principal", "outcomes/too-few@-");
        assertThat(report.findings().get(0).message()).isEqualTo("5 of the 8 people who held IC5 Principal Engineer or "
                + "IC6 Distinguished Engineer from 2018-01-01 to 2026-12-01 moved to the management track (63%): near its top, "
                + "the technical track is a waiting room for management rather than a career of its own.");
        assertThat(report.flows()).filteredOn(f -> f.from().equals("Technical track") && f.to().equals("Management track"))
                .singleElement().satisfies(f -> assertThat(f.people().value()).hasValue(5));
    }

    @Test
    void aDistinguishedLevelNobodyReachesIsUnreached() {
        OutcomeReport report = analyze(GeneratedHistories.ladder(), GeneratedHistories.unreachedDistinguished());
        assertThat(rulesAndLevels(report)).containsExactly("outcomes/too-few@-", "outcomes/unreached-level@distinguished");
        assertThat(report.findings().get(1).message()).isEqualTo("Nobody has held IC6 Distinguished Engineer in the 3 years to "
                + "2026-12-01; nobody in the records ever has: a level nobody reaches was invented, not discovered.");
    }

    @Test
    void aTechnicalTrackThatBarelyMovesStallsAndWaitsLongerThanItsPeer() {
        OutcomeReport report = analyze(GeneratedHistories.ladder(), GeneratedHistories.stalledTechnicalTrack());
        assertThat(rulesAndLevels(report)).containsExactly("outcomes/technical-stall@-", "outcomes/time-at-level@staff", "outcomes/too-few@-");
        assertThat(report.findings().get(0).message()).isEqualTo("Above the branch point, the technical track saw 0.04 promotions "
                + "per person-year from 2018-01-01 to 2026-12-01 (14 people), against 0.23 on the management track (11 people): "
                + "technical engineers were promoted 84% less often.");
        assertThat(report.findings().get(1).message()).startsWith("People spend a median of 5.3 years at IC4 Staff Engineer (14 people) "
                + "against 2.2 years at its peer M2 Senior Engineering Manager (10 people)");
        // Principal has only two holders: its time is withheld rather than compared
        assertThat(report.findings().get(2).message()).contains("IC5 Principal Engineer / M3 Director of Engineering");
    }

    @Test
    void principalsWaitingAtATopWhereManagementGoesHigherHitACeiling() {
        OutcomeReport report = analyze(GeneratedHistories.ladderWithLowerTechnicalTop(), GeneratedHistories.principalCeiling());
        assertThat(rulesAndLevels(report)).containsExactly("outcomes/ceiling@principal");
        assertThat(report.findings().get(0).message()).isEqualTo("3 of the 8 people at IC5 Principal Engineer, the top of the "
                + "technical track, have been there for more than 3 years on 2026-12-01, with nowhere to go, while the management "
                + "track goes on to M4 VP Engineering.");
    }

    @Test
    void theSameWaitAtATopLevelThatManagementMatchesIsNoCeiling() {
        OutcomeReport report = analyze(GeneratedHistories.ladder(), GeneratedHistories.principalCeiling());
        assertThat(rulesAndLevels(report)).doesNotContain("outcomes/ceiling@principal");
    }

    @Test
    void sinceNarrowsThePeriodNamedInTheFindings() {
        Ladder ladder = GeneratedHistories.ladder();
        OutcomeRecords records = new RecordsCsv(ladder, TODAY).parse(GeneratedHistories.principalFunnel(), "records.csv");
        OutcomeReport report = OutcomeAnalyzer.analyze(ladder, records.records(), java.time.LocalDate.of(2022, 1, 1), TODAY);
        assertThat(report.from()).isEqualTo(java.time.LocalDate.of(2022, 1, 1));
        assertThat(report.findings()).filteredOn(f -> f.rule().equals(OutcomeAnalyzer.FUNNEL)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("from 2022-01-01 to 2026-12-01"));
        assertThat(report.promotionRates()).extracting(OutcomeReport.YearRates::year).containsExactly(2022, 2023, 2024, 2025, 2026);
    }
}
