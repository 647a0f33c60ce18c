package app.dualtrack.compare;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Mechanism;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LadderComparatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static LadderComparison samples() throws Exception {
        return LadderComparator.compare(LadderFiles.read(TestFiles.flawedSample()), LadderFiles.read(TestFiles.fixedSample()), TODAY);
    }

    private static LevelChange level(LadderComparison c, String id) {
        return c.levels().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theFixReportsDistinguishedRemovedAndNothingAdded() throws Exception {
        LadderComparison c = samples();
        assertThat(c.removedLevels()).extracting(Level::id).containsExactly("distinguished");
        assertThat(c.addedLevels()).isEmpty();
    }

    @Test
    void staffAndPrincipalPrimaryBehavioursAreRewrittenWithWordLevelChanges() throws Exception {
        LadderComparison c = samples();
        for (String id : new String[] {"staff", "principal"}) {
            var rewritten = level(c, id).behaviours().stream()
                    .filter(b -> b.kind() == BehaviourChange.Kind.REWRITTEN && b.afterList() == BehaviourKind.PRIMARY).toList();
            assertThat(rewritten).as(id).hasSize(3);
            rewritten.forEach(b -> assertThat(b.diff().changed()).isTrue());
        }
        BehaviourChange first = level(c, "staff").behaviours().get(0);
        assertThat(first.before()).isEqualTo("Drives alignment across multiple teams.");
        assertThat(first.after()).isEqualTo("Owns the design and evolution of systems used by multiple teams.");
        // two words of eleven survive: a new sentence, shown whole on both sides rather than as interleaved fragments
        assertThat(first.diff().segments()).containsExactly(
                new WordDiff.Segment(WordDiff.Kind.REMOVED, "Drives alignment across multiple teams."),
                new WordDiff.Segment(WordDiff.Kind.ADDED, "Owns the design and evolution of systems used by multiple teams."));
        assertThat(first.diff().inline()).isEqualTo("[-Drives alignment across multiple teams.-] {+Owns the design and evolution of systems used by multiple teams.+}");
        assertThat(level(c, "staff").behaviours()).anySatisfy(b -> {
            assertThat(b.kind()).isEqualTo(BehaviourChange.Kind.MOVED);
            assertThat(b.after()).isEqualTo("Mentors Senior Engineers.");
            assertThat(b.afterList()).isEqualTo(BehaviourKind.SUPPORTING);
        });
    }

    @Test
    void staffIsRepairedFromEngineeringManagerToSeniorEngineeringManager() throws Exception {
        FieldChange peer = level(samples(), "staff").field("peer");
        assertThat(peer.before()).isEqualTo("M1 Engineering Manager");
        assertThat(peer.after()).isEqualTo("M2 Senior Engineering Manager");
    }

    @Test
    void twoMechanismsAddedEditionAndReviewDateChangedAndFindingsResolved() throws Exception {
        LadderComparison c = samples();
        assertThat(c.addedMechanisms()).extracting(Mechanism::title)
                .containsExactly("Technical scope document", "Technical review presentation");
        assertThat(c.ladderFields()).extracting(FieldChange::field).contains("edition", "reviewed");
        assertThat(c.ladderFields()).filteredOn(f -> f.field().equals("edition"))
                .singleElement().satisfies(f -> assertThat(f.before() + " → " + f.after()).isEqualTo("2024.1 → 2026.1"));
        assertThat(c.resolved()).extracting(f -> f.rule())
                .contains("currency/drift", "structure/invented-level", "visibility/missing", "language/management-primary");
        assertThat(c.introduced()).allSatisfy(f -> assertThat(f.severity().key()).isEqualTo("info"));
        assertThat(c.summary()).isEqualTo("5 levels changed, 1 removed, 0 added, 21 findings resolved, 1 introduced");
    }

    @Test
    void aLadderComparedWithItselfReportsNothing() throws Exception {
        Ladder l = LadderFiles.read(TestFiles.flawedSample());
        LadderComparison c = LadderComparator.compare(l, l, TODAY);
        assertThat(c.same()).isTrue();
        assertThat(c.changedLevels()).isEmpty();
        assertThat(c.resolved()).isEmpty();
        assertThat(c.introduced()).isEmpty();
        assertThat(c.summary()).isEqualTo("No changes");
    }

    @Test
    void aRenamedIdIsReportedAsARenameNotARemovalAndAnAddition() throws Exception {
        Ladder before = LadderFiles.read(TestFiles.fixedSample());
        Ladder after = before.changeLevelId("staff", "staff-engineer");
        LadderComparison c = LadderComparator.compare(before, after, TODAY);
        assertThat(c.addedLevels()).isEmpty();
        assertThat(c.removedLevels()).isEmpty();
        assertThat(c.changedLevels()).singleElement().satisfies(l -> {
            assertThat(l.renamedFrom()).isEqualTo("staff");
            assertThat(l.id()).isEqualTo("staff-engineer");
        });
        assertThat(c.resolved()).isEmpty();
    }

    @Test
    void aMovedLevelIsReportedAsAMove() throws Exception {
        Ladder before = LadderFiles.read(TestFiles.fixedSample());
        Ladder after = before.shiftLevel("staff", 1);
        LadderComparison c = LadderComparator.compare(before, after, TODAY);
        assertThat(c.changedLevels()).anySatisfy(l -> assertThat(l.moved()).contains("rung 1 to rung 2"));
    }

    @Test
    void theLevelStepSaysWhatTheHigherLevelAddsAndDrops() throws Exception {
        Ladder l = LadderFiles.read(TestFiles.fixedSample());
        LevelStep step = LevelStep.between(l.level("staff").orElseThrow(), l.level("principal").orElseThrow());
        assertThat(step.added()).hasSize(3);
        assertThat(step.dropped()).hasSize(3);
        assertThat(step.scope()).isNotNull();
    }

    @Test
    void aSmallEditKeepsWordLevelMarks() {
        WordDiff d = WordDiff.between("Owns the design of systems used by several teams.", "Owns the design of systems used by many teams.");
        assertThat(d.segments()).containsExactly(
                new WordDiff.Segment(WordDiff.Kind.SAME, "Owns the design of systems used by "),
                new WordDiff.Segment(WordDiff.Kind.REMOVED, "several"),
                new WordDiff.Segment(WordDiff.Kind.ADDED, "many"),
                new WordDiff.Segment(WordDiff.Kind.SAME, " teams."));
        assertThat(d.inline()).isEqualTo("Owns the design of systems used by [-several-] {+many+} teams.");
    }

    @Test
    void levelsThatOnlyShiftBecauseALowerOneWasRemovedAreNotReportedAsMoved() throws Exception {
        var fixed = LadderFiles.read(TestFiles.fixedSample());
        LadderComparison c = LadderComparator.compare(fixed, fixed.removeLevel("engineer-1"), TODAY);
        assertThat(c.removedLevels()).extracting(l -> l.id()).containsExactly("engineer-1");
        assertThat(c.levels()).allSatisfy(l -> assertThat(l.moved()).as(l.id()).isNull());
        LadderComparison swapped = LadderComparator.compare(fixed, fixed.shiftLevel("engineer-2", 1), TODAY);
        assertThat(level(swapped, "engineer-2").moved()).isEqualTo("moved from rung 2 to rung 3 of the shared track");
    }

    @Test
    void aFindingThatSurvivesAChangeToItsLevelIsReportedAsStillOpen() throws Exception {
        var flawed = LadderFiles.read(TestFiles.flawedSample());
        var edited = flawed.updateLevel("staff", l -> l.withPrimary(java.util.List.of(
                new app.dualtrack.model.Behaviour("Owns the design of the payments service and its storage."),
                l.primary().get(1), l.primary().get(2), l.primary().get(3))));
        LadderComparison c = LadderComparator.compare(flawed, edited, TODAY);
        assertThat(c.stillOpen()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("language/management-primary");
            assertThat(f.level()).isEqualTo("staff");
        });
        assertThat(c.stillOpen()).noneMatch(f -> "principal".equals(f.level()));
        assertThat(ComparisonText.changelog(c, "before.ladder.json", "after.ladder.json"))
                .contains("! still open error after IC4 Staff Engineer changed: The bar itself is a manager's — 3 of 4 primary behaviours");
    }
}
