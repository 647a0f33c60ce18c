package app.dualtrack.ui.compare;

import app.dualtrack.compare.BehaviourChange;
import app.dualtrack.compare.FieldChange;
import app.dualtrack.compare.LadderComparison;
import app.dualtrack.compare.LevelChange;
import app.dualtrack.compare.LevelStep;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Mechanism;
import app.dualtrack.model.Rungs;
import app.dualtrack.model.Track;
import app.dualtrack.ui.actions.Icon;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two versions side by side in the editor's two-column style, changes marked (added +,
 * removed − and struck through, changed ~), scrolling together, with the details of the selected
 * change and the level step below.
 */
public final class CompareView extends BorderPane {
    private final CompareViewModel vm;
    private final Map<String, Region> beforeCards = new HashMap<>();
    private final Map<String, Region> afterCards = new HashMap<>();
    private final VBox details = new VBox(8);
    private final VBox stepBox = new VBox(6);
    private final ScrollPane left;
    private final ScrollPane right;

    public CompareView(CompareViewModel vm) {
        this.vm = vm;
        getStyleClass().add("compare-view");
        Label summary = new Label(vm.summary());
        summary.setId("compare-summary");
        summary.getStyleClass().add("compare-summary");
        Button prev = new Button("Previous change", Icon.MOVE_UP.node());
        prev.setOnAction(e -> vm.previous());
        Button next = new Button("Next change", Icon.MOVE_DOWN.node());
        next.setId("next-change");
        next.setOnAction(e -> vm.next());
        prev.setDisable(vm.stops().isEmpty());
        next.setDisable(vm.stops().isEmpty());
        Label position = new Label();
        vm.currentProperty().addListener((o, a, b) -> {
            position.setText((b.intValue() + 1) + " of " + vm.stops().size());
            showCurrent();
        });
        Button swap = new Button("Swap Sides", Icon.SWAP_SIDES.node());
        swap.setId("swap-sides");
        swap.setTooltip(new Tooltip("Show the newer version on the left and the older on the right"));
        swap.setOnAction(e -> swapSides());
        Button report = new Button("PDF Report…", Icon.EXPORT_PDF.node());
        report.setId("compare-report");
        report.setOnAction(e -> exportReport());
        summary.setMinWidth(0);
        summary.setWrapText(true);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox top = new HBox(10, summary, position, prev, next, new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL), swap, report);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("compare-top");
        top.setPadding(new Insets(10, 14, 10, 14));

        LadderComparison c = vm.comparison();
        left = new ScrollPane(side(c.before(), vm.beforeLabel(), true));
        right = new ScrollPane(side(c.after(), vm.afterLabel(), false));
        for (ScrollPane s : List.of(left, right)) {
            s.setFitToWidth(true);
            s.getStyleClass().add("ladder-canvas");
        }
        left.vvalueProperty().bindBidirectional(right.vvalueProperty());
        SplitPane sides = new SplitPane(left, right);

        details.setPadding(new Insets(12, 16, 12, 16));
        details.getStyleClass().add("finding-detail");
        showCurrent();
        stepBox.setPadding(new Insets(12, 16, 12, 16));
        Tab findingsTab = new Tab("Findings (" + vm.introducedFindings().size() + " introduced, " + vm.resolvedFindings().size() + " resolved)",
                scroll(findingsPane()));
        findingsTab.setId("compare-findings-tab");
        TabPane tabs = new TabPane(new Tab("Change", scroll(details)), findingsTab, new Tab("What changes from one level to the next", stepPane()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane main = new SplitPane(sides, tabs);
        main.setOrientation(javafx.geometry.Orientation.VERTICAL);
        main.setDividerPositions(0.62);
        setTop(top);
        setCenter(main);
    }

    /** The findings the newer version introduces and those it resolves, each with its level. */
    private Node findingsPane() {
        VBox box = new VBox(6);
        box.setId("compare-findings");
        box.setPadding(new Insets(12, 16, 12, 16));
        box.getChildren().add(heading(vm.introducedFindings().isEmpty() ? "No findings introduced" : "Introduced by the newer version"));
        vm.introducedFindings().forEach(f -> box.getChildren().add(DiffText.line("+", f, "diff-added")));
        box.getChildren().add(heading(vm.resolvedFindings().isEmpty() ? "No findings resolved" : "Resolved by the newer version"));
        vm.resolvedFindings().forEach(f -> box.getChildren().add(DiffText.line("−", f, "diff-removed")));
        return box;
    }

    private void swapSides() {
        CompareView swapped = new CompareView(vm.swapped());
        swapped.getStyleClass().setAll(getStyleClass());
        getScene().setRoot(swapped);
    }

    private void exportReport() {
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        fc.setTitle("Export Comparison Report");
        fc.setInitialFileName("comparison.pdf");
        fc.getExtensionFilters().setAll(new javafx.stage.FileChooser.ExtensionFilter("PDF documents (*.pdf)", "*.pdf"));
        java.io.File chosen = fc.showSaveDialog(getScene().getWindow());
        if (chosen == null) {
            return;
        }
        java.nio.file.Path target = chosen.getName().endsWith(".pdf") ? chosen.toPath() : chosen.toPath().resolveSibling(chosen.getName() + ".pdf");
        javafx.scene.control.Alert a;
        try {
            int pages = vm.exportReport(target);
            a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                    "Wrote " + target.getFileName() + " (" + pages + (pages == 1 ? " page" : " pages") + ").", javafx.scene.control.ButtonType.OK);
            a.setHeaderText("Comparison report exported");
        } catch (java.io.IOException | app.dualtrack.export.ExportException e) {
            org.slf4j.LoggerFactory.getLogger(CompareView.class).warn("comparison report not written to {}", target, e);
            a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    target + ": the report was not written (" + e.getMessage() + ").", javafx.scene.control.ButtonType.OK);
            a.setHeaderText("The comparison report was not exported");
        }
        a.initOwner(getScene().getWindow());
        a.showAndWait();
    }

    private static ScrollPane scroll(Node n) {
        ScrollPane s = new ScrollPane(n);
        s.setFitToWidth(true);
        return s;
    }

    private Node side(Ladder ladder, String label, boolean before) {
        LadderComparison c = vm.comparison();
        Label title = new Label((before ? "Before: " : "After: ") + label);
        title.getStyleClass().add("ladder-title");
        title.setStyle("-fx-font-size: 1.15em;");
        Label sub = new Label(ladder.name() + (ladder.edition() == null ? "" : " · edition " + ladder.edition()));
        sub.getStyleClass().add("ladder-subtitle");
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        javafx.scene.layout.ColumnConstraints col = new javafx.scene.layout.ColumnConstraints();
        col.setPercentWidth(50);
        g.getColumnConstraints().addAll(col, col);
        int row = 0;
        g.add(header("TECHNICAL", Track.TECHNICAL), 0, row);
        g.add(header("MANAGEMENT", Track.MANAGEMENT), 1, row++);
        List<Rungs.Rung> rows = new ArrayList<>(Rungs.of(ladder));
        Collections.reverse(rows);
        for (Rungs.Rung r : rows) {
            g.add(r.technical() == null ? gap() : card(r.technical(), Track.TECHNICAL, before), 0, row);
            g.add(r.management() == null ? gap() : card(r.management(), Track.MANAGEMENT, before), 1, row++);
        }
        List<Level> shared = new ArrayList<>(ladder.shared());
        Collections.reverse(shared);
        for (Level l : shared) {
            g.add(card(l, Track.SHARED, before), 0, row++, 2, 1);
        }
        VBox box = new VBox(10, new VBox(2, title, sub), g);
        box.getStyleClass().add("ladder-board");
        box.setPadding(new Insets(14));
        return box;
    }

    private static Node header(String text, Track track) {
        Label l = new Label(text);
        l.getStyleClass().addAll("column-header", track.key());
        return l;
    }

    private static Node gap() {
        StackPane p = new StackPane(new Label("—"));
        p.getStyleClass().add("gap-cell");
        p.setMinHeight(44);
        return p;
    }

    /** A card marked with its change: never colour alone, always a sign and a word too. */
    private Node card(Level l, Track track, boolean before) {
        LadderComparison c = vm.comparison();
        String status;
        if (before) {
            status = c.removedLevels().contains(l) ? "removed" : c.changedLevels().stream().anyMatch(x -> x.before().id().equals(l.id())) ? "changed" : "same";
        } else {
            status = c.addedLevels().contains(l) ? "added" : c.changedLevels().stream().anyMatch(x -> x.after().id().equals(l.id())) ? "changed" : "same";
        }
        Label title = new Label(l.title());
        title.getStyleClass().add("card-title");
        if (status.equals("removed")) {
            title.setStyle("-fx-strikethrough: true;");
        }
        String sign = switch (status) {
            case "added" -> "+ added";
            case "removed" -> "− removed";
            case "changed" -> "~ changed";
            default -> "";
        };
        Label mark = new Label(sign);
        mark.getStyleClass().addAll("change-mark", status);
        mark.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, title, spacer, mark);
        top.setAlignment(Pos.CENTER_LEFT);
        Label counts = new Label(l.primary().size() + " primary · " + l.supporting().size() + " supporting");
        counts.getStyleClass().add("card-counts");
        VBox card = new VBox(3, top, counts);
        card.getStyleClass().addAll("level-card", track.key(), "change-" + status);
        card.setId((before ? "before-" : "after-") + l.id());
        card.setMaxWidth(Double.MAX_VALUE);
        card.setOnMouseClicked(e -> {
            for (int i = 0; i < vm.stops().size(); i++) {
                CompareViewModel.Stop s = vm.stops().get(i);
                if (l.id().equals(before ? s.beforeId() : s.afterId())) {
                    vm.currentProperty().set(i);
                    return;
                }
            }
            showLevel(l, before);
        });
        if (!before) {
            Tooltip.install(card, new Tooltip("Click to see what changed; the level step below compares it with the level under it."));
        }
        (before ? beforeCards : afterCards).put(l.id(), card);
        return card;
    }

    private void showLevel(Level l, boolean before) {
        details.getChildren().setAll(heading(l.title()), new Label(before ? "Unchanged in the newer version." : "Unchanged."));
        if (!before) {
            vm.selectStepFor(l.id());
        }
    }

    private void showCurrent() {
        beforeCards.values().forEach(n -> n.getStyleClass().remove("selected"));
        afterCards.values().forEach(n -> n.getStyleClass().remove("selected"));
        var stop = vm.currentStop();
        if (stop.isEmpty()) {
            details.getChildren().setAll(heading(vm.summary()),
                    new Label(vm.stops().isEmpty() ? "The two versions are the same." : "Use Next change to step through the changes, or click a level."));
            return;
        }
        CompareViewModel.Stop s = stop.get();
        if (s.beforeId() != null && beforeCards.containsKey(s.beforeId())) {
            beforeCards.get(s.beforeId()).getStyleClass().add("selected");
            reveal(left, beforeCards.get(s.beforeId()));
        }
        if (s.afterId() != null && afterCards.containsKey(s.afterId())) {
            afterCards.get(s.afterId()).getStyleClass().add("selected");
            reveal(right, afterCards.get(s.afterId()));
            vm.selectStepFor(s.afterId());
        }
        details.getChildren().setAll(heading(s.label()));
        LadderComparison c = vm.comparison();
        if (s.beforeId() == null && s.afterId() == null) {
            c.ladderFields().forEach(f -> details.getChildren().add(field(f)));
            for (Mechanism m : c.addedMechanisms()) details.getChildren().add(DiffText.line("+", "Mechanism: " + m.title(), "diff-added"));
            for (Mechanism m : c.removedMechanisms()) details.getChildren().add(DiffText.line("−", "Mechanism: " + m.title(), "diff-removed"));
            c.changedMechanisms().forEach(f -> details.getChildren().add(field(f)));
        } else if (s.afterId() == null) {
            details.getChildren().add(DiffText.line("−", "This level is not in the newer version.", "diff-removed"));
        } else if (s.beforeId() == null) {
            details.getChildren().add(DiffText.line("+", "This level is new.", "diff-added"));
        } else {
            vm.changeFor(s.afterId()).ifPresent(this::showChange);
        }
    }

    private void showChange(LevelChange lc) {
        String was = app.dualtrack.compare.ComparisonText.name(lc.before());
        if (!was.equals(app.dualtrack.compare.ComparisonText.name(lc.after()))) details.getChildren().add(new Label("Was " + was));
        if (lc.moved() != null) details.getChildren().add(new Label("Moved: " + lc.moved()));
        lc.fields().forEach(f -> details.getChildren().add(field(f)));
        for (BehaviourChange b : lc.behaviours()) {
            switch (b.kind()) {
                case ADDED -> details.getChildren().add(DiffText.line("+", b.afterList().key() + ": " + b.after(), "diff-added"));
                case REMOVED -> details.getChildren().add(DiffText.line("−", b.beforeList().key() + ": " + b.before(), "diff-removed"));
                case REWRITTEN -> {
                    Label l = new Label("✎ " + b.afterList().key() + " rewritten:");
                    l.getStyleClass().add("finding-rule");
                    details.getChildren().addAll(l, DiffText.of(b.diff()));
                }
                case MOVED -> details.getChildren().add(new Label("↕ moved from " + b.beforeList().key() + " to " + b.afterList().key() + ": " + b.after()));
                case KEPT -> { }
            }
        }
    }

    private static Node field(FieldChange f) {
        Label name = new Label(f.field());
        name.getStyleClass().add("finding-rule");
        name.setMinWidth(110);
        Node value = f.diff() != null ? DiffText.of(f.diff()) : new javafx.scene.text.TextFlow(
                strike(f.before() == null ? "(none)" : f.before(), f.before() != null), new javafx.scene.text.Text("  →  "),
                under(f.after() == null ? "(none)" : f.after(), f.after() != null));
        HBox.setHgrow(value, Priority.ALWAYS);
        return new HBox(8, name, value);
    }

    private static javafx.scene.text.Text strike(String s, boolean on) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setStrikethrough(on);
        t.getStyleClass().add(on ? "diff-removed" : "diff-same");
        return t;
    }

    private static javafx.scene.text.Text under(String s, boolean on) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setUnderline(on);
        t.getStyleClass().add(on ? "diff-added" : "diff-same");
        return t;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-title");
        l.setWrapText(true);
        return l;
    }

    private void reveal(ScrollPane pane, Region node) {
        double h = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
        if (h > 0) {
            double y = node.localToScene(0, 0).getY() - pane.getContent().localToScene(0, 0).getY();
            pane.setVvalue(Math.max(0, Math.min(1, (y - 80) / h)));
        }
    }

    private Node stepPane() {
        Ladder after = vm.comparison().after();
        ComboBox<Level> lower = levelChooser(after);
        ComboBox<Level> higher = levelChooser(after);
        lower.valueProperty().bindBidirectional(vm.stepLowerProperty());
        higher.valueProperty().bindBidirectional(vm.stepHigherProperty());
        HBox choose = new HBox(8, new Label("From"), lower, new Label("to"), higher);
        choose.setAlignment(Pos.CENTER_LEFT);
        vm.stepProperty().addListener((o, a, s) -> showStep(s));
        showStep(vm.stepProperty().get());
        VBox box = new VBox(10, choose, stepBox);
        box.setPadding(new Insets(12, 16, 12, 16));
        return scroll(box);
    }

    private static ComboBox<Level> levelChooser(Ladder ladder) {
        ComboBox<Level> box = new ComboBox<>();
        box.getItems().setAll(ladder.allLevels());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Level l) {
                return l == null ? "" : l.title();
            }

            @Override
            public Level fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private void showStep(LevelStep step) {
        stepBox.getChildren().clear();
        if (step == null) {
            stepBox.getChildren().add(new Label("Choose two levels."));
            return;
        }
        stepBox.getChildren().add(heading("What " + app.dualtrack.compare.ComparisonText.name(step.higher()) + " adds to "
                + app.dualtrack.compare.ComparisonText.name(step.lower())));
        if (step.scope() != null && step.higher().scope() != null) {
            stepBox.getChildren().add(new Label("Scope: " + step.higher().scope()));
        }
        step.added().forEach(b -> stepBox.getChildren().add(DiffText.line("+", b.after(), "diff-added")));
        step.reworded().forEach(b -> stepBox.getChildren().addAll(new Label("✎ reworded:"), DiffText.of(b.diff())));
        step.dropped().forEach(b -> stepBox.getChildren().add(DiffText.line("−", b.before(), "diff-removed")));
        step.kept().forEach(b -> stepBox.getChildren().add(DiffText.line("=", b.after(), "diff-same")));
    }
}
