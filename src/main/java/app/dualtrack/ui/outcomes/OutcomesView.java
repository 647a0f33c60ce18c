package app.dualtrack.ui.outcomes;

import app.dualtrack.outcomes.GroupFigure;
import app.dualtrack.outcomes.OutcomeFinding;
import app.dualtrack.outcomes.OutcomeReport;
import app.dualtrack.ui.dialog.FxDialogService;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Separator;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ListView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;

/** The Outcomes window: the records chosen, the findings, and the three charts. */
public final class OutcomesView extends BorderPane {
    private final OutcomesViewModel vm;
    private final VBox content = new VBox(14);
    private final javafx.beans.property.BooleanProperty exporting = new javafx.beans.property.SimpleBooleanProperty(false);

    public OutcomesView(OutcomesViewModel vm) {
        this.vm = vm;
        getStyleClass().add("outcomes-view");
        setTop(toolBar());
        content.setPadding(new Insets(14, 18, 18, 18));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        vm.reportProperty().addListener((o, a, r) -> render(r));
        render(vm.reportProperty().get());
    }

    private ToolBar toolBar() {
        Button choose = new Button("Choose Records…");
        choose.setId("outcomes-choose");
        choose.setDefaultButton(true);
        choose.setOnAction(e -> chooseRecords());
        Label file = new Label();
        file.getStyleClass().add("outcomes-file");
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.recordsFileProperty().get() == null ? "No records chosen" : vm.recordsFileProperty().get().toString(),
                vm.recordsFileProperty()));
        Button reload = new Button("Reload");
        reload.setOnAction(e -> vm.refresh());
        reload.disableProperty().bind(vm.recordsFileProperty().isNull());
        DatePicker since = new DatePicker();
        since.setPromptText("first record");
        since.setPrefWidth(130);
        since.valueProperty().bindBidirectional(vm.sinceProperty());
        since.setTooltip(new Tooltip("Look only at the period from this day; empty for the whole history"));
        Button pdf = new Button("Export PDF with Outcomes…");
        pdf.setId("outcomes-export");
        pdf.disableProperty().bind(vm.reportProperty().isNull().or(exporting));
        pdf.setOnAction(e -> exportPdf());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label privacy = new Label("Groups of fewer than " + GroupFigure.MIN_GROUP + " people are never shown · the records stay on this computer");
        privacy.getStyleClass().add("outcomes-privacy");
        return new ToolBar(choose, file, reload, new Label("  Since"), since, new Separator(Orientation.VERTICAL), pdf, spacer, privacy);
    }

    private void chooseRecords() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Choose Promotion Records");
        Path folder = vm.initialFolder();
        if (folder != null) {
            fc.setInitialDirectory(folder.toFile());
        }
        fc.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Records (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = fc.showOpenDialog(getScene().getWindow());
        if (f != null) {
            vm.open(f.toPath());
        }
    }

    /** Lays the PDF out in the background; the button stays disabled until it is written. */
    private void exportPdf() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export PDF with Outcomes");
        fc.setInitialFileName(vm.suggestedPdfName());
        Path folder = vm.initialFolder();
        if (folder != null) {
            fc.setInitialDirectory(folder.toFile());
        }
        fc.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
        File f = fc.showSaveDialog(getScene().getWindow());
        if (f == null) {
            return;
        }
        Path target = f.getName().endsWith(".pdf") ? f.toPath() : f.toPath().resolveSibling(f.getName() + ".pdf");
        exporting.set(true);
        app.dualtrack.ui.tasks.Background.fx().run("Exporting " + target, () -> vm.exportPdf(target), pages -> {
            exporting.set(false);
            new FxDialogService(getScene().getWindow()).showInformation("PDF exported",
                    "Wrote " + target + " (" + pages + " pages), with the Outcomes section at the end.");
        }, e -> {
            exporting.set(false);
            new FxDialogService(getScene().getWindow()).showError("The PDF could not be exported", e.getMessage());
        });
    }

    private void render(OutcomeReport report) {
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        status.getStyleClass().add("outcomes-status");
        if (report == null) {
            Label hint = new Label("Export one row per person per level reached, as person,date,level: a pseudonym, the day "
                    + "(YYYY-MM-DD) and the level's code or id; a row with \"left\" marks leaving. No names are needed.");
            hint.setWrapText(true);
            hint.getStyleClass().add("outcomes-hint");
            VBox empty = new VBox(10, status, hint);
            empty.setAlignment(Pos.TOP_LEFT);
            empty.setMaxWidth(720);
            content.getChildren().setAll(empty);
            return;
        }
        content.getChildren().setAll(status, findings(report), charts(report));
        if (!vm.problems().isEmpty()) {
            ListView<String> list = new ListView<>(vm.problems());
            list.setPrefHeight(Math.min(200, 28 * vm.problems().size() + 4));
            TitledPane rows = new TitledPane(vm.problems().size() + (vm.problems().size() == 1 ? " row" : " rows")
                    + " left out of the analysis", list);
            rows.setExpanded(false);
            content.getChildren().add(rows);
        }
    }

    private VBox findings(OutcomeReport report) {
        Label heading = new Label("Findings");
        heading.getStyleClass().add("outcomes-heading");
        VBox box = new VBox(8, heading);
        if (report.findings().isEmpty()) {
            Label none = new Label("No outcomes finding: promotions, moves and time at level look alike on both tracks.");
            none.getStyleClass().add("outcomes-none");
            box.getChildren().add(none);
        }
        for (OutcomeFinding f : report.findings()) {
            Label severity = new Label(f.severity().key().toUpperCase(java.util.Locale.ROOT));
            severity.getStyleClass().addAll("outcomes-severity", f.severity().key());
            severity.setMinWidth(Region.USE_PREF_SIZE);
            Label message = new Label(f.message());
            message.setWrapText(true);
            message.getStyleClass().add("outcomes-message");
            Label suggestion = new Label(f.suggestion());
            suggestion.setWrapText(true);
            suggestion.getStyleClass().add("outcomes-suggestion");
            VBox text = new VBox(3, message, suggestion);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(12, severity, text);
            row.getStyleClass().add("outcomes-finding");
            box.getChildren().add(row);
        }
        return box;
    }

    private GridPane charts(OutcomeReport report) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(14);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().setAll(half, half);
        var rates = OutcomeCharts.promotionRates(report);
        rates.setPrefHeight(320);
        grid.add(rates, 0, 0, 2, 1);
        var time = OutcomeCharts.timeAtLevel(report);
        time.setPrefHeight(360);
        grid.add(time, 0, 1);
        var flows = OutcomeCharts.flows(report);
        flows.setPrefHeight(360);
        grid.add(flows, 1, 1);
        Label note = new Label("A level or year without a bar had fewer than " + GroupFigure.MIN_GROUP
                + " people: its figure is withheld so that nobody's record can be picked out. Hover over a bar for its figure.");
        note.setWrapText(true);
        note.getStyleClass().add("outcomes-note");
        grid.add(note, 0, 2, 2, 1);
        return grid;
    }
}
