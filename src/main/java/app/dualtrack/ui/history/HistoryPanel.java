package app.dualtrack.ui.history;

import app.dualtrack.ui.history.HistoryViewModel.Comparison;
import app.dualtrack.ui.history.HistoryViewModel.Row;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The list of versions of the open ladder in git, newest first, with what each changed. Select one to
 * compare it with the ladder in the editor, or two to compare them; "What it changed" compares a
 * version with the one before it (double-click does the same).
 */
public final class HistoryPanel extends VBox {
    private final TableView<Row> table = new TableView<>();

    /**
     * @param editor  the ladder as it is in the editor now
     * @param open    opens the compare view
     * @param problem shows a one-sentence problem
     * @param reload  reads the history again
     */
    public HistoryPanel(HistoryViewModel vm, Supplier<app.dualtrack.model.Ladder> editor, Consumer<Comparison> open, Consumer<String> problem,
                        Runnable reload) {
        super(8);
        setPadding(new Insets(10));
        getStyleClass().add("history-panel");
        Label status = new Label();
        status.setId("history-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        table.setId("history-table");
        table.setItems(vm.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(""));
        table.getColumns().add(column("Date", Row::date, 145));
        table.getColumns().add(column("Author", Row::author, 130));
        table.getColumns().add(column("Message", Row::message, 260));
        table.getColumns().add(column("What changed in the ladder", Row::summary, 300));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button compare = new Button("Compare");
        compare.setId("history-compare");
        compare.setTooltip(new Tooltip("One version: with the ladder in the editor. Two versions: with each other."));
        compare.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            int n = table.getSelectionModel().getSelectedItems().size();
            return n < 1 || n > 2;
        }, table.getSelectionModel().getSelectedItems()));
        compare.setOnAction(e -> vm.compare(List.copyOf(table.getSelectionModel().getSelectedItems()), editor.get(), problem).ifPresent(open));

        Button changes = new Button("What It Changed");
        changes.setId("history-changes");
        changes.setTooltip(new Tooltip("Compare the selected version with the one before it"));
        changes.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        changes.setOnAction(e -> selectedOne().flatMap(r -> vm.changesIn(r, problem)).ifPresent(open));

        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.changesIn(row.getItem(), problem).ifPresent(open);
                }
            });
            return row;
        });

        Button refresh = new Button("Refresh");
        refresh.setId("history-refresh");
        refresh.setOnAction(e -> reload.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, compare, changes, spacer, refresh);
        getChildren().addAll(status, table, buttons);
    }

    private Optional<Row> selectedOne() {
        var items = table.getSelectionModel().getSelectedItems();
        return items.size() == 1 ? Optional.of(items.get(0)) : Optional.empty();
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> value, double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    public TableView<Row> table() {
        return table;
    }
}
