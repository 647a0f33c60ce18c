package app.dualtrack.analysis;

import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleOverridesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Ladder ladderWithStaffBehaviour(String behaviour) {
        return new Ladder.Builder("Test")
                .reviewed(TODAY)
                .shared(new Level.Builder("senior", "Senior Engineer").primary("Designs components for the team.").build())
                .technical(new Level.Builder("staff", "Staff Engineer").scope("Shared systems.").primary(behaviour).peer("em").build())
                .management(new Level.Builder("em", "Engineering Manager").primary("Hires and coaches engineers.").build())
                .build();
    }

    @Test
    void aRulesFileSwitchesRulesOffAndChangesSeverity() throws Exception {
        RuleOverrides o = RuleOverrides.parse("{\"rules\": {\"visibility/missing\": \"off\", \"language/management-behaviour\": \"error\"}}", "team.ladder-rules.json");
        AnalysisReport report = Analyzer.withOverrides(o).analyze(ladderWithStaffBehaviour("Drives alignment across teams."), TODAY);
        assertThat(report.findings()).noneMatch(f -> f.rule().equals("visibility/missing"));
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("language/management-behaviour"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void aRulesFileAddsManagementVerbsAndTechnicalNouns() throws Exception {
        Ladder ladder = ladderWithStaffBehaviour("Galvanises everyone around the ledger.");
        assertThat(Analyzer.standard().analyze(ladder, TODAY).findings())
                .noneMatch(f -> f.rule().equals("language/management-behaviour"));
        RuleOverrides o = RuleOverrides.parse("{\"managementVerbs\": {\"galvanise\": \"influence\"}}", "x");
        assertThat(Analyzer.withOverrides(o).analyze(ladder, TODAY).findings())
                .anyMatch(f -> f.rule().equals("language/management-behaviour") && f.text().startsWith("Galvanises"));
        RuleOverrides nouns = o.then(RuleOverrides.parse("{\"technicalNouns\": [\"ledger\"], \"managementVerbs\": {}}", "y"));
        assertThat(Analyzer.withOverrides(nouns).analyze(ladderWithStaffBehaviour("Galvanises the ledger."), TODAY).findings())
                .noneMatch(f -> f.rule().equals("language/management-behaviour"));
    }

    @Test
    void aBrokenRulesFileIsRefusedWithItsNameAndTheProblem() {
        assertThatThrownBy(() -> RuleOverrides.parse("{\"rules\": {\"no/such-rule\": \"off\"}}", "team.ladder-rules.json"))
                .hasMessageStartingWith("team.ladder-rules.json: `rules` names \"no/such-rule\", which is not a rule");
        assertThatThrownBy(() -> RuleOverrides.parse("{\"rules\": {\"currency/stale\": \"loud\"}}", "r.json"))
                .hasMessageContaining("use \"error\", \"warning\", \"info\" or \"off\"");
        assertThatThrownBy(() -> RuleOverrides.parse("{oops", "r.json")).hasMessageStartingWith("r.json:1:");
    }

    @Test
    void suppressionsSilenceARuleForOneLevelAndReportTheReason() {
        Ladder ladder = ladderWithStaffBehaviour("Drives alignment across teams.")
                .suppress("language/management-behaviour", "staff", "We keep this one on purpose.");
        AnalysisReport report = Analyzer.standard().analyze(ladder, TODAY);
        assertThat(report.findings()).noneMatch(f -> f.rule().equals("language/management-behaviour"));
        assertThat(report.suppressed()).anySatisfy(s -> {
            assertThat(s.finding().rule()).isEqualTo("language/management-behaviour");
            assertThat(s.reason()).isEqualTo("We keep this one on purpose.");
        });
    }

    private static Ladder ladderWithTwoManagementWordedLevels() {
        return new Ladder.Builder("Test")
                .reviewed(TODAY)
                .shared(new Level.Builder("senior", "Senior Engineer").primary("Designs components for the team.").build())
                .technical(new Level.Builder("staff", "Staff Engineer").scope("Shared systems.")
                        .primary("Drives alignment across teams.").peer("em").build(),
                        new Level.Builder("principal", "Principal Engineer").scope("Company-wide systems.")
                        .primary("Builds consensus among stakeholders.").peer("director").build())
                .management(new Level.Builder("em", "Engineering Manager").primary("Hires and coaches engineers.").build(),
                        new Level.Builder("director", "Director of Engineering").primary("Runs the engineering organisation.").build())
                .build();
    }

    @Test
    void aSuppressionForOneLevelLeavesTheSameRuleOnOtherLevelsReported() {
        Ladder ladder = ladderWithTwoManagementWordedLevels()
                .suppress("language/management-behaviour", "staff", "Kept on purpose at Staff.");
        AnalysisReport report = Analyzer.standard().analyze(ladder, TODAY);
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("language/management-behaviour"))
                .extracting(Finding::level).containsOnly("principal").isNotEmpty();
        assertThat(report.suppressed()).filteredOn(s -> s.finding().rule().equals("language/management-behaviour"))
                .extracting(s -> s.finding().level()).containsOnly("staff").isNotEmpty();
    }

    @Test
    void aLadderWideSuppressionSilencesTheRuleOnEveryLevel() {
        Ladder ladder = ladderWithTwoManagementWordedLevels()
                .suppress("language/management-behaviour", null, "Our ladder keeps leadership language.");
        AnalysisReport report = Analyzer.standard().analyze(ladder, TODAY);
        assertThat(report.findings()).noneMatch(f -> f.rule().equals("language/management-behaviour"));
        assertThat(report.suppressed()).filteredOn(s -> s.finding().rule().equals("language/management-behaviour"))
                .extracting(s -> s.finding().level()).containsExactlyInAnyOrder("staff", "principal");
        assertThat(report.suppressed()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
    }
}
