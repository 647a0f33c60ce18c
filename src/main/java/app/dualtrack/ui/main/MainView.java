package app.dualtrack.ui.main;

import app.dualtrack.ui.dialog.DialogService;
import app.dualtrack.ui.editing.LadderEditor;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Severity;
import app.dualtrack.model.Track;
import app.dualtrack.ui.actions.AppAction;
import app.dualtrack.ui.actions.Command;
import app.dualtrack.ui.actions.Commands;
import app.dualtrack.ui.guide.GuideView;
import app.dualtrack.ui.inspector.InspectorView;
import app.dualtrack.ui.ladder.LadderView;
import app.dualtrack.ui.settings.LadderSettingsDialog;
import app.dualtrack.ui.settings.MechanismsDialog;
import app.dualtrack.ui.warnings.WarningsView;
import app.dualtrack.ui.warnings.WarningsViewModel;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static app.dualtrack.ui.actions.AppAction.*;

/** The main window's layout: menus, toolbar, the ladder, the inspector, the warnings and a status bar. */
public final class MainView extends BorderPane {
    /**
     * The menu bar, in one place: a menu's title (with its mnemonic) and its commands in order, null
     * for a separator. A command shows only when someone registered a handler for it, so a feature
     * adds itself by registering a handler and naming its action here.
     */
    private static final List<Map.Entry<String, AppAction[]>> MENUS = List.of(
            Map.entry("_File", new AppAction[] {NEW, OPEN, OPEN_RECENT, IMPORT, null, SAVE, SAVE_AS, null,
                    EXPORT_PDF, PUBLISH, PRINT, COMPARE_WITH_FILE, COMPARE_WITH_SAVED, COMPARE_WITH_BACKUP, COMPARE_TWO_FILES, null, CLOSE, QUIT}),
            Map.entry("_Edit", new AppAction[] {UNDO, REDO, null, CUT, COPY, PASTE, null,
                    CUT_BEHAVIOUR, COPY_BEHAVIOUR, PASTE_BEHAVIOURS, COPY_ALL_BEHAVIOURS, null, FIND}),
            Map.entry("_Level", new AppAction[] {ADD_TECHNICAL, ADD_MANAGEMENT, ADD_SHARED, null, DUPLICATE, MOVE_UP, MOVE_DOWN,
                    MOVE_TO_OTHER_TRACK, null, PAIR, UNPAIR, null, DELETE}),
            Map.entry("La_dder", new AppAction[] {LADDER_SETTINGS, MECHANISMS, MARK_REVIEWED, null, OUTCOMES, VISIBILITY_KIT}),
            Map.entry("_View", new AppAction[] {VIEW_LADDER, VIEW_MATRIX, null, ZOOM_IN, ZOOM_OUT, ZOOM_FIT, null, FILTER_WARNINGS, null, HISTORY, null, DARK_THEME, TEXT_SIZE}),
            Map.entry("_Help", new AppAction[] {GUIDE, null, OPEN_LOG_FOLDER, ABOUT}));

    /** The toolbar, in groups separated by a line. */
    private static final AppAction[][] TOOLBAR = {
            {OPEN, SAVE},
            {UNDO, REDO},
            {ADD_TECHNICAL, ADD_MANAGEMENT, DUPLICATE, DELETE},
            {MOVE_UP, MOVE_DOWN, MOVE_TO_OTHER_TRACK, PAIR, UNPAIR},
            {LADDER_SETTINGS, MECHANISMS},
            {EXPORT_PDF, COMPARE_WITH_FILE},
            {GUIDE}};

    private static final KeyCombination REDO_ALTERNATIVE = KeyCombination.keyCombination("Shortcut+Y");

    private final MainViewModel vm;
    private final LadderEditor editor;
    private final Commands commands = new Commands();
    private final LadderView ladderView;
    private final InspectorView inspector;
    private final WarningsView warnings;
    private final FindBar findBar;
    private final Consumer<Boolean> applyTheme;
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final javafx.beans.property.ObjectProperty<app.dualtrack.ui.prefs.TextSize> textSize =
            new javafx.beans.property.SimpleObjectProperty<>(app.dualtrack.ui.prefs.TextSize.SYSTEM);
    private final Menu recentMenu = new Menu("Open _Recent");
    private final NotificationPane notifications;
    private String newsText;
    private final PauseTransition hideNews = new PauseTransition(Duration.seconds(10));
    private SplitPane left;
    private app.dualtrack.ui.matrix.MatrixView matrixView;

    public MainView(MainViewModel vm, Consumer<Boolean> applyTheme, boolean dark, Map<AppAction, Runnable> extraHandlers) {
        this.vm = vm;
        this.editor = vm.editor();
        this.applyTheme = applyTheme;
        this.dark.set(dark);
        this.ladderView = new LadderView(editor, commands);
        this.inspector = new InspectorView(editor);
        this.warnings = new WarningsView(editor, finding -> {
            if (finding.level() != null) {
                editor.selectedLevelIdProperty().set(finding.level());
                inspector.focus(finding);
            }
        }, topic -> GuideView.open(getScene().getWindow(), topic, getScene().getStylesheets(), this.dark.get()));
        this.findBar = new FindBar(editor, ladderView);
        registerCommands();
        extraHandlers.forEach((action, handler) -> registerExtra(action, handler));

        left = new SplitPane(ladderView, warnings);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.62);
        SplitPane main = new SplitPane(left, inspector);
        left.setFocusTraversable(false); // containers, not stops: Tab goes to what is in them
        main.setFocusTraversable(false);
        left.setId("ladder-warnings-split");
        left.setAccessibleText("Ladder and warnings");
        main.setId("editor-split");
        main.setAccessibleText("Editor");
        main.setDividerPositions(0.68);
        // the inspector shares a narrow window with the ladder (down to its minimum) instead of keeping its width:
        // the two tracks need the room more than the fields do
        inspector.maxWidthProperty().bind(Bindings.max(360, widthProperty().multiply(0.34)));
        notifications = new NotificationPane(main);
        notifications.setId("notifications");
        notifications.setShowFromTop(true);
        hideNews.setOnFinished(e -> notifications.hide());
        ToolBar tools = toolBar();
        HBox.setHgrow(tools, Priority.ALWAYS);
        tools.setMinWidth(0);
        // Find sits beside the toolbar, not in it: a narrow window folds toolbar buttons into its overflow menu, never the search
        findBar.getStyleClass().add("find-bar");
        findBar.setMinWidth(Region.USE_PREF_SIZE);
        HBox toolRow = new HBox(tools, findBar);
        toolRow.getStyleClass().add("tool-row");
        toolRow.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(menuBar(), toolRow));
        setCenter(notifications);
        setBottom(statusBar());
        setMinSize(900, 600);
        // one undo stack for the whole window: Ctrl+Z in a text field undoes through the document, never the field's own history
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.accelerator().match(e)) {
                commands.execute(UNDO);
                e.consume();
            } else if (REDO.accelerator().match(e) || REDO_ALTERNATIVE.match(e)) {
                commands.execute(REDO);
                e.consume();
            }
        });
    }

    private Window window() {
        return getScene().getWindow();
    }

    private void registerCommands() {
        var selected = editor.levelSelectedProperty();
        var branch = editor.branchLevelSelectedProperty();
        commands.register(OPEN, vm::open);
        commands.register(SAVE, vm::save);
        commands.register(SAVE_AS, vm::saveAs);
        commands.register(UNDO, editor::undo).executableWhen(editor.canUndoProperty()).labelledBy(editor.undoLabelProperty());
        commands.register(REDO, editor::redo).executableWhen(editor.canRedoProperty()).labelledBy(editor.redoLabelProperty());
        commands.register(CUT, editor::cutSelected).executableWhen(selected);
        commands.register(COPY, editor::copySelected).executableWhen(selected);
        commands.register(PASTE, editor::paste);
        commands.register(FIND, findBar::focus);
        inspector.registerCommands(commands);
        commands.register(ADD_TECHNICAL, () -> editor.addLevel(Track.TECHNICAL));
        commands.register(ADD_MANAGEMENT, () -> editor.addLevel(Track.MANAGEMENT));
        commands.register(ADD_SHARED, () -> editor.addLevel(Track.SHARED));
        commands.register(DUPLICATE, editor::duplicateSelected).executableWhen(selected);
        commands.register(DELETE, editor::deleteSelected).executableWhen(selected);
        commands.register(MOVE_UP, () -> editor.moveSelected(+1)).executableWhen(selected);
        commands.register(MOVE_DOWN, () -> editor.moveSelected(-1)).executableWhen(selected);
        commands.register(MOVE_TO_OTHER_TRACK, editor::moveSelectedToOtherTrack).executableWhen(branch);
        commands.register(PAIR, editor::pairSelected).executableWhen(branch);
        commands.register(UNPAIR, editor::unpairSelected).executableWhen(editor.selectedLevelPairedProperty());
        commands.register(LADDER_SETTINGS, () -> LadderSettingsDialog.show(window(), vm.ladder())
                .ifPresent(l -> editor.updateLadder("Change ladder settings", l)));
        commands.register(MECHANISMS, () -> MechanismsDialog.show(window(), vm.ladder())
                .ifPresent(l -> editor.updateLadder("Change visibility mechanisms", l)));
        commands.register(MARK_REVIEWED, editor::markReviewedToday);
        commands.register(ZOOM_IN, ladderView::zoomIn);
        commands.register(ZOOM_OUT, ladderView::zoomOut);
        commands.register(ZOOM_FIT, ladderView::fitToWindow);
        commands.register(GUIDE, () -> GuideView.open(window(), null, getScene().getStylesheets(), dark.get()));
        commands.register(ABOUT, () -> AboutDialog.show(window()));
        commands.register(CLOSE, this::requestClose);
        commands.register(QUIT, this::requestClose);
        commands.register(VIEW_LADDER, () -> left.getItems().set(0, ladderView));
        commands.register(VIEW_MATRIX, () -> left.getItems().set(0, matrixView()));
    }

    /** A feature's command from outside the editor (export, comparison, …): runs whenever the window is open. */
    private void registerExtra(AppAction action, Runnable handler) {
        commands.register(action, handler);
    }

    private void requestClose() {
        window().fireEvent(new javafx.stage.WindowEvent(window(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** The text size chosen in View › Text Size; the application applies and remembers it. */
    public javafx.beans.property.ObjectProperty<app.dualtrack.ui.prefs.TextSize> textSizeProperty() {
        return textSize;
    }

    /** The window's commands, for features and tests. */
    public Commands commands() {
        return commands;
    }

    /**
     * Non-modal news in a banner above the ladder, with an optional action ("Open"); it hides by
     * itself after a while and never takes the focus from what the user is doing.
     */
    public void showNews(String message, List<DialogService.Choice> choices, boolean stays) {
        // The banner's content is built here rather than from ControlsFX actions: its own label ends long
        // sentences in "…" and squeezes the buttons to "Compa…"; this one wraps and keeps whole labels.
        Label text = new Label(message);
        text.setId("news-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(12, text);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        for (DialogService.Choice c : choices) {
            Button b = new Button(c.label());
            b.setMinWidth(Region.USE_PREF_SIZE);
            if (stays && row.getChildren().size() == 1) {
                b.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT); // an offer's first choice is the one it recommends
            }
            b.setOnAction(e -> {
                notifications.hide();
                hideNews.stop();
                c.action().run();
            });
            row.getChildren().add(b);
        }
        newsText = message;
        notifications.getActions().clear();
        notifications.setGraphic(row);
        notifications.show();
        if (stays) {
            hideNews.stop(); // an offer waits for its answer; closing the banner means "not now"
        } else {
            hideNews.playFromStart();
        }
    }

    /** The text of the banner while it shows, for tests. */
    public String newsShown() {
        return notifications.isShowing() ? newsText : null;
    }

    private MenuBar menuBar() {
        MenuBar bar = new MenuBar();
        for (Map.Entry<String, AppAction[]> m : MENUS) {
            Menu menu = new Menu(m.getKey());
            menu.setMnemonicParsing(true);
            boolean pendingSeparator = false;
            for (AppAction a : m.getValue()) {
                if (a == null) {
                    pendingSeparator = !menu.getItems().isEmpty();
                    continue;
                }
                MenuItem item = menuItem(a);
                if (item == null) {
                    continue;
                }
                if (pendingSeparator) {
                    menu.getItems().add(new SeparatorMenuItem());
                    pendingSeparator = false;
                }
                menu.getItems().add(item);
            }
            bar.getMenus().add(menu);
        }
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** The item for one action; null when nobody registered it. */
    private MenuItem menuItem(AppAction a) {
        switch (a) {
            case NEW -> {
                Menu newMenu = new Menu("_New", NEW.icon().node());
                for (Template t : Template.values()) {
                    MenuItem i = new MenuItem(t.label());
                    if (t == Template.STARTUP) {
                        i.setAccelerator(NEW.accelerator());
                    }
                    i.setOnAction(e -> vm.newFrom(t));
                    newMenu.getItems().add(i);
                }
                return newMenu;
            }
            case OPEN_RECENT -> {
                updateRecent();
                vm.recentFiles().addListener((javafx.collections.ListChangeListener<Path>) c -> updateRecent());
                return recentMenu;
            }
            case DARK_THEME -> {
                CheckMenuItem item = new CheckMenuItem(DARK_THEME.label());
                item.setSelected(dark.get());
                item.setOnAction(e -> {
                    dark.set(item.isSelected());
                    applyTheme.accept(item.isSelected());
                });
                return item;
            }
            case TEXT_SIZE -> {
                Menu menu = new Menu("Te_xt Size");
                menu.setId("menu-text_size");
                javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
                for (app.dualtrack.ui.prefs.TextSize size : app.dualtrack.ui.prefs.TextSize.values()) {
                    javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(size.label());
                    item.setToggleGroup(group);
                    item.setSelected(textSize.get() == size);
                    textSize.addListener((o, was, now) -> item.setSelected(now == size));
                    item.setOnAction(e -> textSize.set(size));
                    menu.getItems().add(item);
                }
                return menu;
            }
            case FILTER_WARNINGS -> {
                CheckMenuItem item = new CheckMenuItem(FILTER_WARNINGS.label());
                item.setId("menu-filter_warnings");
                item.selectedProperty().bindBidirectional(warnings.selectedLevelOnlyProperty());
                return item;
            }
            default -> {
                return commands.find(a).map(Command::menuItem).orElse(null);
            }
        }
    }

    private void updateRecent() {
        recentMenu.getItems().clear();
        for (Path p : vm.recentFiles()) {
            MenuItem i = new MenuItem(p.getFileName() + "  —  " + (p.getParent() == null ? "" : p.getParent()));
            i.setMnemonicParsing(false);
            i.setOnAction(e -> vm.openRecent(p));
            recentMenu.getItems().add(i);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private ToolBar toolBar() {
        ToolBar bar = new ToolBar();
        bar.setId("toolbar");
        for (AppAction[] group : TOOLBAR) {
            boolean any = false;
            for (AppAction a : group) {
                var command = commands.find(a);
                if (command.isEmpty()) {
                    continue;
                }
                String text = a == ADD_TECHNICAL ? "Technical" : a == ADD_MANAGEMENT ? "Management" : null;
                Button b = command.get().toolButton(text);
                if (text != null) {
                    // a narrow window keeps every button on the bar by dropping these two words (the tooltip keeps them)
                    b.contentDisplayProperty().bind(Bindings.when(widthProperty().lessThan(1280))
                            .then(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY).otherwise(javafx.scene.control.ContentDisplay.LEFT));
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
        file.setMinWidth(0);
        file.textProperty().bind(Bindings.createStringBinding(() -> editor.file() == null
                ? "Not saved yet" : editor.file().toAbsolutePath().normalize().toString(), editor.fileProperty()));
        Runnable update = () -> {
            AnalysisReport r = editor.reportProperty().get();
            boolean checked = editor.analysisProperty().get() != null;
            counts.setText(checked ? WarningsViewModel.summary(r) : "Checking the ladder…");
            counts.getStyleClass().remove("status-clean");
            if (checked && r.count(Severity.ERROR) + r.count(Severity.WARNING) == 0) {
                counts.getStyleClass().add("status-clean");
            }
        };
        editor.analysisProperty().addListener((o, a, b) -> update.run());
        update.run();
        Label zoom = new Label();
        zoom.setId("status-zoom");
        zoom.textProperty().bind(Bindings.createStringBinding(() -> Math.round(ladderView.zoomProperty().get() * 100) + " %",
                ladderView.zoomProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Node n : List.of(counts, review, zoom)) {
            ((Label) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(counts, new Separator(Orientation.VERTICAL), review, spacer, file, new Separator(Orientation.VERTICAL), zoom);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** The matrix (Ctrl+2), made on first use; a click on a behaviour selects it in the inspector. */
    public app.dualtrack.ui.matrix.MatrixView matrixView() {
        if (matrixView == null) {
            matrixView = new app.dualtrack.ui.matrix.MatrixView(editor.ladderProperty(), editor.reportProperty(), editor.selectedLevelIdProperty(), (id, kind, index) -> {
                editor.selectedLevelIdProperty().set(id);
                if (kind != null) {
                    app.dualtrack.analysis.FindingField.fromKey(kind.key()).ifPresent(field -> inspector.focus(new app.dualtrack.analysis.Finding(
                            "matrix/select", app.dualtrack.analysis.Severity.INFO,
                            app.dualtrack.analysis.FindingLocation.level(id, field).at(index), "selected in the matrix", null)));
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

    public FindBar findBar() {
        return findBar;
    }

    /** A toolbar button, for tests. */
    Button toolButton(AppAction a) {
        return (Button) lookup("#tool-" + a.name().toLowerCase());
    }
}
