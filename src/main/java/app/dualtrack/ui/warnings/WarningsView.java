package app.dualtrack.ui.warnings;

import app.dualtrack.ui.controls.Tooltips;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Finding;
import app.dualtrack.analysis.RuleCatalog;
import app.dualtrack.analysis.RuleInfo;
import app.dualtrack.analysis.Severity;
import app.dualtrack.analysis.SuppressedFinding;
import app.dualtrack.model.Ladder;
import app.dualtrack.ui.actions.Icon;
import app.dualtrack.ui.editing.LadderEditor;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Consumer;

/** The live warnings: findings grouped by severity and level, and the selected one explained. */
public final class WarningsView extends BorderPane {
    private final LadderEditor vm;
    private final TreeView<Object> tree = new TreeView<>();
    private final VBox detail = new VBox();
    /** Title, counts and the filter; wraps onto a second line in a narrow pane instead of cutting the words. */
    private final javafx.scene.layout.FlowPane header = new javafx.scene.layout.FlowPane(6, 4);
    private final Consumer<Finding> onOpenFinding;
    private final Consumer<String> onOpenGuide;
    private final BooleanProperty selectedLevelOnly = new SimpleBooleanProperty();
    private boolean refreshQueued;

    private record Group(String label, Severity severity, boolean suppressed) {
    }

    public WarningsView(LadderEditor vm, Consumer<Finding> onOpenFinding, Consumer<String> onOpenGuide) {
        this.vm = vm;
        this.onOpenFinding = onOpenFinding;
        this.onOpenGuide = onOpenGuide;
        getStyleClass().add("warnings-pane");
        setId("warnings");
        header.getStyleClass().add("warnings-header");
        tree.setShowRoot(false);
        tree.setId("warnings-tree");
        tree.setCellFactory(t -> new FindingCell(tree));
        tree.setAccessibleText("Warnings");
        tree.setAccessibleHelp("Findings grouped by severity and level; selecting one shows the level and the phrase it is about.");
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> select(item == null ? null : item.getValue()));
        detail.getStyleClass().add("finding-detail");
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(tree, detailScroll);
        split.setDividerPositions(0.58);
        split.setFocusTraversable(false);
        split.setId("warnings-split");
        split.setAccessibleText("Findings and the selected finding explained");
        setTop(header);
        setCenter(split);
        vm.analysisProperty().addListener((o, a, r) -> refresh());
        selectedLevelOnly.addListener((o, a, b) -> refresh());
        // re-wrap the messages to the new width, after the layout pass (refreshing a virtual flow in the middle of
        // its own layout can make it index cells that are gone)
        tree.widthProperty().addListener((o, a, b) -> {
            if (!refreshQueued) {
                refreshQueued = true;
                javafx.application.Platform.runLater(() -> {
                    refreshQueued = false;
                    tree.refresh();
                });
            }
        });
        vm.selectedLevelIdProperty().addListener((o, a, b) -> {
            if (selectedLevelOnly.get()) {
                refresh();
            }
        });
        refresh();
    }

    private void refresh() {
        AnalysisReport report = vm.reportProperty().get();
        Ladder ladder = vm.ladder();
        if (report == null || ladder == null) {
            return;
        }
        if (vm.analysisProperty().get() == null) {
            showChecking();
            return;
        }
        Object selected = tree.getSelectionModel().getSelectedItem() == null ? null : tree.getSelectionModel().getSelectedItem().getValue();
        header.getChildren().setAll(title("Warnings"));
        for (Severity s : Severity.values()) {
            header.getChildren().add(chip(report.count(s) + " " + s.key() + (s == Severity.INFO || report.count(s) == 1 ? "" : "s"), s.key()));
        }
        header.getChildren().add(chip(report.suppressed().size() + " suppressed", "suppressed"));
        CheckBox only = new CheckBox("Selected level only");
        only.setId("warnings-selected-only");
        only.selectedProperty().bindBidirectional(selectedLevelOnly);
        only.setAccessibleHelp("Shows only the findings about the level selected on the ladder.");
        header.getChildren().add(only);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        String only1 = selectedLevelOnly.get() ? vm.selectedLevelIdProperty().get() : null;
        if (only1 != null || selectedLevelOnly.get()) {
            report = filtered(report, only1);
        }

        TreeItem<Object> root = new TreeItem<>();
        for (WarningsViewModel.SeverityGroup sg : WarningsViewModel.group(report, ladder)) {
            TreeItem<Object> sev = new TreeItem<>(new Group(sg.label(), sg.severity(), false));
            sev.setExpanded(true);
            for (WarningsViewModel.LevelGroup lg : sg.levels()) {
                TreeItem<Object> lvl = new TreeItem<>(new Group(lg.label() + " (" + lg.findings().size() + ")", sg.severity(), false));
                lvl.setExpanded(true);
                lg.findings().forEach(f -> lvl.getChildren().add(new TreeItem<>(f)));
                sev.getChildren().add(lvl);
            }
            root.getChildren().add(sev);
        }
        if (!report.suppressed().isEmpty()) {
            TreeItem<Object> sup = new TreeItem<>(new Group(report.suppressed().size() + " suppressed", null, true));
            sup.setExpanded(true);
            report.suppressed().forEach(s -> sup.getChildren().add(new TreeItem<>(s)));
            root.getChildren().add(sup);
        }
        tree.setRoot(root);
        if (selected != null) {
            reselect(root, selected);
        }
        if (tree.getSelectionModel().getSelectedItem() == null) {
            showEmptyDetail(report);
        }
    }

    /** The findings about one level only (none when no level is selected). */
    private static AnalysisReport filtered(AnalysisReport report, String levelId) {
        return new AnalysisReport(report.findings().stream().filter(f -> levelId != null && levelId.equals(f.level())).toList(),
                report.suppressed().stream().filter(s -> levelId != null && levelId.equals(s.finding().level())).toList());
    }

    /** When on, the pane lists the selected level's findings only. */
    public BooleanProperty selectedLevelOnlyProperty() {
        return selectedLevelOnly;
    }

    private void reselect(TreeItem<Object> item, Object value) {
        if (value.equals(item.getValue())) {
            tree.getSelectionModel().select(item);
            return;
        }
        for (TreeItem<Object> child : item.getChildren()) {
            reselect(child, value);
        }
    }

    private void select(Object value) {
        if (value instanceof Finding f) {
            showDetail(f, null);
            onOpenFinding.accept(f);
        } else if (value instanceof SuppressedFinding s) {
            showDetail(s.finding(), s);
        }
    }

    /** Before a ladder's first analysis: no counts and no "nothing to fix", which would claim what is not known yet. */
    private void showChecking() {
        Label checking = new Label("Checking the ladder…");
        checking.setId("warnings-checking");
        checking.getStyleClass().add("column-count");
        header.getChildren().setAll(title("Warnings"), checking);
        header.setAlignment(Pos.CENTER_LEFT);
        tree.setRoot(new TreeItem<>());
        Label l = new Label("The findings appear here in a moment, once the ladder has been read.");
        l.setWrapText(true);
        l.getStyleClass().add("detail-text");
        detail.getChildren().setAll(l);
    }

    private void showEmptyDetail(AnalysisReport report) {
        Label l = new Label(report.findings().isEmpty()
                ? "Nothing to fix: no errors or warnings. Suppressed findings stay listed with their reasons."
                : "Select a finding to see why it matters and what to do.");
        l.setWrapText(true);
        l.getStyleClass().add("detail-text");
        detail.getChildren().setAll(l);
    }

    private void showDetail(Finding f, SuppressedFinding suppressed) {
        RuleInfo info = RuleCatalog.describe(f.rule()).orElse(null);
        Label title = new Label(info == null ? f.rule() : info.title());
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        Label rule = new Label(f.rule() + " · " + f.severity().key());
        rule.getStyleClass().add("finding-rule");
        Label message = new Label(f.message());
        message.setWrapText(true);
        message.getStyleClass().add("detail-text");
        VBox box = new VBox(6, title, rule, message);
        if (info != null) {
            Label why = new Label(info.explanation());
            why.setWrapText(true);
            why.getStyleClass().add("detail-text");
            box.getChildren().add(why);
        }
        if (!f.suggestion().isEmpty()) {
            Label s = new Label(f.suggestion());
            s.setWrapText(true);
            HBox.setHgrow(s, Priority.ALWAYS);
            HBox sugg = new HBox(8, Icon.SUGGESTION.node(18), s);
            sugg.getStyleClass().add("suggestion-box");
            box.getChildren().add(sugg);
        }
        HBox actions = new HBox(8);
        actions.setAlignment(Pos.CENTER_LEFT);
        if (info != null) {
            Hyperlink guide = new Hyperlink("Why does this matter?");
            guide.setOnAction(e -> onOpenGuide.accept(info.flaw()));
            actions.getChildren().add(guide);
        }
        if (suppressed == null) {
            Button suppress = new Button("Suppress…", Icon.SUPPRESS.node());
            suppress.setId("suppress-finding");
            suppress.setOnAction(e -> vm.suppress(f));
            actions.getChildren().add(suppress);
        } else {
            Label reason = new Label("Suppressed: " + suppressed.reason());
            reason.setWrapText(true);
            reason.getStyleClass().add("detail-text");
            box.getChildren().add(reason);
            Button unsuppress = new Button("Unsuppress");
            unsuppress.setOnAction(e -> vm.unsuppress(suppressed));
            actions.getChildren().add(unsuppress);
        }
        box.getChildren().add(2, actions);
        detail.getChildren().setAll(box);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pane-title");
        return l;
    }

    private static Label chip(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("count-chip", style);
        return l;
    }

    /** Selects the first finding about a level and phrase, for tests and clicks elsewhere. */
    public TreeView<Object> tree() {
        return tree;
    }

    private static final class FindingCell extends TreeCell<Object> {
        private final TreeView<Object> tree;

        FindingCell(TreeView<Object> tree) {
            this.tree = tree;
            // as wide as the pane, never wider: messages wrap instead of hiding behind a horizontal scrollbar
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("finding-cell", "suppressed");
            setText(null);
            setGraphic(null);
            Tooltips.uninstall(this);
            if (empty || item == null) {
                return;
            }
            if (item instanceof Group g) {
                Label l = new Label(g.label());
                l.getStyleClass().add("group-label");
                Node icon = g.suppressed ? severityIcon(null) : g.severity == null ? null : severityIcon(g.severity);
                HBox box = icon == null ? new HBox(l) : new HBox(6, icon, l);
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
            } else if (item instanceof Finding f) {
                setGraphic(row(f, false, wrapWidth()));
                getStyleClass().add("finding-cell");
                Tooltips.install(this, f.message() + (f.suggestion().isEmpty() ? "" : "\n\n" + f.suggestion()));
            } else if (item instanceof SuppressedFinding s) {
                setGraphic(row(s.finding(), true, wrapWidth()));
                getStyleClass().addAll("finding-cell", "suppressed");
                Tooltips.install(this, s.finding().message() + "\n\nSuppressed: " + s.reason());
            }
        }

        /** The width a message may take: the tree's, less the indentation of its level and the rule name. */
        private double wrapWidth() {
            int depth = tree.getTreeItemLevel(getTreeItem());
            return Math.max(160, tree.getWidth() - 24 * depth - 60);
        }

        private static Node row(Finding f, boolean suppressed, double width) {
            Label msg = new Label(f.message());
            msg.getStyleClass().add("finding-message");
            msg.setMinWidth(0);
            msg.setWrapText(true);
            msg.setMinHeight(Region.USE_PREF_SIZE);
            msg.setPrefWidth(width);
            msg.setMaxWidth(width);
            Label rule = new Label(f.rule());
            rule.getStyleClass().add("finding-rule");
            rule.setMinWidth(Region.USE_PREF_SIZE);
            VBox text = new VBox(1, msg, rule);
            HBox box = new HBox(6, severityIcon(suppressed ? null : f.severity()), text);
            box.setAlignment(Pos.TOP_LEFT);
            return box;
        }

        private static FontIcon severityIcon(Severity s) {
            FontIcon icon = s == null ? Icon.SUPPRESS.node(14) : (s == Severity.ERROR ? Icon.ERROR : s == Severity.WARNING ? Icon.WARNING : Icon.INFO).node(14);
            icon.getStyleClass().addAll("severity-icon", s == null ? "suppressed" : s.key());
            return icon;
        }
    }
}
