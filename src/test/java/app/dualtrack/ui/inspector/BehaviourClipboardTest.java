package app.dualtrack.ui.inspector;

import app.dualtrack.model.Area;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;
import app.dualtrack.ui.document.BehaviourClipboard;
import app.dualtrack.session.LadderDocument;
import app.dualtrack.ui.document.LevelClipboard;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Cut, copy and paste of whole behaviours in the inspector's view model, without the toolkit. */
class BehaviourClipboardTest {
    private static final Ladder LADDER = Ladder.named("Acme").toBuilder()
            .areas(List.of(new Area("systems", "Systems", null)))
            .technical(List.of(
                    Level.of("senior", "Senior Engineer").toBuilder().primary(List.of(new Behaviour("Owns the billing service.", "systems"),
                            new Behaviour("Designs the schema migrations."))).supporting("Reviews designs of peers.").build(),
                    Level.of("staff", "Staff Engineer").toBuilder().primary("Owns the storage engine.").build()))
            .build();

    private final LadderDocument document = new LadderDocument(LADDER);
    private final AtomicReference<String> selected = new AtomicReference<>("senior");
    private final InspectorViewModel vm = new InspectorViewModel(() -> document, selected::get);
    private final BehaviourClipboard.Access clipboard = BehaviourClipboard.Access.inMemory();

    BehaviourClipboardTest() {
        vm.setClipboard(clipboard);
    }

    private List<String> texts(String level, BehaviourKind kind) {
        return document.ladder().level(level).orElseThrow().behaviours(kind).stream().map(Behaviour::text).toList();
    }

    @Test
    void aCopiedBehaviourPastesBelowAnotherLevelsBehaviourWithItsAreaAsOneNamedEdit() {
        vm.copyBehaviour(BehaviourKind.PRIMARY, 0);
        assertThat(clipboard.text()).contains("Owns the billing service.\n");
        assertThat(clipboard.json()).get().asString().contains("\"systems\"");
        selected.set("staff");

        assertThat(vm.pasteBehaviours(BehaviourKind.PRIMARY, 1)).isEqualTo(1);

        assertThat(texts("staff", BehaviourKind.PRIMARY)).containsExactly("Owns the storage engine.", "Owns the billing service.");
        assertThat(document.ladder().level("staff").orElseThrow().primary().get(1).area()).isEqualTo("systems");
        assertThat(document.undoDescription()).isEqualTo("Paste behaviour");
        document.undo();
        assertThat(texts("staff", BehaviourKind.PRIMARY)).containsExactly("Owns the storage engine.");
    }

    @Test
    void cutRemovesTheBehaviourInOneUndoableEditAndKeepsItOnTheClipboard() {
        vm.cutBehaviour(BehaviourKind.PRIMARY, 1);

        assertThat(texts("senior", BehaviourKind.PRIMARY)).containsExactly("Owns the billing service.");
        assertThat(document.undoDescription()).isEqualTo("Cut primary behaviour");
        assertThat(clipboard.text()).contains("Designs the schema migrations.\n");
        vm.pasteBehaviours(BehaviourKind.SUPPORTING, 0);
        assertThat(texts("senior", BehaviourKind.SUPPORTING)).containsExactly("Designs the schema migrations.", "Reviews designs of peers.");
    }

    @Test
    void allBehavioursOfALevelGoBackToTheirOwnListsAndTheirPlainTextIsOneLineEach() {
        vm.copyAllBehaviours();
        assertThat(clipboard.text()).contains("Owns the billing service.\nDesigns the schema migrations.\nReviews designs of peers.\n");
        selected.set("staff");

        assertThat(vm.pasteBehaviours(BehaviourKind.PRIMARY, 0)).isEqualTo(3);

        assertThat(texts("staff", BehaviourKind.PRIMARY))
                .containsExactly("Owns the billing service.", "Designs the schema migrations.", "Owns the storage engine.");
        assertThat(texts("staff", BehaviourKind.SUPPORTING)).containsExactly("Reviews designs of peers.");
        assertThat(document.undoDescription()).isEqualTo("Paste 3 behaviours");
        document.undo();
        assertThat(document.ladder()).isEqualTo(LADDER);
    }

    @Test
    void textFromAWikiOrASpreadsheetBecomesOneBehaviourPerLineWithoutBullets() {
        vm.setClipboard(BehaviourClipboard.Access.holdingText(String.join("\n",
                "- Owns the **ledger** service",
                "* Sets the schema for payments",
                "\u2022 Leads incident reviews\r",
                "  1. Writes the on-call guide",
                "2) Runs the capacity model",
                "",
                "[x] Removes dead feature flags",
                "\"Cuts p99 latency \"\"in half\"\"\"",
                "Tunes\tthe query planner")));
        selected.set("staff");

        assertThat(vm.pasteBehaviours(BehaviourKind.SUPPORTING, 0)).isEqualTo(8);

        assertThat(texts("staff", BehaviourKind.SUPPORTING)).containsExactly("Owns the **ledger** service", "Sets the schema for payments",
                "Leads incident reviews", "Writes the on-call guide", "Runs the capacity model", "Removes dead feature flags",
                "Cuts p99 latency \"in half\"", "Tunes the query planner");
        assertThat(document.undoDescription()).isEqualTo("Paste 8 behaviours");
    }

    @Test
    void aLevelCopiedAsLadderJsonPastesItsBehavioursNotItsJsonLines() {
        vm.setClipboard(BehaviourClipboard.Access.holdingText(LevelClipboard.copy(LADDER, "senior")));
        selected.set("staff");

        assertThat(vm.pasteBehaviours(BehaviourKind.PRIMARY, 1)).isEqualTo(3);

        assertThat(texts("staff", BehaviourKind.PRIMARY))
                .containsExactly("Owns the storage engine.", "Owns the billing service.", "Designs the schema migrations.");
        assertThat(texts("staff", BehaviourKind.SUPPORTING)).containsExactly("Reviews designs of peers.");
    }

    @Test
    void anEmptyClipboardOrOneBeyondTheLimitSaysWhyAndChangesNothing() {
        assertThat(vm.canPasteBehaviours()).isFalse();
        assertThat(vm.pasteBehaviours(BehaviourKind.PRIMARY, 0)).isZero();
        assertThat(vm.pasteProblemProperty(BehaviourKind.PRIMARY).get()).isEqualTo("The clipboard holds no text to paste as behaviours.");

        vm.setClipboard(BehaviourClipboard.Access.holdingText("Owns a service.\n".repeat(199)));
        assertThat(vm.pasteBehaviours(BehaviourKind.SUPPORTING, 0)).isZero();
        assertThat(vm.pasteProblemProperty(BehaviourKind.SUPPORTING).get())
                .isEqualTo("The clipboard holds 199 behaviours; this level has room for 197 more (a level holds at most 200). Nothing was pasted.");
        assertThat(document.ladder()).isEqualTo(LADDER);
        assertThat(document.canUndo()).isFalse();

        vm.setClipboard(BehaviourClipboard.Access.holdingText("Owns a service."));
        vm.pasteBehaviours(BehaviourKind.SUPPORTING, 0);
        assertThat(vm.pasteProblemProperty(BehaviourKind.SUPPORTING).get()).isEmpty();
    }

    @Test
    void anAreaTheOtherLadderLacksIsDroppedOnPaste() {
        vm.copyBehaviour(BehaviourKind.PRIMARY, 0);
        Ladder other = Ladder.named("Other").addLevel(Track.TECHNICAL, 0, Level.of("ic1", "Engineer"));
        LadderDocument otherDocument = new LadderDocument(other);
        InspectorViewModel there = new InspectorViewModel(() -> otherDocument, () -> "ic1");
        there.setClipboard(clipboard);

        there.pasteBehaviours(BehaviourKind.PRIMARY, 0);

        assertThat(otherDocument.ladder().level("ic1").orElseThrow().primary()).containsExactly(new Behaviour("Owns the billing service."));
    }
}
