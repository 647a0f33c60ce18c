package app.dualtrack.ui.matrix;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Finding;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The ladder as a matrix: areas down the side, levels across (shared, then the two tracks rung by
 * rung so that peers stand side by side), each cell its behaviours with findings marked as on the
 * cards. Clicking a behaviour selects its level and puts the inspector on it; clicking an area shows
 * its progression from level to level.
 */
public final class MatrixView extends ScrollPane {
    /** What a click on a behaviour asks for: select the level, focus this behaviour. */
    public interface Selection {
        void select(String levelId, BehaviourKind kind, int index);
    }

    private final ObservableValue<Ladder> ladder;
    private final ObservableValue<AnalysisReport> report;
    private final ObservableValue<String> selectedLevel;
    private final Selection selection;
    private MatrixViewModel model;

    public MatrixView(ObservableValue<Ladder> ladder, ObservableValue<AnalysisReport> report, ObservableValue<String> selectedLevel,
                      Selection selection) {
        this.ladder = ladder;
        this.report = report;
        this.selectedLevel = selectedLevel;
        this.selection = selection;
        getStyleClass().add("matrix-view");
        getStylesheets().add(MatrixView.class.getResource("/app/dualtrack/ui/matrix/matrix.css").toExternalForm());
        setId("matrix-view");
        setFitToWidth(false);
        ladder.addListener((o, a, b) -> rebuild());
        report.addListener((o, a, b) -> rebuild());
        selectedLevel.addListener((o, a, b) -> rebuild());
        rebuild();
    }

    /** The model currently shown, for tests. */
    public MatrixViewModel model() {
        return model;
    }

    private void rebuild() {
        if (ladder.getValue() == null) {
            setContent(new Label("No ladder open."));
            return;
        }
        model = new MatrixViewModel(ladder.getValue(), report.getValue());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("matrix-grid");
        grid.setPadding(new Insets(8));
        grid.setHgap(0);
        grid.setVgap(0);
        Label corner = new Label("Area");
        corner.getStyleClass().addAll("matrix-head", "matrix-corner");
        corner.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        grid.add(corner, 0, 0);
        for (int c = 0; c < model.columnCount(); c++) {
            VBox head = new VBox(new Label(model.columnLabel(c)), small(model.columnTrack(c).label()));
            head.getStyleClass().addAll("matrix-head", model.columnTrack(c).key());
            head.setMinWidth(200);
            head.setPrefWidth(220);
            String id = model.matrix().columns().get(c).level().id();
            if (id.equals(selectedLevel.getValue())) {
                head.getStyleClass().add("selected");
            }
            head.setOnMouseClicked(e -> selection.select(id, null, -1));
            grid.add(head, c + 1, 0);
        }
        if (model.rowCount() == 0) {
            Label none = new Label("No behaviours yet: write some in the inspector, and give them areas to see them in rows here.");
            none.getStyleClass().add("matrix-empty");
            grid.add(none, 0, 1, Math.max(1, model.columnCount() + 1), 1);
        }
        for (int r = 0; r < model.rowCount(); r++) {
            final int row = r;
            Button area = new Button(model.rowTitle(r));
            area.getStyleClass().addAll("matrix-area", "flat");
            area.setTooltip(new Tooltip("What changes in " + model.rowTitle(r) + " from level to level"));
            area.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            area.setWrapText(true);
            area.setOnAction(e -> showProgression(row));
            area.setId("matrix-area-" + r);
            grid.add(area, 0, r + 1);
            for (int c = 0; c < model.columnCount(); c++) {
                grid.add(cell(r, c), c + 1, r + 1);
            }
        }
        setContent(grid);
    }

    private VBox cell(int row, int column) {
        VBox box = new VBox(4);
        box.getStyleClass().add("matrix-cell");
        box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        List<MatrixViewModel.CellEntry> entries = model.cell(row, column);
        if (entries.isEmpty()) {
            Label empty = new Label("—");
            empty.getStyleClass().add("matrix-gap");
            empty.setTooltip(new Tooltip("Nothing written for this area at " + model.columnLabel(column)));
            box.getChildren().add(empty);
            return box;
        }
        for (MatrixViewModel.CellEntry e : entries) {
            Label l = new Label((e.kind() == BehaviourKind.SUPPORTING ? "◦ " : "• ") + e.text());
            l.setWrapText(true);
            l.setMaxWidth(210);
            l.getStyleClass().add("matrix-behaviour");
            if (e.kind() == BehaviourKind.SUPPORTING) {
                l.getStyleClass().add("supporting");
            }
            if (e.worst() != null) {
                l.getStyleClass().add("finding-" + e.worst().key());
                l.setTooltip(new Tooltip(e.findings().stream().map(Finding::message).collect(Collectors.joining("\n"))));
            }
            l.setOnMouseClicked(ev -> selection.select(e.levelId(), e.kind(), e.index()));
            box.getChildren().add(l);
        }
        return box;
    }

    private void showProgression(int row) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(getScene() == null ? null : getScene().getWindow());
        d.setTitle(model.rowTitle(row) + " from level to level");
        d.setHeaderText(model.rowTitle(row) + ": what changes from level to level");
        TextArea text = new TextArea(model.progressionText(row));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(640, 420);
        d.getDialogPane().setContent(text);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (getScene() != null) {
            d.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        }
        d.show();
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("matrix-track");
        return l;
    }
}
