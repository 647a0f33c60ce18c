package app.dualtrack.analysis;

import app.dualtrack.model.Growth;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The structure rules read a ladder as a person does (issue 12). */
class StructureReadingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static List<Finding> findings(Ladder ladder) {
        return Analyzer.standard().analyze(ladder, TODAY).findings();
    }

    private static List<String> rules(Ladder ladder) {
        return findings(ladder).stream().map(Finding::rule).toList();
    }

    private static Level tech(String id, String title, String code, String peer) {
        return new Level.Builder(id, title).code(code).scope("Systems used by several teams.").peer(peer)
                .primary("Designs the storage engine of the " + id + " platform.").growth(Growth.DEPTH, Growth.EXTERNAL).build();
    }

    private static Level mgmt(String id, String title, String code) {
        return new Level.Builder(id, title).code(code).primary("Hires and coaches the engineers of " + id + ".").build();
    }

    @Test
    void aLadderWithoutManagersIsATechnicalLadderWithOneNoteAndNoPairingWarnings() {
        Ladder ladder = new Ladder.Builder("Tech only").reviewed(TODAY).technical(List.of(
                new Level.Builder("e1", "Engineer").code("E1").primary("Fixes bugs in one service.").build(),
                new Level.Builder("e2", "Senior Engineer").code("E2").primary("Designs features across services.").build(),
                tech("staff", "Staff Engineer", "E3", null), tech("principal", "Principal Engineer", "E4", null))).build();
        List<Finding> found = findings(ladder);
        assertThat(found).extracting(Finding::rule).doesNotContain("structure/unpaired-level", "structure/track-shorter",
                "structure/top-mismatch", "parity/description-depth");
        assertThat(found).filteredOn(f -> f.rule().equals("structure/no-management-track")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).contains("technical ladder of 4 levels");
                });
        // visibility is expected from the Staff-equivalent level, not from the first level
        assertThat(found).filteredOn(f -> f.rule().equals("visibility/missing")).singleElement()
                .satisfies(f -> assertThat(f.suggestion()).contains("Staff Engineer (E3)"));
    }

    @Test
    void levelsThatShareATitleButNotACodeAreNotDuplicates() {
        Ladder distinct = new Ladder.Builder("Codes").reviewed(TODAY).shared(List.of(
                new Level.Builder("a", "Software Engineer").code("L1").primary("Fixes bugs.").build(),
                new Level.Builder("b", "Software Engineer").code("L2").primary("Designs features.").build())).build();
        assertThat(rules(distinct)).doesNotContain("structure/duplicate-title");
        Ladder same = new Ladder.Builder("No codes").reviewed(TODAY).shared(List.of(
                new Level.Builder("a", "Software Engineer").primary("Fixes bugs.").build(),
                new Level.Builder("b", "Software Engineer").primary("Designs features.").build())).build();
        assertThat(findings(same)).filteredOn(f -> f.rule().equals("structure/duplicate-title")).singleElement()
                .satisfies(f -> assertThat(f.message()).doesNotContain("`").contains("Software Engineer and Software Engineer"));
    }

    @Test
    void aTrackThatSkipsAGradeButReachesTheTopDoesNotRunOutFirst() {
        Ladder ladder = new Ladder.Builder("Skip").reviewed(TODAY).headcount(400)
                .technical(List.of(tech("staff", "Staff Engineer", "IC4", "em"), tech("principal", "Principal Engineer", "IC5", "vp")))
                .management(List.of(mgmt("em", "Engineering Manager", "M1"), mgmt("director", "Director", "M2"), mgmt("vp", "VP of Engineering", "M3")))
                .build();
        assertThat(rules(ladder)).doesNotContain("structure/track-shorter", "structure/top-mismatch");
        Ladder shortOne = ladder.updateLevel("principal", l -> l.withPeer("director"));
        assertThat(findings(shortOne)).filteredOn(f -> f.rule().equals("structure/track-shorter")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("tops out at Principal Engineer (IC5)").contains("VP of Engineering (M3)"));
    }

    @Test
    void withoutAGrowthFieldTheTopLevelsTextIsRead() {
        Level depth = new Level.Builder("principal", "Principal Engineer").code("IC5").scope("The data platform.")
                .primary("Goes further into query planning than anyone at the company.", "Speaks about the storage engine at conferences.").build();
        Level scope = new Level.Builder("principal", "Principal Engineer").code("IC5").scope("Company-wide technical problems.")
                .primary("Designs the data platform.").build();
        Level silent = new Level.Builder("principal", "Principal Engineer").code("IC5").scope("The data platform.")
                .primary("Designs the data platform.").build();
        assertThat(rules(single(depth))).doesNotContain("structure/top-growth-is-scope");
        assertThat(findings(single(scope))).filteredOn(f -> f.rule().equals("structure/top-growth-is-scope")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("organisational scope (“company-wide”)"));
        assertThat(findings(single(silent))).filteredOn(f -> f.rule().equals("structure/top-growth-is-scope")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("does not say how growth is recognised"));
    }

    @Test
    void aLevelWhoseTextAsksForMoreScopeThanTheCompanyHasIsInvented() {
        Level wide = new Level.Builder("principal", "Principal Engineer").code("IC5").growth(Growth.DEPTH)
                .scope("Technical direction across several organisations and countries.").primary("Designs the data platform.").build();
        assertThat(findings(single(wide).toBuilder().headcount(60).build())).filteredOn(f -> f.rule().equals("structure/invented-level"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.field()).isEqualTo("scope");
                    assertThat(f.message()).contains("“several organisations”").contains("60 engineers");
                });
        assertThat(rules(single(wide).toBuilder().headcount(2000).build())).doesNotContain("structure/invented-level");
    }

    @Test
    void aLevelThatRepeatsTheLevelBelowWordForWordIsNoStep() {
        Level below = new Level.Builder("senior", "Senior Engineer").code("L3")
                .primary("Designs components of the billing service.", "Reviews changes to the ledger.", "Fixes incidents in payments.").build();
        Level same = new Level.Builder("staff", "Staff Engineer").code("L4").scope("Payments.").growth(Growth.DEPTH)
                .primary("Designs components of the billing service.", "reviews changes to the ledger!", "Owns the payments architecture.").build();
        Ladder ladder = new Ladder.Builder("Steps").reviewed(TODAY).shared(List.of(below)).technical(List.of(same)).build();
        assertThat(findings(ladder)).filteredOn(f -> f.rule().equals("structure/no-step")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("2 of its 3 repeat the level below word for word"));
    }

    private static Ladder single(Level top) {
        return new Ladder.Builder("One").reviewed(TODAY).headcount(45)
                .shared(List.of(new Level.Builder("senior", "Senior Engineer").code("L3").primary("Builds features.").build()))
                .technical(List.of(new Level.Builder("staff", "Staff Engineer").code("IC4").scope("Shared systems.").growth(Growth.DEPTH)
                        .primary("Owns the design of the billing service.").build(), top)).build();
    }
}
