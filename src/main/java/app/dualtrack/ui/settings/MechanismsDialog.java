package app.dualtrack.ui.settings;

import app.dualtrack.model.Cadence;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Mechanism;
import app.dualtrack.model.MechanismKind;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Edits how technical progress is made visible: scope documents, technical reviews, others. */
public final class MechanismsDialog {
    private MechanismsDialog() {
    }

    private record Row(ComboBox<MechanismKind> kind, TextField title, ComboBox<Cadence> cadence, ComboBox<String> from,
                       CheckBox required, TextArea description, Mechanism original) {
    }

    public static Optional<Ladder> show(Window owner, Ladder ladder) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Visibility Mechanisms");
        d.setHeaderText("How progress on the technical track is made visible.\nRecommended: a quarterly scope document and a quarterly technical review, required from Staff up.");
        VBox rows = new VBox(14);
        List<Row> model = new ArrayList<>();
        List<Level> levels = ladder.allLevels();
        Runnable[] addRow = new Runnable[1];
        java.util.function.Consumer<Mechanism> add = m -> {
            ComboBox<MechanismKind> kind = new ComboBox<>();
            kind.getItems().setAll(MechanismKind.values());
            kind.setConverter(converter(MechanismKind::label, MechanismKind.values()));
            kind.setValue(m.kind());
            TextField title = new TextField(m.title());
            title.setPrefColumnCount(24);
            ComboBox<Cadence> cadence = new ComboBox<>();
            cadence.getItems().setAll(Cadence.values());
            cadence.setConverter(converter(Cadence::label, Cadence.values()));
            cadence.setValue(m.cadence());
            ComboBox<String> from = new ComboBox<>();
            from.getItems().add("Every level");
            levels.forEach(l -> from.getItems().add(l.title()));
            int idx = m.appliesFrom() == null ? 0 : levels.stream().map(Level::id).toList().indexOf(m.appliesFrom()) + 1;
            from.getSelectionModel().select(Math.max(0, idx));
            CheckBox required = new CheckBox("Required");
            required.setSelected(m.isRequired());
            TextArea description = new TextArea(m.description() == null ? "" : m.description());
            description.setPrefRowCount(2);
            description.setWrapText(true);
            GridPane g = new GridPane();
            g.setHgap(8);
            g.setVgap(6);
            g.addRow(0, new Label("Kind"), kind, new Label("Title"), title);
            g.addRow(1, new Label("Cadence"), cadence, new Label("Applies from"), from);
            g.add(required, 1, 2);
            g.add(description, 0, 3, 4, 1);
            g.getChildren().stream().filter(n -> n instanceof Label).forEach(n -> ((Label) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
            kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            cadence.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Row row = new Row(kind, title, cadence, from, required, description, m);
            Button remove = new Button("Remove");
            VBox box = new VBox(6, g, remove);
            remove.setOnAction(e -> {
                rows.getChildren().remove(box);
                model.remove(row);
            });
            model.add(row);
            rows.getChildren().add(box);
        };
        ladder.visibility().forEach(add);
        String staff = ladder.technical().isEmpty() ? null : ladder.technical().get(0).id();
        Button addScope = new Button("Add quarterly scope document");
        addScope.setOnAction(e -> add.accept(new Mechanism(MechanismKind.SCOPE_DOCUMENT, "Technical scope document", Cadence.QUARTERLY, staff, true,
                "One page, kept by each Staff+ engineer: the systems they own, the problems they are working on, what changed last quarter.")));
        Button addReview = new Button("Add quarterly technical review");
        addReview.setOnAction(e -> add.accept(new Mechanism(MechanismKind.TECHNICAL_REVIEW, "Technical review presentation", Cadence.QUARTERLY, staff, true,
                "Ten minutes to peers and managers: the problem chosen, what was built, and the evidence it was worth building.")));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(720, 420);
        d.getDialogPane().setContent(new VBox(10, scroll, new HBox(8, addScope, addReview)));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResizable(true);
        if (d.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        List<Mechanism> result = new ArrayList<>();
        for (Row r : model) {
            int i = r.from().getSelectionModel().getSelectedIndex();
            String appliesFrom = i <= 0 ? null : levels.get(i - 1).id();
            String title = r.title().getText().isBlank() ? r.kind().getValue().label() : r.title().getText().strip();
            String description = r.description().getText().isBlank() ? null : r.description().getText().strip();
            Boolean required = r.required().isSelected() ? Boolean.TRUE : (r.original().required() == null ? null : Boolean.FALSE);
            result.add(new Mechanism(r.kind().getValue(), title, r.cadence().getValue(), appliesFrom, required, description, r.original().extras()));
        }
        Ladder updated = ladder.toBuilder().visibility(result).build();
        return updated.equals(ladder) ? Optional.empty() : Optional.of(updated);
    }

    private static <T> javafx.util.StringConverter<T> converter(java.util.function.Function<T, String> label, T[] values) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                for (T t : values) {
                    if (label.apply(t).equals(s)) {
                        return t;
                    }
                }
                return null;
            }
        };
    }
}
