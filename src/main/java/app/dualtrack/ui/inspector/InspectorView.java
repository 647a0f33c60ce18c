package app.dualtrack.ui.inspector;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Finding;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Growth;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;
import app.dualtrack.ui.actions.Icon;
import app.dualtrack.ui.main.MainViewModel;
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
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

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
    private final MainViewModel vm;
    private final InspectorViewModel model;
    private final VBox content = new VBox();
    private final Map<BehaviourKind, List<BehaviourEditor>> editors = new EnumMap<>(BehaviourKind.class);
    private final Map<String, TextInputControl> fields = new java.util.HashMap<>();
    private String shownId;
    private Level shownLevel;
    private boolean typing;

    public InspectorView(MainViewModel vm) {
        this.vm = vm;
        this.model = new InspectorViewModel(vm::document, () -> vm.selectedLevelIdProperty().get());
        getStyleClass().add("inspector");
        content.getStyleClass().add("inspector-content");
        setContent(content);
        setFitToWidth(true);
        setMinWidth(340);
        setPrefWidth(420);
        vm.selectedLevelIdProperty().addListener((o, a, b) -> rebuild());
        vm.ladderProperty().addListener((o, a, b) -> onLadderChanged());
        vm.reportProperty().addListener((o, a, b) -> highlight());
        rebuild();
    }

    private void onLadderChanged() {
        Optional<Level> now = model.level();
        if (now.isEmpty() || !Objects.equals(now.get().id(), shownId)) {
            rebuild();
            return;
        }
        Level level = now.get();
        boolean sameShape = shownLevel != null && level.primary().size() == shownLevel.primary().size()
                && level.supporting().size() == shownLevel.supporting().size();
        if (typing && sameShape) {
            shownLevel = level;
            return;
        }
        if (sameShape) {
            refreshValues(level);
        } else {
            rebuild();
        }
    }

    private void refreshValues(Level level) {
        shownLevel = level;
        setField("title", level.title());
        setField("code", level.code());
        setField("summary", level.summary());
        setField("scope", level.scope());
        for (BehaviourKind kind : BehaviourKind.values()) {
            List<BehaviourEditor> list = editors.getOrDefault(kind, List.of());
            for (int i = 0; i < list.size() && i < level.behaviours(kind).size(); i++) {
                list.get(i).showText(level.behaviours(kind).get(i).text());
            }
        }
        highlight();
    }

    private void setField(String name, String value) {
        TextInputControl c = fields.get(name);
        String v = value == null ? "" : value;
        if (c != null && !c.getText().equals(v)) {
            typing = true;
            try {
                c.setText(v);
            } finally {
                typing = false;
            }
        }
    }

    private void rebuild() {
        content.getChildren().clear();
        editors.clear();
        fields.clear();
        Optional<Level> selected = model.level();
        shownId = selected.map(Level::id).orElse(null);
        shownLevel = selected.orElse(null);
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

        Label heading = new Label(level.title());
        heading.getStyleClass().add("level-heading");
        heading.setWrapText(true);
        Label tag = new Label(track.label() + (track.isBranch() ? " track" : " level"));
        tag.getStyleClass().addAll("track-tag", track.key());
        content.getChildren().addAll(tag, heading);

        content.getChildren().add(section("TITLE AND CODE"));
        TextField title = textField("title", level.title(), model::setTitle);
        title.setId("inspector-title");
        TextField code = textField("code", level.code(), model::setCode);
        code.setPrefColumnCount(5);
        HBox.setHgrow(title, Priority.ALWAYS);
        content.getChildren().add(new HBox(8, title, code));

        TextField id = new TextField(level.id());
        Label idError = hint("");
        id.setOnAction(e -> commitId(id, idError));
        id.focusedProperty().addListener((o, was, is) -> {
            if (!is) commitId(id, idError);
        });
        content.getChildren().addAll(hint("Id, used in the file and by references"), id, idError);

        content.getChildren().add(section("SUMMARY"));
        content.getChildren().add(textArea("summary", level.summary(), 2, model::setSummary, "One paragraph: what this level is."));
        content.getChildren().add(section("SCOPE"));
        content.getChildren().add(textArea("scope", level.scope(), 2, model::setScope,
                "What kinds of problems does someone at this level hold that the level below does not?"));

        for (BehaviourKind kind : BehaviourKind.values()) {
            content.getChildren().add(behaviourSection(level, kind));
        }

        content.getChildren().add(section("GROWTH AT AND BEYOND THIS LEVEL"));
        HBox growth = new HBox(12);
        for (Growth g : Growth.values()) {
            CheckBox box = new CheckBox(g.label());
            box.setSelected(level.growth().contains(g));
            box.selectedProperty().addListener((o, a, on) -> model.setGrowth(g, on));
            growth.getChildren().add(box);
        }
        growth.setStyle("-fx-alignment: center-left;");
        content.getChildren().add(new javafx.scene.layout.FlowPane(12, 6, growth.getChildren().toArray(Node[]::new)));

        if (track.isBranch()) {
            content.getChildren().add(section("PEER ON THE " + track.opposite().label().toUpperCase() + " TRACK"));
            content.getChildren().add(peerChooser(ladder, level, track));
        }

        content.getChildren().add(section("ORGANISATION SIZE"));
        TextField min = textField("minHeadcount", level.minHeadcount() == null ? "" : level.minHeadcount().toString(), text -> {
            String t = text.strip();
            if (t.isEmpty()) {
                model.setMinHeadcount(null);
            } else if (t.matches("\\d{1,7}")) {
                model.setMinHeadcount(Integer.parseInt(t));
            }
        });
        min.setPromptText("e.g. 150");
        content.getChildren().addAll(hint("Engineers needed before this level's scope exists (optional)"), min);

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
            HBox.setHgrow(ed, Priority.ALWAYS);
            Button up = iconButton(Icon.MOVE_UP, "Move up", () -> model.moveBehaviour(kind, index, -1));
            Button down = iconButton(Icon.MOVE_DOWN, "Move down", () -> model.moveBehaviour(kind, index, +1));
            Button other = iconButton(Icon.MOVE_TO_OTHER_LIST, "Move to " + kind.other().key() + " behaviours",
                    () -> model.moveToOtherList(kind, index));
            other.setId("move-" + kind.key() + "-" + i);
            Button delete = iconButton(Icon.DELETE, "Remove", () -> model.removeBehaviour(kind, index));
            up.setDisable(i == 0);
            down.setDisable(i == behaviours.size() - 1);
            HBox row = new HBox(2, ed, up, down, other, delete);
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
        box.getChildren().add(add);
        return box;
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
        peer.getItems().add("— no peer —");
        List<Level> others = ladder.track(track.opposite());
        others.forEach(l -> peer.getItems().add(l.title()));
        int current = ladder.peerOf(level.id()).map(others::indexOf).orElse(-1);
        peer.getSelectionModel().select(current + 1);
        peer.setMaxWidth(Double.MAX_VALUE);
        peer.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            int i = b.intValue();
            if (i == 0) {
                vm.unpairSelected();
            } else if (i > 0) {
                vm.pair(level.id(), others.get(i - 1).id());
            }
        });
        return peer;
    }

    private Node bandPane(Level level) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        TextField min = new TextField(level.band() == null || level.band().min() == null ? "" : level.band().min().toPlainString());
        TextField max = new TextField(level.band() == null || level.band().max() == null ? "" : level.band().max().toPlainString());
        TextField cur = new TextField(level.band() == null || level.band().currency() == null ? "" : level.band().currency());
        cur.setPrefColumnCount(4);
        Runnable commit = () -> {
            BigDecimal a = number(min.getText());
            BigDecimal b = number(max.getText());
            if ((a != null || min.getText().isBlank()) && (b != null || max.getText().isBlank())) {
                model.setBand(a, b, cur.getText().strip());
            }
        };
        for (TextField f : List.of(min, max, cur)) {
            f.setOnAction(e -> commit.run());
            f.focusedProperty().addListener((o, was, is) -> {
                if (!is) commit.run();
            });
        }
        g.addRow(0, new Label("Minimum"), min);
        g.addRow(1, new Label("Maximum"), max);
        g.addRow(2, new Label("Currency"), cur);
        TitledPane pane = new TitledPane("Pay band (optional, left out of exports by default)", g);
        pane.setExpanded(level.band() != null);
        pane.setAnimated(false);
        return pane;
    }

    private static BigDecimal number(String text) {
        try {
            String t = text.strip().replace(",", "").replace("_", "");
            BigDecimal d = t.isEmpty() ? null : new BigDecimal(t);
            return d != null && d.signum() >= 0 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private TextField textField(String name, String value, java.util.function.Consumer<String> onEdit) {
        TextField f = new TextField(value == null ? "" : value);
        onUserEdit(f, onEdit);
        fields.put(name, f);
        return f;
    }

    private TextArea textArea(String name, String value, int rows, java.util.function.Consumer<String> onEdit, String prompt) {
        TextArea a = new TextArea(value == null ? "" : value);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.setPromptText(prompt);
        a.setId("inspector-" + name);
        onUserEdit(a, onEdit);
        fields.put(name, a);
        return a;
    }

    /** Passes what the user types to the model; text set from the model (undo) is not echoed back as an edit. */
    private void onUserEdit(TextInputControl control, java.util.function.Consumer<String> onEdit) {
        control.textProperty().addListener((o, a, b) -> {
            if (!typing) {
                typing = true;
                try {
                    onEdit.accept(b);
                } finally {
                    typing = false;
                }
            }
        });
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
        b.setTooltip(new Tooltip(tooltip));
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
        TextInputControl f = fields.get(finding.field());
        if (f != null) {
            f.requestFocus();
            ensureVisible(f);
        }
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
    }
}
