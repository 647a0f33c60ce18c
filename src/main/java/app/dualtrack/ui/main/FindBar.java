package app.dualtrack.ui.main;

import app.dualtrack.ui.editing.LadderEditor;

import app.dualtrack.ui.actions.Icon;
import app.dualtrack.ui.ladder.LadderSearch;
import app.dualtrack.ui.ladder.LadderView;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

import java.util.HashSet;
import java.util.List;

/**
 * Find (Ctrl+F): a search field with a clear button; matching cards are marked, Enter steps to the
 * next match (Shift+Enter to the previous) and selects it, Esc clears the search.
 */
public final class FindBar extends HBox {
    private final LadderEditor vm;
    private final LadderView ladder;
    private final CustomTextField field = (CustomTextField) TextFields.createClearableTextField();
    private final Label position = new Label();
    private List<String> matches = List.of();
    private int current = -1;

    FindBar(LadderEditor vm, LadderView ladder) {
        this.vm = vm;
        this.ladder = ladder;
        field.setId("find-field");
        field.setPromptText("Find in the ladder");
        field.setLeft(Icon.FIND.node(16));
        field.setPrefColumnCount(11);
        field.setAccessibleText("Find");
        field.setAccessibleHelp("Searches titles, codes and behaviours: type to mark the levels that contain these words; Enter selects the next one.");
        position.setId("find-position");
        position.getStyleClass().add("hint");
        position.setMinWidth(Region.USE_PREF_SIZE);
        position.managedProperty().bind(position.textProperty().isNotEmpty());
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(position, field);
        field.textProperty().addListener((o, a, b) -> search());
        vm.ladderProperty().addListener((o, a, b) -> {
            if (!field.getText().isEmpty()) {
                search();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                ladder.requestFocus();
                e.consume();
            }
        });
    }

    /** Ctrl+F: puts the caret in the field with its text selected, ready to type over. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    public TextField field() {
        return field;
    }

    /** The ids of the levels matching now, in the order Enter visits them. */
    public List<String> matches() {
        return matches;
    }

    private void search() {
        matches = LadderSearch.find(vm.ladder(), field.getText());
        current = -1;
        ladder.showMatches(new HashSet<>(matches));
        position.setText(field.getText().isBlank() ? "" : matches.isEmpty() ? "No match" : matches.size() + (matches.size() == 1 ? " match" : " matches"));
    }

    private void step(int delta) {
        if (matches.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + delta, matches.size());
        String id = matches.get(current);
        vm.selectedLevelIdProperty().set(id);
        ladder.reveal(id);
        position.setText((current + 1) + " of " + matches.size());
    }
}
