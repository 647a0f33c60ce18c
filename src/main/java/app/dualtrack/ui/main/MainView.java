package app.dualtrack.ui.main;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Severity;
import app.dualtrack.model.Track;
import app.dualtrack.ui.actions.AppAction;
import app.dualtrack.ui.guide.GuideView;
import app.dualtrack.ui.inspector.InspectorView;
import app.dualtrack.ui.ladder.LadderView;
import app.dualtrack.ui.settings.LadderSettingsDialog;
import app.dualtrack.ui.settings.MechanismsDialog;
import app.dualtrack.ui.warnings.WarningsView;
import app.dualtrack.ui.warnings.WarningsViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** The main window's layout: menus, toolbar, the ladder, the inspector, the warnings and a status bar. */
public final class MainView extends BorderPane {
    private final MainViewModel vm;
    private final Map<AppAction, Runnable> handlers = new EnumMap<>(AppAction.class);
    private final LadderView ladderView;
    private final InspectorView inspector;
    private final WarningsView warnings;
    private final Consumer<Boolean> applyTheme;
    private final CheckMenuItem darkItem = new CheckMenuItem(AppAction.DARK_THEME.label());
    private final Menu recentMenu = new Menu("Open Recent");
    private SplitPane left;
    private app.dualtrack.ui.matrix.MatrixView matrixView;

    public MainView(MainViewModel vm, Consumer<Boolean> applyTheme, boolean dark, Map<AppAction, Runnable> extraHandlers) {
        this.vm = vm;
        this.applyTheme = applyTheme;
        this.ladderView = new LadderView(vm);
        this.inspector = new InspectorView(vm);
        this.warnings = new WarningsView(vm, finding -> {
            if (finding.level() != null) {
                vm.selectedLevelIdProperty().set(finding.level());
                inspector.focus(finding);
            }
        }, topic -> GuideView.open(getScene().getWindow(), topic, getScene().getStylesheets(), darkItem.isSelected()));
        darkItem.setSelected(dark);
        registerHandlers();
        handlers.putAll(extraHandlers);

        left = new SplitPane(ladderView, warnings);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.68);
        SplitPane main = new SplitPane(left, inspector);
        main.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(inspector, false);
        setTop(new VBox(menuBar(), toolBar()));
        setCenter(main);
        setBottom(statusBar());
        setMinSize(900, 600);
    }

    private Window window() {
        return getScene().getWindow();
    }

    private void registerHandlers() {
        handlers.put(AppAction.OPEN, vm::open);
        handlers.put(AppAction.SAVE, vm::save);
        handlers.put(AppAction.SAVE_AS, vm::saveAs);
        handlers.put(AppAction.UNDO, vm::undo);
        handlers.put(AppAction.REDO, vm::redo);
        handlers.put(AppAction.ADD_TECHNICAL, () -> vm.addLevel(Track.TECHNICAL));
        handlers.put(AppAction.ADD_MANAGEMENT, () -> vm.addLevel(Track.MANAGEMENT));
        handlers.put(AppAction.ADD_SHARED, () -> vm.addLevel(Track.SHARED));
        handlers.put(AppAction.DUPLICATE, vm::duplicateSelected);
        handlers.put(AppAction.DELETE, vm::deleteSelected);
        handlers.put(AppAction.MOVE_UP, () -> vm.moveSelected(+1));
        handlers.put(AppAction.MOVE_DOWN, () -> vm.moveSelected(-1));
        handlers.put(AppAction.MOVE_TO_OTHER_TRACK, vm::moveSelectedToOtherTrack);
        handlers.put(AppAction.PAIR, vm::pairSelected);
        handlers.put(AppAction.UNPAIR, vm::unpairSelected);
        handlers.put(AppAction.LADDER_SETTINGS, () -> LadderSettingsDialog.show(window(), vm.ladder())
                .ifPresent(l -> vm.updateLadder("Change ladder settings", l)));
        handlers.put(AppAction.MECHANISMS, () -> MechanismsDialog.show(window(), vm.ladder())
                .ifPresent(l -> vm.updateLadder("Change visibility mechanisms", l)));
        handlers.put(AppAction.MARK_REVIEWED, vm::markReviewedToday);
        handlers.put(AppAction.VIEW_LADDER, () -> left.getItems().set(0, ladderView));
        handlers.put(AppAction.VIEW_MATRIX, () -> left.getItems().set(0, matrixView()));
        handlers.put(AppAction.GUIDE, () -> GuideView.open(window(), null, getScene().getStylesheets(), darkItem.isSelected()));
        handlers.put(AppAction.ABOUT, () -> AboutDialog.show(window()));
        handlers.put(AppAction.CLOSE, () -> window().fireEvent(new javafx.stage.WindowEvent(window(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        handlers.put(AppAction.QUIT, () -> window().fireEvent(new javafx.stage.WindowEvent(window(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private MenuItem item(AppAction a) {
        MenuItem item = new MenuItem(a.label(), a.icon() == null ? null : a.icon().node());
        item.setAccelerator(a.accelerator());
        Runnable r = handlers.get(a);
        item.setOnAction(e -> {
            if (r != null) {
                r.run();
            }
        });
        item.setDisable(r == null);
        item.setId("menu-" + a.name().toLowerCase());
        return item;
    }

    private MenuBar menuBar() {
        Menu newMenu = new Menu("New", AppAction.NEW.icon().node());
        for (Template t : Template.values()) {
            MenuItem i = new MenuItem(t.label());
            if (t == Template.STARTUP) {
                i.setAccelerator(AppAction.NEW.accelerator());
            }
            i.setOnAction(e -> vm.newFrom(t));
            newMenu.getItems().add(i);
        }
        updateRecent();
        vm.recentFiles().addListener((javafx.collections.ListChangeListener<Path>) c -> updateRecent());
        Menu file = new Menu("File", null, newMenu, item(AppAction.OPEN), recentMenu, new SeparatorMenuItem(),
                item(AppAction.SAVE), item(AppAction.SAVE_AS), new SeparatorMenuItem());
        for (AppAction a : new AppAction[] {AppAction.IMPORT, AppAction.EXPORT_PDF, AppAction.PUBLISH, AppAction.COMPARE_WITH_FILE, AppAction.COMPARE_WITH_SAVED, AppAction.COMPARE_WITH_BACKUP, AppAction.COMPARE_TWO_FILES}) {
            if (handlers.containsKey(a)) {
                file.getItems().add(item(a));
            }
        }
        file.getItems().addAll(new SeparatorMenuItem(), item(AppAction.CLOSE));

        MenuItem undo = item(AppAction.UNDO);
        MenuItem redo = item(AppAction.REDO);
        vm.documentProperty().addListener((o, a, doc) -> bindUndo(undo, redo));
        bindUndo(undo, redo);
        Menu edit = new Menu("Edit", null, undo, redo);

        Menu level = new Menu("Level", null, item(AppAction.ADD_TECHNICAL), item(AppAction.ADD_MANAGEMENT), item(AppAction.ADD_SHARED),
                new SeparatorMenuItem(), item(AppAction.DUPLICATE), item(AppAction.MOVE_UP), item(AppAction.MOVE_DOWN),
                item(AppAction.MOVE_TO_OTHER_TRACK), new SeparatorMenuItem(), item(AppAction.PAIR), item(AppAction.UNPAIR),
                new SeparatorMenuItem(), item(AppAction.DELETE));
        Menu ladder = new Menu("Ladder", null, item(AppAction.LADDER_SETTINGS), item(AppAction.MECHANISMS), item(AppAction.MARK_REVIEWED));

        darkItem.setOnAction(e -> applyTheme.accept(darkItem.isSelected()));
        Menu view = new Menu("View", null, item(AppAction.VIEW_LADDER), item(AppAction.VIEW_MATRIX), new SeparatorMenuItem(), darkItem);
        Menu help = new Menu("Help", null, item(AppAction.GUIDE), new SeparatorMenuItem(), item(AppAction.ABOUT));
        MenuBar bar = new MenuBar(file, edit, level, ladder, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void bindUndo(MenuItem undo, MenuItem redo) {
        var doc = vm.document();
        if (doc == null) {
            return;
        }
        undo.textProperty().bind(Bindings.when(doc.undoDescriptionProperty().isEmpty()).then("Undo")
                .otherwise(Bindings.concat("Undo ", doc.undoDescriptionProperty())));
        redo.textProperty().bind(Bindings.when(doc.redoDescriptionProperty().isEmpty()).then("Redo")
                .otherwise(Bindings.concat("Redo ", doc.redoDescriptionProperty())));
        undo.disableProperty().bind(doc.undoDescriptionProperty().isEmpty());
        redo.disableProperty().bind(doc.redoDescriptionProperty().isEmpty());
    }

    private void updateRecent() {
        recentMenu.getItems().clear();
        for (Path p : vm.recentFiles()) {
            MenuItem i = new MenuItem(p.getFileName() + "  —  " + (p.getParent() == null ? "" : p.getParent()));
            i.setOnAction(e -> vm.openRecent(p));
            recentMenu.getItems().add(i);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private ToolBar toolBar() {
        ToolBar bar = new ToolBar();
        AppAction[][] groups = {
                {AppAction.OPEN, AppAction.SAVE},
                {AppAction.UNDO, AppAction.REDO},
                {AppAction.ADD_TECHNICAL, AppAction.ADD_MANAGEMENT, AppAction.DUPLICATE, AppAction.DELETE},
                {AppAction.MOVE_UP, AppAction.MOVE_DOWN, AppAction.MOVE_TO_OTHER_TRACK, AppAction.PAIR, AppAction.UNPAIR},
                {AppAction.LADDER_SETTINGS, AppAction.MECHANISMS},
                {AppAction.EXPORT_PDF, AppAction.COMPARE_WITH_FILE},
                {AppAction.GUIDE}};
        for (AppAction[] group : groups) {
            boolean any = false;
            for (AppAction a : group) {
                Runnable r = handlers.get(a);
                if (r == null) {
                    continue;
                }
                Button b = new Button(null, a.icon().node());
                if (a == AppAction.ADD_TECHNICAL || a == AppAction.ADD_MANAGEMENT) {
                    b.setText(a == AppAction.ADD_TECHNICAL ? "Technical" : "Management");
                }
                b.getStyleClass().add("flat");
                b.setTooltip(new Tooltip(a.tooltip()));
                b.setOnAction(e -> r.run());
                b.setId("tool-" + a.name().toLowerCase());
                b.setFocusTraversable(false);
                if (a == AppAction.UNDO) {
                    b.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.document() == null || !vm.document().canUndo(),
                            vm.documentProperty(), vm.ladderProperty()));
                }
                if (a == AppAction.REDO) {
                    b.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.document() == null || !vm.document().canRedo(),
                            vm.documentProperty(), vm.ladderProperty()));
                }
                bar.getItems().add(b);
                any = true;
            }
            if (any) {
                bar.getItems().add(new Separator(Orientation.VERTICAL));
            }
        }
        bar.getItems().remove(bar.getItems().size() - 1);
        return bar;
    }

    private HBox statusBar() {
        Label counts = new Label();
        counts.setId("status-counts");
        Label review = new Label();
        review.textProperty().bind(vm.reviewStatusProperty());
        Label file = new Label();
        file.textProperty().bind(Bindings.createStringBinding(() -> vm.document() == null || vm.document().file() == null
                ? "Not saved yet" : vm.document().file().toAbsolutePath().normalize().toString(), vm.documentProperty(), vm.ladderProperty()));
        Runnable update = () -> {
            AnalysisReport r = vm.reportProperty().get();
            counts.setText(WarningsViewModel.summary(r));
            counts.getStyleClass().remove("status-clean");
            if (r.count(Severity.ERROR) + r.count(Severity.WARNING) == 0) {
                counts.getStyleClass().add("status-clean");
            }
        };
        vm.reportProperty().addListener((o, a, b) -> update.run());
        update.run();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(counts, new Separator(Orientation.VERTICAL), review, spacer, file);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** The matrix (Ctrl+2), made on first use; a click on a behaviour selects it in the inspector. */
    public app.dualtrack.ui.matrix.MatrixView matrixView() {
        if (matrixView == null) {
            matrixView = new app.dualtrack.ui.matrix.MatrixView(vm.ladderProperty(), vm.reportProperty(), vm.selectedLevelIdProperty(), (id, kind, index) -> {
                vm.selectedLevelIdProperty().set(id);
                if (kind != null) {
                    inspector.focus(new app.dualtrack.analysis.Finding("matrix/select", app.dualtrack.analysis.Severity.INFO, id, kind.key(), index,
                            -1, -1, null, "selected in the matrix", null));
                }
            });
        }
        return matrixView;
    }

    public LadderView ladderView() {
        return ladderView;
    }

    public InspectorView inspector() {
        return inspector;
    }

    public WarningsView warnings() {
        return warnings;
    }
}
