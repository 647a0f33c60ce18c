package app.dualtrack.ui.inspector;

import app.dualtrack.ui.controls.Tooltips;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Finding;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Growth;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;
import app.dualtrack.ui.actions.AppAction;
import app.dualtrack.ui.actions.Command;
import app.dualtrack.ui.actions.Commands;
import app.dualtrack.ui.actions.Icon;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import app.dualtrack.ui.editing.LadderEditor;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import app.dualtrack.ui.document.LevelNames;
import javafx.beans.binding.Bindings;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every field of the selected level. Typing edits the ladder at once (one undo step per field
 * while typing); changes from elsewhere (undo, a click in the warnings) refresh the fields.
 */
public final class InspectorView extends ScrollPane {
    private final LadderEditor vm;
    private final InspectorViewModel model;
    private final VBox content = new VBox();
    private final Map<BehaviourKind, List<BehaviourEditor>> editors = new EnumMap<>(BehaviourKind.class);
    private final Map<String, TextInputControl> fields = new java.util.HashMap<>();
    private String shownId;
    private Level shownLevel;
    private Optional<Track> shownTrack = Optional.empty();
    /** True while a behaviour editor pushes its text, so the echo from the model does not move its caret. */
    private boolean typing;
    private final List<Runnable> unbinders = new ArrayList<>();
    private final Map<Growth, CheckBox> growthBoxes = new EnumMap<>(Growth.class);
    private Label heading;
    private ComboBox<String> peerChoice;
    private TitledPane bandPane;
    private ValidationSupport validation = new ValidationSupport();
    /** Below this width the row's move and remove buttons fold into its menu, so the sentence keeps the row. */
    static final double WIDE_ENOUGH_FOR_ROW_BUTTONS = 440;

    /** A behaviour by list and position. */
    private record Slot(BehaviourKind kind, int index) {
    }

    /** The behaviour the behaviour commands act on: the one being edited, or the one whose menu is open. */
    private final ObjectProperty<Slot> current = new SimpleObjectProperty<>();
    private final BooleanProperty levelShown = new SimpleBooleanProperty();
    private final List<Command> behaviourCommands;

    public InspectorView(LadderEditor vm) {
        this.vm = vm;
        this.model = new InspectorViewModel(vm::document, () -> vm.selectedLevelIdProperty().get());
        getStyleClass().add("inspector");
        content.getStyleClass().add("inspector-content");
        // the fields take the width the window gives the inspector; a text area's wide default must not push it wider
        content.setMinWidth(0);
        setContent(content);
        setFitToWidth(true);
        setAccessibleText("Inspector");
        setAccessibleHelp("Every field of the selected level.");
        setMinWidth(320);
        setPrefWidth(420);
        vm.selectedLevelIdProperty().addListener((o, a, b) -> rebuild());
        vm.ladderProperty().addListener((o, a, b) -> onLadderChanged());
        vm.reportProperty().addListener((o, a, b) -> highlight());
        model.setClipboard(SystemBehaviourClipboard.INSTANCE);
        behaviourCommands = List.of(
                new Command(AppAction.CUT_BEHAVIOUR, () -> onCurrent(this::cut)).executableWhen(current.isNotNull()),
                new Command(AppAction.COPY_BEHAVIOUR, () -> onCurrent(s -> model.copyBehaviour(s.kind(), s.index())))
                        .executableWhen(current.isNotNull()),
                new Command(AppAction.PASTE_BEHAVIOURS, () -> onCurrent(s -> paste(s.kind(), s.index() + 1))).executableWhen(current.isNotNull()),
                new Command(AppAction.COPY_ALL_BEHAVIOURS, model::copyAllBehaviours).executableWhen(levelShown));
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((x, y, owner) -> currentFromFocus());
            }
        });
        rebuild();
    }

    /** Cut, copy and paste of whole behaviours join the window's commands (Edit menu, shortcuts). */
    public void registerCommands(Commands commands) {
        behaviourCommands.forEach(commands::add);
    }

    /** Uses another clipboard for whole behaviours (tests). */
    public void setBehaviourClipboard(app.dualtrack.ui.document.BehaviourClipboard.Access clipboard) {
        model.setClipboard(clipboard);
    }

    private Command command(AppAction action) {
        return behaviourCommands.stream().filter(c -> c.action() == action).findFirst().orElseThrow();
    }

    private void onCurrent(java.util.function.Consumer<Slot> action) {
        Slot s = current.get();
        if (s != null) {
            action.accept(s);
        }
    }

    /** The behaviour whose editor has the keyboard focus, if any. */
    private void currentFromFocus() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        Slot found = null;
        for (var e : editors.entrySet()) {
            int i = e.getValue().indexOf(owner);
            if (i >= 0) {
                found = new Slot(e.getKey(), i);
            }
        }
        current.set(found);
    }

    private void cut(Slot s) {
        int left = editors.getOrDefault(s.kind(), List.of()).size() - 1;
        model.cutBehaviour(s.kind(), s.index());
        focusBehaviourLater(s.kind(), Math.min(s.index(), left - 1));
    }

    private void paste(BehaviourKind kind, int at) {
        if (model.pasteBehaviours(kind, at) > 0) {
            focusBehaviourLater(kind, at);
        }
    }

    /** After the edit has rebuilt the list, the keyboard goes on from the behaviour at {@code index} (if there is one). */
    private void focusBehaviourLater(BehaviourKind kind, int index) {
        Platform.runLater(() -> {
            List<BehaviourEditor> eds = editors.getOrDefault(kind, List.of());
            if (index >= 0 && index < eds.size()) {
                eds.get(index).requestFocus();
                ensureVisible(eds.get(index));
            }
        });
    }

    private void onLadderChanged() {
        Optional<Level> now = model.level();
        if (now.isEmpty() || !Objects.equals(now.get().id(), shownId)) {
            rebuild();
            return;
        }
        Level level = now.get();
        boolean sameShape = shownLevel != null && level.primary().size() == shownLevel.primary().size()
                && level.supporting().size() == shownLevel.supporting().size()
                && Objects.equals(vm.ladder().trackOf(level.id()), shownTrack);
        if (sameShape) {
            refreshValues(level);
        } else {
            rebuild();
        }
    }

    /** Every control shows the model again: fields through the view model, behaviours and the peer list here. */
    private void refreshValues(Level level) {
        shownLevel = level;
        model.pull();
        if (heading != null) {
            heading.setText(LevelNames.of(level));
        }
        if (peerChoice != null) {
            List<String> others = peerCandidates(vm.ladder(), level);
            if (!peerChoice.getItems().equals(others)) {
                String keep = model.peerIdProperty().get();
                peerChoice.getItems().setAll(others);
                peerChoice.setValue(keep);
            }
        }
        if (!typing) {
            for (BehaviourKind kind : BehaviourKind.values()) {
                List<BehaviourEditor> list = editors.getOrDefault(kind, List.of());
                for (int i = 0; i < list.size() && i < level.behaviours(kind).size(); i++) {
                    list.get(i).showText(level.behaviours(kind).get(i).text());
                }
            }
        }
        highlight();
    }

    private void rebuild() {
        content.getChildren().clear();
        editors.clear();
        fields.clear();
        unbinders.forEach(Runnable::run);
        unbinders.clear();
        heading = null;
        peerChoice = null;
        validation = new ValidationSupport();
        validation.setErrorDecorationEnabled(true);
        Optional<Level> selected = model.level();
        shownTrack = selected.flatMap(l -> vm.ladder().trackOf(l.id()));
        shownId = selected.map(Level::id).orElse(null);
        shownLevel = selected.orElse(null);
        levelShown.set(selected.isPresent());
        current.set(null); // the editors are new; the focus listener names the current one again
        if (selected.isEmpty()) {
            Label empty = new Label("Select a level to edit it.\n\nClick a card on the ladder, or use the arrow keys to move between cards.");
            empty.getStyleClass().add("empty-state");
            empty.setWrapText(true);
            content.getChildren().add(empty);
            return;
        }
        Level level = selected.get();
        Ladder ladder = vm.ladder();
        Track track = ladder.trackOf(level.id()).orElse(Track.SHARED);

        model.pull();
        heading = new Label(LevelNames.of(level));
        heading.setId("inspector-heading");
        heading.getStyleClass().add("level-heading");
        heading.setWrapText(true);
        Label tag = new Label(track.label() + (track.isBranch() ? " track" : " level"));
        tag.getStyleClass().addAll("track-tag", track.key());
        content.getChildren().addAll(tag, heading);

        content.getChildren().add(section("TITLE AND CODE"));
        TextField title = textField("title", model.titleProperty(), "Title");
        title.setMinWidth(80);
        title.setId("inspector-title");
        TextField code = textField("code", model.codeProperty(), "Code");
        code.setPromptText("Code");
        code.setPrefColumnCount(5);
        HBox.setHgrow(title, Priority.ALWAYS);
        content.getChildren().addAll(new HBox(8, title, code), errorLabel(title, model.titleErrorProperty()));

        TextField id = new TextField(level.id());
        id.setId("inspector-id");
        id.setAccessibleText("Id");
        id.setAccessibleHelp("The level's id in the file; references to it change with it.");
        Label idError = hint("");
        idError.getStyleClass().add("field-error");
        idError.managedProperty().bind(idError.textProperty().isNotEmpty()); // no empty line under the id
        id.setOnAction(e -> commitId(id, idError));
        id.focusedProperty().addListener((o, was, is) -> {
            if (!is) commitId(id, idError);
        });
        content.getChildren().addAll(hint("Id, used in the file and by references"), id, idError);

        content.getChildren().add(section("SUMMARY"));
        content.getChildren().add(textArea("summary", model.summaryProperty(), 2, "One paragraph: what this level is."));
        content.getChildren().add(section("SCOPE"));
        content.getChildren().add(textArea("scope", model.scopeProperty(), 2,
                "What problems does this level hold that the level below does not?"));

        for (BehaviourKind kind : BehaviourKind.values()) {
            content.getChildren().add(behaviourSection(level, kind));
        }

        content.getChildren().add(section("GROWTH AT AND BEYOND THIS LEVEL"));
        HBox growth = new HBox(12);
        for (Growth g : Growth.values()) {
            CheckBox box = new CheckBox(g.label());
            box.setId("growth-" + g.name().toLowerCase());
            box.setAccessibleHelp("Growth at and beyond this level: " + g.label());
            bind(box.selectedProperty(), model.growthProperty(g));
            growthBoxes.put(g, box);
            growth.getChildren().add(box);
        }
        growth.setStyle("-fx-alignment: center-left;");
        content.getChildren().add(new javafx.scene.layout.FlowPane(12, 6, growth.getChildren().toArray(Node[]::new)));

        if (track.isBranch()) {
            content.getChildren().add(section("PEER ON THE " + track.opposite().label().toUpperCase() + " TRACK"));
            content.getChildren().add(peerChooser(ladder, level, track));
        }

        content.getChildren().add(section("ORGANISATION SIZE"));
        TextField min = textField("minHeadcount", model.minHeadcountProperty(), "Minimum headcount");
        min.setId("inspector-headcount");
        min.setPromptText("e.g. 150");
        content.getChildren().addAll(hint("Engineers needed before this level's scope exists (optional)"), min,
                errorLabel(min, model.headcountErrorProperty()));

        content.getChildren().add(bandPane(level));
        highlight();
    }

    private void commitId(TextField id, Label error) {
        Optional<String> problem = model.setId(id.getText().strip());
        error.setText(problem.orElse(""));
        if (problem.isEmpty()) {
            vm.selectedLevelIdProperty().set(id.getText().strip());
        }
    }

    private Node behaviourSection(Level level, BehaviourKind kind) {
        VBox box = new VBox(6);
        String explanation = kind == BehaviourKind.PRIMARY ? "The bar itself: what someone at this level does, one sentence each."
                : "Evidence of impact — collaboration, communication, mentoring. Not the bar.";
        box.getChildren().addAll(section(kind.label().toUpperCase() + " (" + level.behaviours(kind).size() + ")"), hint(explanation));
        List<BehaviourEditor> list = new ArrayList<>();
        List<Behaviour> behaviours = level.behaviours(kind);
        for (int i = 0; i < behaviours.size(); i++) {
            int index = i;
            BehaviourEditor ed = new BehaviourEditor(behaviours.get(i).text(), kind == BehaviourKind.PRIMARY, text -> {
                typing = true;
                try {
                    model.setBehaviourText(kind, index, text);
                } finally {
                    typing = false;
                }
            });
            ed.setId(kind.key() + "-" + i);
            ed.setAccessibleText(kind.label() + " " + (i + 1));
            ed.setAccessibleHelp("One sentence. Flagged phrases are underlined; the warnings pane says why.");
            tabMovesFocus(ed);
            HBox.setHgrow(ed, Priority.ALWAYS);
            Button up = iconButton(Icon.MOVE_UP, "Move up", () -> model.moveBehaviour(kind, index, -1));
            Button down = iconButton(Icon.MOVE_DOWN, "Move down", () -> model.moveBehaviour(kind, index, +1));
            Button other = iconButton(Icon.MOVE_TO_OTHER_LIST, "Move to " + kind.other().key() + " behaviours",
                    () -> model.moveToOtherList(kind, index));
            other.setId("move-" + kind.key() + "-" + i);
            Button delete = iconButton(Icon.DELETE, "Remove", () -> model.removeBehaviour(kind, index));
            up.setDisable(i == 0);
            down.setDisable(i == behaviours.size() - 1);
            // a narrow inspector gives the sentence the row: the four buttons fold into the row's menu
            for (Button b : List.of(up, down, other, delete)) {
                b.visibleProperty().bind(widthProperty().greaterThanOrEqualTo(WIDE_ENOUGH_FOR_ROW_BUTTONS));
                b.managedProperty().bind(b.visibleProperty());
            }
            ContextMenu menu = behaviourMenu(ed, kind, index, behaviours.size());
            Button more = iconButton(Icon.MORE, "Cut, copy, paste, move (Shift+F10 in the text)", () -> { });
            more.setId("more-" + kind.key() + "-" + i);
            more.setAccessibleText("Actions of " + kind.label().toLowerCase() + " " + (i + 1));
            more.setOnAction(e -> menu.show(more, javafx.geometry.Side.LEFT, 0, 0)); // the button is at the right edge: open inwards
            ed.setContextMenu(menu);
            ed.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.CONTEXT_MENU
                        || (e.getCode() == javafx.scene.input.KeyCode.F10 && e.isShiftDown())) {
                    menu.show(ed, javafx.geometry.Side.BOTTOM, 0, 0);
                    e.consume();
                }
            });
            HBox row = new HBox(2, ed, up, down, other, delete, more);
            row.getStyleClass().add("behaviour-row");
            box.getChildren().addAll(row, behaviourNote(ed, level.id(), kind));
            list.add(ed);
        }
        editors.put(kind, list);
        Button add = new Button("Add " + kind.key() + " behaviour", Icon.ADD.node());
        add.setId("add-" + kind.key());
        add.getStyleClass().add("flat");
        add.setOnAction(e -> {
            model.addBehaviour(kind);
            Platform.runLater(() -> {
                List<BehaviourEditor> eds = editors.get(kind);
                if (eds != null && !eds.isEmpty()) {
                    eds.get(eds.size() - 1).requestFocus();
                }
            });
        });
        Button paste = new Button("Paste", Icon.PASTE.node());
        paste.setId("paste-" + kind.key());
        paste.getStyleClass().add("flat");
        Tooltips.install(paste, "Paste behaviours at the end of the list; text pastes one behaviour per line");
        paste.setAccessibleText("Paste " + kind.key() + " behaviours");
        paste.setAccessibleHelp("Adds the behaviours on the clipboard at the end of this list; each line of text becomes one behaviour.");
        paste.setOnAction(e -> paste(kind, model.level().map(l -> l.behaviours(kind).size()).orElse(0)));
        Label problem = new Label();
        problem.setId("paste-problem-" + kind.key());
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.pasteProblemProperty(kind));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        unbinders.add(() -> {
            problem.textProperty().unbind();
        });
        box.getChildren().addAll(new HBox(4, add, paste), problem);
        return box;
    }

    /**
     * The menu of one behaviour (its ⋮ button, its context menu, Shift+F10): the text's own cut, copy and
     * paste; the whole behaviour's, shared with the Edit menu; and the row's moves. Made each time it opens,
     * so Paste knows what the clipboard holds now.
     */
    private ContextMenu behaviourMenu(BehaviourEditor ed, BehaviourKind kind, int index, int size) {
        ContextMenu menu = new ContextMenu();
        fillBehaviourMenu(menu, ed, kind, index, size, false); // a menu without items does not open at all
        menu.setOnShowing(e -> {
            current.set(new Slot(kind, index)); // the commands act on this row while its menu is open
            fillBehaviourMenu(menu, ed, kind, index, size, true);
        });
        // the row stays the target until the chosen item has run; then the focus says again
        menu.setOnHidden(e -> Platform.runLater(this::currentFromFocus));
        return menu;
    }

    private void fillBehaviourMenu(ContextMenu menu, BehaviourEditor ed, BehaviourKind kind, int index, int size, boolean opening) {
        MenuItem cutText = textItem("Cut", "Shortcut+X", ed::cut);
        MenuItem copyText = textItem("Copy", "Shortcut+C", ed::copy);
        MenuItem pasteText = textItem("Paste", "Shortcut+V", ed::paste);
        boolean selection = ed.getSelection().getLength() > 0;
        boolean clipboardHasText = !opening || model.canPasteBehaviours(); // asked only when the menu opens
        cutText.setDisable(!selection);
        copyText.setDisable(!selection);
        pasteText.setDisable(!clipboardHasText);
        MenuItem pasteBelow = command(AppAction.PASTE_BEHAVIOURS).contextItem();
        pasteBelow.setId("item-paste-behaviours");
        pasteBelow.disableProperty().unbind();
        pasteBelow.setDisable(!clipboardHasText);
        MenuItem cut = command(AppAction.CUT_BEHAVIOUR).contextItem();
        cut.setId("item-cut-behaviour");
        MenuItem copy = command(AppAction.COPY_BEHAVIOUR).contextItem();
        copy.setId("item-copy-behaviour");
        MenuItem up = plainItem("Move Up", () -> model.moveBehaviour(kind, index, -1), index == 0);
        MenuItem down = plainItem("Move Down", () -> model.moveBehaviour(kind, index, +1), index == size - 1);
        MenuItem other = plainItem(kind == BehaviourKind.PRIMARY ? "Move to Supporting Behaviours" : "Move to Primary Behaviours",
                () -> model.moveToOtherList(kind, index), false);
        MenuItem remove = plainItem("Remove", () -> model.removeBehaviour(kind, index), false);
        menu.getItems().setAll(cutText, copyText, pasteText, new SeparatorMenuItem(), cut, copy, pasteBelow,
                command(AppAction.COPY_ALL_BEHAVIOURS).contextItem(), new SeparatorMenuItem(), up, down, other, remove);
    }

    private static MenuItem textItem(String label, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.setAccelerator(javafx.scene.input.KeyCombination.keyCombination(shortcut)); // shown; the text area handles the key itself
        item.setOnAction(e -> action.run());
        return item;
    }

    private static MenuItem plainItem(String label, Runnable action, boolean disabled) {
        MenuItem item = new MenuItem(label);
        item.setDisable(disabled);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Something to say under a behaviour while it is edited (when it last changed in git); says nothing by default. */
    @FunctionalInterface
    public interface BehaviourNotes {
        void noteFor(String levelId, BehaviourKind kind, String text, java.util.function.Consumer<String> show);
    }

    private BehaviourNotes notes = (levelId, kind, text, show) -> { };

    public void setBehaviourNotes(BehaviourNotes notes) {
        this.notes = notes;
    }

    /** The line under the behaviour that has the focus; hidden for the others, so the list stays compact. */
    private Label behaviourNote(BehaviourEditor ed, String levelId, BehaviourKind kind) {
        Label note = hint("");
        note.getStyleClass().add("behaviour-note");
        note.setId("note-" + ed.getId());
        note.setWrapText(true);
        note.setVisible(false);
        note.setManaged(false);
        ed.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                notes.noteFor(levelId, kind, ed.getText(), text -> {
                    if (ed.isFocused()) {
                        note.setText(text);
                        note.setVisible(true);
                        note.setManaged(true);
                    }
                });
            } else {
                note.setVisible(false);
                note.setManaged(false);
            }
        });
        return note;
    }

    private Node peerChooser(Ladder ladder, Level level, Track track) {
        ComboBox<String> peer = new ComboBox<>();
        peer.setId("inspector-peer");
        peer.setAccessibleText("Peer on the " + track.opposite().label().toLowerCase() + " track");
        peer.getItems().setAll(peerCandidates(ladder, level));
        peer.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                if (id == null) {
                    return "— no peer —";
                }
                // a candidate paired elsewhere says with whom; this level's own peer needs no such note
                boolean mine = vm.ladder().peerOf(id).map(p -> p.id().equals(shownId)).orElse(false);
                return vm.ladder().level(id).map(l -> mine ? LevelNames.of(l) : LevelNames.withPeer(vm.ladder(), l)).orElse("");
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        peer.setMaxWidth(Double.MAX_VALUE);
        bind(peer.valueProperty(), model.peerIdProperty());
        peerChoice = peer;
        return peer;
    }

    /** "No peer" first, then the levels of the other track. */
    private static List<String> peerCandidates(Ladder ladder, Level level) {
        List<String> ids = new ArrayList<>();
        ids.add(null);
        ladder.trackOf(level.id()).filter(Track::isBranch)
                .ifPresent(t -> ladder.track(t.opposite()).forEach(l -> ids.add(l.id())));
        return ids;
    }

    private Node bandPane(Level level) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        TextField min = textField("bandMin", model.bandMinProperty(), "Minimum pay");
        min.setId("inspector-band-min");
        TextField max = textField("bandMax", model.bandMaxProperty(), "Maximum pay");
        max.setId("inspector-band-max");
        TextField cur = textField("bandCurrency", model.bandCurrencyProperty(), "Currency");
        cur.setPrefColumnCount(4);
        g.addRow(0, new Label("Minimum"), min);
        g.addRow(1, new Label("Maximum"), max);
        g.addRow(2, new Label("Currency"), cur);
        Label error = errorLabel(min, model.bandErrorProperty());
        validation.registerValidator(max, false, (javafx.scene.control.Control c, String v) ->
                ValidationResult.fromErrorIf(c, model.bandErrorProperty().get(), model.bandErrorProperty().get().contains("maximum")));
        g.add(error, 0, 3, 2, 1);
        bandPane = new TitledPane("Pay band (optional, left out of exports by default)", g);
        bandPane.setId("inspector-band");
        bandPane.setExpanded(level.band() != null);
        bandPane.setAnimated(false);
        return bandPane;
    }

    /** Keeps a control and a view-model property in step until the inspector is rebuilt. */
    private <T> void bind(javafx.beans.property.Property<T> control, javafx.beans.property.Property<T> model) {
        control.bindBidirectional(model);
        unbinders.add(() -> control.unbindBidirectional(model));
    }

    /** The view model's message for a field, shown under it and as a ControlsFX decoration on it. */
    private Label errorLabel(javafx.scene.control.Control field, javafx.beans.value.ObservableStringValue error) {
        Label l = new Label();
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.textProperty().bind(error);
        l.visibleProperty().bind(Bindings.isNotEmpty(error));
        l.managedProperty().bind(l.visibleProperty());
        ValidationSupport v = validation;
        v.registerValidator(field, false, (javafx.scene.control.Control c, Object value) ->
                ValidationResult.fromErrorIf(c, error.get(), !error.get().isEmpty()));
        javafx.beans.value.ChangeListener<String> revalidate = (o, a, b) -> v.revalidate(field);
        error.addListener(revalidate);
        unbinders.add(() -> error.removeListener(revalidate));
        return l;
    }

    private TextField textField(String name, javafx.beans.property.StringProperty value, String accessibleName) {
        TextField f = new TextField();
        f.setAccessibleText(accessibleName);
        bind(f.textProperty(), value);
        fields.put(name, f);
        return f;
    }

    private TextArea textArea(String name, javafx.beans.property.StringProperty value, int rows, String prompt) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.setMinWidth(120);
        a.setPrefColumnCount(20);
        a.setPromptText(prompt);
        a.setId("inspector-" + name);
        a.setAccessibleText(name.substring(0, 1).toUpperCase() + name.substring(1));
        a.setAccessibleHelp(prompt);
        tabMovesFocus(a);
        bind(a.textProperty(), value);
        fields.put(name, a);
        return a;
    }

    /**
     * Tab leaves a text area for the next control (Shift+Tab for the one before), as in a form, instead
     * of typing a tab character nobody wants in a ladder: keyboard alone must reach every control.
     */
    private void tabMovesFocus(Node area) {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != javafx.scene.input.KeyCode.TAB || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            e.consume();
            List<Node> order = focusOrder();
            int i = order.indexOf(area);
            int next = i + (e.isShiftDown() ? -1 : 1);
            if (i >= 0 && next >= 0 && next < order.size()) {
                order.get(next).requestFocus();
                ensureVisible(order.get(next));
            }
        });
    }

    /** The inspector's focusable controls top to bottom, as laid out now. */
    private List<Node> focusOrder() {
        List<Node> out = new ArrayList<>();
        collectFocusable(content, out);
        return out;
    }

    private static void collectFocusable(Node node, List<Node> out) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            out.add(node);
            if (node instanceof BehaviourEditor || node instanceof TextInputControl || node instanceof ComboBox) {
                return; // their insides are not separate stops
            }
        }
        if (node instanceof TitledPane tp) {
            if (tp.isExpanded() && tp.getContent() != null) {
                collectFocusable(tp.getContent(), out);
            }
            return;
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectFocusable(child, out);
            }
        }
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }

    private static Button iconButton(Icon icon, String tooltip, Runnable action) {
        Button b = new Button(null, icon.node(16));
        b.getStyleClass().addAll("flat", "button-icon");
        Tooltips.install(b, tooltip);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void highlight() {
        AnalysisReport report = vm.reportProperty().get();
        if (shownId == null || report == null) {
            return;
        }
        List<Finding> mine = report.forLevel(shownId);
        editors.forEach((kind, list) -> {
            for (int i = 0; i < list.size(); i++) {
                int index = i;
                list.get(i).highlight(mine.stream().filter(f -> kind.key().equals(f.field()) && f.index() == index).toList());
            }
        });
    }

    /** Puts the caret on the phrase a finding points at (or on its field). */
    public void focus(Finding finding) {
        if (finding.field() == null) {
            return;
        }
        for (BehaviourKind kind : BehaviourKind.values()) {
            if (kind.key().equals(finding.field()) && finding.index() >= 0) {
                List<BehaviourEditor> list = editors.get(kind);
                if (list != null && finding.index() < list.size()) {
                    BehaviourEditor ed = list.get(finding.index());
                    ed.requestFocus();
                    if (finding.hasSpan() && finding.end() <= ed.getLength()) {
                        ed.selectRange(finding.start(), finding.end());
                    }
                    ensureVisible(ed);
                    return;
                }
            }
        }
        Node target = switch (finding.field()) {
            case "peer" -> peerChoice;
            case "growth" -> growthBoxes.values().stream().findFirst().orElse(null);
            case "band" -> {
                if (bandPane != null) {
                    bandPane.setExpanded(true);
                }
                yield fields.get("bandMin");
            }
            default -> fields.get(finding.field());
        };
        if (target != null) {
            target.requestFocus();
            ensureVisible(target);
        }
    }

    /** The control a finding's field is shown in, for tests; null when this level has none. */
    public Node controlFor(String field) {
        return switch (field) {
            case "peer" -> peerChoice;
            case "growth" -> growthBoxes.values().stream().findFirst().orElse(null);
            case "band" -> fields.get("bandMin");
            default -> fields.get(field);
        };
    }

    private void ensureVisible(Node node) {
        Platform.runLater(() -> {
            double contentHeight = content.getBoundsInLocal().getHeight();
            double y = node.localToScene(0, 0).getY() - content.localToScene(0, 0).getY();
            double viewport = getViewportBounds().getHeight();
            if (contentHeight > viewport) {
                setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
            }
        });
    }

    /** The editor of one behaviour, for tests. */
    public BehaviourEditorHandle behaviour(BehaviourKind kind, int index) {
        return new BehaviourEditorHandle(editors.get(kind).get(index));
    }

    /** A narrow handle so tests can type into a behaviour without depending on RichTextFX. */
    public static final class BehaviourEditorHandle {
        private final BehaviourEditor editor;

        BehaviourEditorHandle(BehaviourEditor editor) {
            this.editor = editor;
        }

        public void replaceAll(String text) {
            editor.replaceText(text);
        }

        public String text() {
            return editor.getText();
        }

        public int selectionStart() {
            return editor.getSelection().getStart();
        }

        public int selectionEnd() {
            return editor.getSelection().getEnd();
        }

        /** Whether every wrapped line fits, descenders included. */
        public boolean showsAllLines() {
            return editor.getHeight() + 0.5 >= editor.neededHeight();
        }

        public javafx.scene.Node node() {
            return editor;
        }
    }
}
