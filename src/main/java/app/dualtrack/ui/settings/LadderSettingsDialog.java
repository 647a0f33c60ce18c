package app.dualtrack.ui.settings;

import app.dualtrack.model.Ladder;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Optional;

/** Name, organisation, headcount, edition, review date and cadence, and the authors' notes. */
public final class LadderSettingsDialog {
    private LadderSettingsDialog() {
    }

    /** The edited ladder, or empty when cancelled or nothing changed. */
    public static Optional<Ladder> show(Window owner, Ladder ladder) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Ladder Settings");
        d.setHeaderText("About this ladder");
        TextField name = new TextField(ladder.name());
        TextField org = new TextField(nz(ladder.organisation()));
        TextField headcount = new TextField(ladder.headcount() == null ? "" : ladder.headcount().toString());
        headcount.setPromptText("engineers today, e.g. 45");
        TextField edition = new TextField(nz(ladder.edition()));
        edition.setPromptText("e.g. 2026.1");
        DatePicker reviewed = reviewDatePicker(ladder.reviewed());
        Spinner<Integer> cadence = new Spinner<>(1, 60, ladder.reviewCadenceMonths());
        cadence.setEditable(true);
        TextArea notes = new TextArea(nz(ladder.notes()));
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label("Name"), name);
        g.addRow(1, new Label("Organisation"), org);
        g.addRow(2, new Label("Engineers today"), headcount);
        g.addRow(3, new Label("Edition"), edition);
        g.addRow(4, new Label("Last reviewed"), reviewed);
        g.addRow(5, new Label("Review every (months)"), cadence);
        g.addRow(6, new Label("Notes"), notes);
        name.setPrefColumnCount(32);
        g.getChildren().stream().filter(n -> n instanceof Label).forEach(n -> ((Label) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            return Optional.empty();
        }
        Integer hc = null;
        String h = headcount.getText().strip();
        if (h.matches("\\d{1,7}") && Integer.parseInt(h) > 0) {
            hc = Integer.parseInt(h);
        } else if (!h.isEmpty()) {
            hc = ladder.headcount();
        }
        int months = cadence.getValue();
        Ladder updated = ladder.toBuilder()
                .name(name.getText().isBlank() ? ladder.name() : name.getText().strip())
                .organisation(blankToNull(org.getText()))
                .headcount(hc)
                .edition(blankToNull(edition.getText()))
                .reviewed(reviewed.getValue())
                .reviewEveryMonths(ladder.reviewEveryMonths() == null && months == Ladder.DEFAULT_REVIEW_EVERY_MONTHS ? null : months)
                .notes(blankToNull(notes.getText()))
                .build();
        return updated.equals(ladder) ? Optional.empty() : Optional.of(updated);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The "Last reviewed" picker: 2024-02-12 as everywhere else in the app and the file, not the locale's 2/12/2024. */
    static DatePicker reviewDatePicker(java.time.LocalDate reviewed) {
        DatePicker picker = new DatePicker(reviewed);
        picker.setConverter(isoDates());
        picker.setPromptText("YYYY-MM-DD");
        return picker;
    }

    /** Dates as the file and the rest of the app write them; what does not parse is left for the picker to refuse. */
    static javafx.util.StringConverter<java.time.LocalDate> isoDates() {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public java.time.LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return java.time.LocalDate.parse(s.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        };
    }
}
