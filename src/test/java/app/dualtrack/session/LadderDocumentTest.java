package app.dualtrack.session;

import app.dualtrack.model.Ladder;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class LadderDocumentTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final LadderDocument doc = new LadderDocument(Ladder.named("A"), now::get);

    private static Ladder renamed(Ladder l, String name) {
        return l.toBuilder().name(name).build();
    }

    @Test
    void anEditMakesTheDocumentDirtyAndUndoNamesIt() {
        assertThat(doc.isDirty()).isFalse();
        doc.apply("Rename ladder", l -> renamed(l, "B"));
        assertThat(doc.isDirty()).isTrue();
        assertThat(doc.undoDescription()).isEqualTo("Rename ladder");
        doc.undo();
        assertThat(doc.ladder().name()).isEqualTo("A");
        assertThat(doc.isDirty()).as("undoing back to the saved state is clean").isFalse();
        assertThat(doc.redoDescription()).isEqualTo("Rename ladder");
        doc.redo();
        assertThat(doc.ladder().name()).isEqualTo("B");
        assertThat(doc.isDirty()).isTrue();
    }

    @Test
    void savingMarksTheCurrentRevisionClean() {
        doc.apply("Rename ladder", l -> renamed(l, "B"));
        doc.markSaved();
        assertThat(doc.isDirty()).isFalse();
        doc.undo();
        assertThat(doc.isDirty()).as("the file on disk holds B").isTrue();
    }

    @Test
    void typingInOneFieldMergesIntoOneUndoStep() {
        doc.apply("Edit summary", "x/summary", l -> renamed(l, "A1"));
        now.addAndGet(300);
        doc.apply("Edit summary", "x/summary", l -> renamed(l, "A12"));
        now.addAndGet(300);
        doc.apply("Edit summary", "x/summary", l -> renamed(l, "A123"));
        doc.undo();
        assertThat(doc.ladder().name()).isEqualTo("A");
        assertThat(doc.canUndo()).isFalse();
    }

    @Test
    void editsApartInTimeOrFieldAreSeparateSteps() {
        doc.apply("Edit summary", "x/summary", l -> renamed(l, "A1"));
        now.addAndGet(5_000);
        doc.apply("Edit summary", "x/summary", l -> renamed(l, "A12"));
        doc.apply("Edit scope", "x/scope", l -> renamed(l, "A12b"));
        doc.undo();
        assertThat(doc.ladder().name()).isEqualTo("A12");
        doc.undo();
        assertThat(doc.ladder().name()).isEqualTo("A1");
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        assertThat(doc.apply("Nothing", l -> l)).isFalse();
        assertThat(doc.canUndo()).isFalse();
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void aNewEditClearsRedo() {
        doc.apply("One", l -> renamed(l, "B"));
        doc.undo();
        doc.apply("Two", l -> renamed(l, "C"));
        assertThat(doc.canRedo()).isFalse();
    }

    @Test
    void listenersHearOfEveryChangeAfterTheWholeStateHasMoved() {
        java.util.List<String> heard = new java.util.ArrayList<>();
        doc.addListener(() -> heard.add(doc.ladder().name() + (doc.isDirty() ? "*" : "") + "|" + doc.undoDescription()));
        doc.apply("Rename ladder", l -> renamed(l, "B"));
        doc.markSaved();
        doc.undo();
        doc.redo();
        doc.markUnsaved();
        doc.apply("Nothing", l -> l);
        assertThat(heard).containsExactly("B*|Rename ladder", "B|Rename ladder", "A*|", "B|Rename ladder", "B*|Rename ladder");
    }
}
