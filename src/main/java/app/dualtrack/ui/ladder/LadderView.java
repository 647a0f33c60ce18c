package app.dualtrack.ui.ladder;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.LadderIndex;
import app.dualtrack.model.Level;
import app.dualtrack.model.Rungs;
import app.dualtrack.model.Track;
import app.dualtrack.ui.actions.AppAction;
import app.dualtrack.ui.actions.Commands;
import app.dualtrack.ui.editing.LadderEditor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Group;
import javafx.scene.transform.Scale;
import java.util.Set;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ladder as it rises: shared levels at the bottom spanning both columns, a fork at the branch
 * point, the technical track on the left and the management track on the right, peers at the same
 * height with a link between them and a dashed gap where a rung is missing.
 */
public final class LadderView extends ScrollPane {
    private static final double LINK_COLUMN = 96;
    private static final double MIN_ZOOM = 0.4;
    private static final double MAX_ZOOM = 2.0;
    private static final double SIDE_MIN_WIDTH = 180;
    private final LadderEditor vm;
    private final Commands commands;
    private final Map<String, LevelCard> cards = new HashMap<>();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final Group zoomGroup = new Group();
    private Set<String> matches = Set.of();
    /** The drawn ladder (header and grid), shown directly at 100 % and inside the zoom group otherwise. */
    private VBox board;
    /** Cards in visual order for keyboard navigation: rows top to bottom, technical before management. */
    private final List<List<LevelCard>> grid = new ArrayList<>();

    public LadderView(LadderEditor vm, Commands commands) {
        this.vm = vm;
        this.commands = commands;
        getStyleClass().add("ladder-canvas");
        setId("ladder-view");
        setAccessibleText("The ladder");
        setAccessibleHelp("Cards of the levels, the technical track on the left and the management track on the right. Arrow keys move between cards.");
        setFitToWidth(true);
        zoom.addListener((o, a, b) -> applyZoom());
        viewportBoundsProperty().addListener((o, a, b) -> applyZoom());
        vm.ladderProperty().addListener((o, a, b) -> onLadderChanged());
        // every new analysis, not only new findings: it can be the first to look at a level
        vm.analysisProperty().addListener((o, a, b) -> updateBadges());
        vm.selectedLevelIdProperty().addListener((o, a, id) -> cards.forEach((k, c) -> c.setSelected(k.equals(id))));
        rebuild();
    }

    /** The arrangement last drawn: rows of ids and pairings. Text edits keep it, so cards update in place. */
    private String shape;

    private static String shapeOf(Ladder ladder) {
        StringBuilder sb = new StringBuilder();
        Rungs.of(ladder).forEach(r -> sb.append(r.technical() == null ? "-" : r.technical().id()).append(r.paired() ? '=' : '|')
                .append(r.management() == null ? "-" : r.management().id()).append(';'));
        ladder.shared().forEach(l -> sb.append(l.id()).append(','));
        LadderIndex index = LadderIndex.of(ladder);
        ladder.allLevels().forEach(l -> sb.append(index.peerOf(l.id()).map(Level::id).orElse("")).append(','));
        return sb.append(ladder.name()).append(ladder.organisation()).append(ladder.headcount()).append(ladder.edition()).toString();
    }

    private void onLadderChanged() {
        Ladder ladder = vm.ladder();
        if (ladder != null && shapeOf(ladder).equals(shape)) {
            LadderIndex index = LadderIndex.of(ladder);
            cards.forEach((id, card) -> index.level(id).ifPresent(l -> card.update(l, index.peerOf(id).map(app.dualtrack.ui.document.LevelNames::of).orElse(null))));
        } else {
            rebuild();
        }
    }

    private void updateBadges() {
        AnalysisReport report = vm.reportProperty().get();
        cards.forEach((id, card) -> badge(card, id, report));
    }

    private void badge(LevelCard card, String id, AnalysisReport report) {
        if (vm.isAnalysed(id)) {
            card.setBadge(report.worstFor(id), report.forLevel(id).size());
        } else {
            card.setNotAnalysed();
        }
    }

    // ------------------------------------------------------------------ zoom

    /** The scale the ladder is drawn at (1 is 100 %). */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, Math.round((zoom.get() + 0.1) * 10) / 10.0));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, Math.round((zoom.get() - 0.1) * 10) / 10.0));
    }

    /** Scales the ladder so that it is seen whole, never larger than 100 %. */
    public void fitToWindow() {
        for (int pass = 0; pass < 3; pass++) { // wrapping text makes the height depend on the width, so settle it
            double height = board == null ? 0 : board.getLayoutBounds().getHeight();
            double viewport = getViewportBounds().getHeight();
            if (height <= 0 || viewport <= 0) {
                return;
            }
            zoom.set(Math.max(MIN_ZOOM, Math.min(1, Math.floor((viewport - 4) / height * 100) / 100)));
            layout();
        }
    }

    /**
     * At 100 % the board simply fits the width (the cards wrap). Zoomed, it is laid out at the viewport's
     * width divided by the zoom and scaled from its top-left corner inside a group, so the tracks still
     * fill the width. Only a real width change relays it out, so a scrollbar cannot start a layout loop.
     */
    private void applyZoom() {
        if (board == null) {
            return;
        }
        double z = zoom.get();
        if (z == 1) {
            if (getContent() != board) {
                zoomGroup.getChildren().clear();
                board.getTransforms().clear();
                board.setMinWidth(Region.USE_COMPUTED_SIZE);
                board.setPrefWidth(Region.USE_COMPUTED_SIZE);
                board.setMaxWidth(Double.MAX_VALUE);
                setContent(board);
                setFitToWidth(true);
            }
            return;
        }
        if (getContent() != zoomGroup) {
            setFitToWidth(false);
            setContent(zoomGroup);
            zoomGroup.getChildren().setAll(board);
        }
        double width = Math.floor(Math.max(2 * SIDE_MIN_WIDTH + LINK_COLUMN + 40, getViewportBounds().getWidth() / z));
        if (Math.abs(board.getPrefWidth() - width) >= 1) {
            board.setPrefWidth(width);
            board.setMinWidth(width);
            board.setMaxWidth(width);
        }
        if (!(board.getTransforms().size() == 1 && board.getTransforms().get(0) instanceof Scale s && s.getX() == z)) {
            board.getTransforms().setAll(new Scale(z, z, 0, 0));
        }
    }

    // ------------------------------------------------------------------ find

    /** Marks the cards of these levels as matches of Find (an empty set clears the marks). */
    public void showMatches(Set<String> ids) {
        matches = Set.copyOf(ids);
        cards.forEach((id, card) -> card.setMatched(matches.contains(id)));
    }

    /** Scrolls so the level's card is in view. */
    public void reveal(String id) {
        LevelCard card = cards.get(id);
        if (card == null || getContent() == null) {
            return;
        }
        double contentHeight = getContent().getBoundsInParent().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double y = card.localToScene(0, 0).getY() - getContent().localToScene(0, 0).getY();
        setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
    }

    private void rebuild() {
        Ladder ladder = vm.ladder();
        if (ladder == null) {
            return;
        }
        String focusedId = cards.entrySet().stream().filter(e -> e.getValue().isFocused()).map(Map.Entry::getKey).findFirst().orElse(null);
        AnalysisReport report = vm.reportProperty().get();
        LadderIndex index = LadderIndex.of(ladder);
        cards.clear();
        grid.clear();
        shape = shapeOf(ladder);

        GridPane g = new GridPane();
        g.setHgap(0);
        g.setVgap(12);
        // a parity tool draws the tracks equal: both columns start from the same width and share the rest
        // equally, whatever their cards hold (a column sized by its content would favour the wordier track)
        ColumnConstraints leftColumn = trackColumn();
        ColumnConstraints mid = new ColumnConstraints(LINK_COLUMN, LINK_COLUMN, LINK_COLUMN);
        ColumnConstraints rightColumn = trackColumn();
        g.getColumnConstraints().addAll(leftColumn, mid, rightColumn);
        // percentages are the one sizing a GridPane never bends to its content; the link column keeps its fixed width
        g.widthProperty().addListener((o, a, w) -> {
            double width = w.doubleValue();
            if (width > LINK_COLUMN) {
                double side = (width - LINK_COLUMN) / 2 / width * 100;
                leftColumn.setPercentWidth(side);
                rightColumn.setPercentWidth(side);
                mid.setPercentWidth(LINK_COLUMN / width * 100);
            }
        });

        int row = 0;
        g.add(columnHeader("Technical track", Track.TECHNICAL, ladder.technical().size()), 0, row);
        g.add(columnHeader("Management track", Track.MANAGEMENT, ladder.management().size()), 2, row);
        row++;

        List<Rungs.Rung> rows = new ArrayList<>(Rungs.of(ladder));
        Collections.reverse(rows);
        for (Rungs.Rung r : rows) {
            List<LevelCard> line = new ArrayList<>();
            Node left = r.technical() == null ? gap("No technical rung at this height") : card(r.technical(), Track.TECHNICAL, report, index);
            Node right = r.management() == null ? gap("No management rung at this height") : card(r.management(), Track.MANAGEMENT, report, index);
            if (left instanceof LevelCard c) line.add(c);
            if (right instanceof LevelCard c) line.add(c);
            g.add(left, 0, row);
            g.add(right, 2, row);
            g.add(link(r, index), 1, row);
            GridPane.setValignment(left, VPos.CENTER);
            GridPane.setValignment(right, VPos.CENTER);
            grid.add(line);
            row++;
        }
        if (rows.isEmpty()) {
            Label empty = new Label("No levels above the branch point yet — add a technical and a management level.");
            empty.getStyleClass().add("ladder-subtitle");
            g.add(empty, 0, row, 3, 1);
            row++;
        }

        Node fork = fork(ladder);
        g.add(fork, 0, row, 3, 1);
        row++;
        List<Level> shared = new ArrayList<>(ladder.shared());
        Collections.reverse(shared);
        for (Level l : shared) {
            LevelCard c = card(l, Track.SHARED, report, index);
            g.add(c, 0, row, 3, 1);
            grid.add(List.of(c));
            row++;
        }

        board = new VBox(14, header(ladder), g);
        board.getStyleClass().add("ladder-board");
        if (zoom.get() == 1) {
            setContent(board);
        } else {
            zoomGroup.getChildren().setAll(board);
        }
        applyZoom();
        cards.forEach((k, c) -> c.setSelected(k.equals(vm.selectedLevelIdProperty().get())));
        cards.forEach((k, c) -> c.setMatched(matches.contains(k)));
        if (focusedId != null && cards.containsKey(focusedId)) {
            cards.get(focusedId).requestFocus();
        }
    }

    private static ColumnConstraints trackColumn() {
        ColumnConstraints c = new ColumnConstraints(SIDE_MIN_WIDTH, SIDE_MIN_WIDTH, Double.MAX_VALUE);
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    private static Node header(Ladder ladder) {
        Label title = new Label(ladder.name());
        title.getStyleClass().add("ladder-title");
        title.setId("ladder-name");
        List<String> parts = new ArrayList<>();
        if (ladder.organisation() != null) parts.add(ladder.organisation());
        if (ladder.headcount() != null) parts.add(ladder.headcount() + " engineers");
        if (ladder.edition() != null) parts.add("edition " + ladder.edition());
        Label sub = new Label(String.join("  ·  ", parts));
        sub.getStyleClass().add("ladder-subtitle");
        return new VBox(2, title, sub);
    }

    private static Node columnHeader(String text, Track track, int count) {
        Label l = new Label(text.toUpperCase());
        l.getStyleClass().addAll("column-header", track.key());
        l.setMinWidth(Region.USE_PREF_SIZE);
        Label n = new Label(count + (count == 1 ? " level" : " levels"));
        n.getStyleClass().add("column-count");
        HBox box = new HBox(8, l, n);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 0, 2, 0));
        return box;
    }

    private static Node gap(String text) {
        Label l = new Label(text);
        StackPane p = new StackPane(l);
        p.getStyleClass().add("gap-cell");
        p.setMinHeight(64);
        p.setMaxHeight(Double.MAX_VALUE);
        return p;
    }

    /** The link column: a dashed line between peers in one row, or a red mark for a pairing that crosses rows. */
    private Node link(Rungs.Rung r, LadderIndex index) {
        Pane pane = new Pane();
        pane.setMinWidth(LINK_COLUMN);
        if (r.paired()) {
            Line line = new Line();
            line.getStyleClass().add("peer-link");
            line.setStartX(0);
            line.endXProperty().bind(pane.widthProperty());
            line.startYProperty().bind(pane.heightProperty().divide(2));
            line.endYProperty().bind(pane.heightProperty().divide(2));
            Label peers = new Label("peers");
            peers.getStyleClass().add("peer-label");
            peers.layoutXProperty().bind(pane.widthProperty().subtract(peers.widthProperty()).divide(2));
            peers.layoutYProperty().bind(pane.heightProperty().divide(2).subtract(16));
            pane.getChildren().addAll(line, peers);
        } else {
            Level t = r.technical() != null ? r.technical() : r.management();
            index.peerOf(t.id()).ifPresent(peer -> {
                Label crossed = new Label("⇄ paired with\n" + peer.title());
                crossed.getStyleClass().add("peer-label");
                crossed.setStyle("-fx-text-fill: -dt-error;");
                crossed.setWrapText(true);
                crossed.setMaxWidth(LINK_COLUMN - 8);
                crossed.setLayoutX(6);
                crossed.layoutYProperty().bind(pane.heightProperty().subtract(crossed.heightProperty()).divide(2));
                pane.getChildren().add(crossed);
            });
        }
        return pane;
    }

    /** The branch point drawn as a fork: one grey stem splitting into the two track colours. */
    private static Node fork(Ladder ladder) {
        Pane pane = new Pane();
        pane.setPrefHeight(56);
        pane.setMinHeight(56);
        Path tech = new Path();
        tech.getStyleClass().addAll("branch-fork", "technical");
        Path mgmt = new Path();
        mgmt.getStyleClass().addAll("branch-fork", "management");
        Line stem = new Line();
        stem.getStyleClass().add("branch-fork");
        pane.widthProperty().addListener((o, a, w) -> drawFork(pane, tech, mgmt, stem));
        pane.heightProperty().addListener((o, a, h) -> drawFork(pane, tech, mgmt, stem));
        String below = ladder.shared().isEmpty() ? "the first level" : ladder.shared().get(ladder.shared().size() - 1).title();
        Label label = new Label("Branch point — both tracks start above " + below);
        label.getStyleClass().add("branch-label");
        label.layoutXProperty().bind(pane.widthProperty().divide(2).add(14));
        label.setLayoutY(20);
        pane.getChildren().addAll(stem, tech, mgmt, label);
        return pane;
    }

    private static void drawFork(Pane pane, Path tech, Path mgmt, Line stem) {
        double w = pane.getWidth();
        double h = pane.getHeight();
        double cx = w / 2;
        double leftX = (w - LINK_COLUMN) / 4;
        double rightX = w - leftX;
        stem.setStartX(cx);
        stem.setEndX(cx);
        stem.setStartY(h);
        stem.setEndY(h * 0.55);
        tech.getElements().setAll(new MoveTo(cx, h * 0.55), new CubicCurveTo(cx, h * 0.2, leftX, h * 0.45, leftX, 0));
        mgmt.getElements().setAll(new MoveTo(cx, h * 0.55), new CubicCurveTo(cx, h * 0.2, rightX, h * 0.45, rightX, 0));
    }

    private LevelCard card(Level level, Track track, AnalysisReport report, LadderIndex index) {
        String peerTitle = index.peerOf(level.id()).map(app.dualtrack.ui.document.LevelNames::of).orElse(null);
        LevelCard c = new LevelCard(level, track, report.worstFor(level.id()), report.forLevel(level.id()).size(), peerTitle);
        if (!vm.isAnalysed(level.id())) {
            c.setNotAnalysed();
        }
        c.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHalignment(c, HPos.CENTER);
        cards.put(level.id(), c);
        c.setOnMouseClicked(e -> {
            vm.selectedLevelIdProperty().set(level.id());
            c.requestFocus();
        });
        c.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                vm.selectedLevelIdProperty().set(level.id());
            }
        });
        c.setOnKeyPressed(e -> {
            if (e.isAltDown() || e.isShortcutDown()) {
                return;
            }
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
                navigate(c, e.getCode());
                e.consume();
            }
        });
        c.setOnContextMenuRequested(e -> {
            vm.selectedLevelIdProperty().set(level.id());
            contextMenu(track).show(c, e.getScreenX(), e.getScreenY());
        });
        installDragAndDrop(c, level, track);
        return c;
    }

    /** The level commands of the menu bar, the same objects: labels, shortcuts and enabled state agree. */
    private ContextMenu contextMenu(Track track) {
        ContextMenu menu = new ContextMenu();
        AppAction[][] groups = track.isBranch()
                ? new AppAction[][] {{AppAction.CUT, AppAction.COPY, AppAction.PASTE}, {AppAction.DUPLICATE, AppAction.MOVE_UP, AppAction.MOVE_DOWN,
                        AppAction.MOVE_TO_OTHER_TRACK}, {AppAction.PAIR, AppAction.UNPAIR}, {AppAction.DELETE}}
                : new AppAction[][] {{AppAction.CUT, AppAction.COPY, AppAction.PASTE}, {AppAction.DUPLICATE, AppAction.MOVE_UP, AppAction.MOVE_DOWN},
                        {AppAction.DELETE}};
        for (AppAction[] group : groups) {
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            for (AppAction a : group) {
                commands.find(a).ifPresent(c -> menu.getItems().add(c.contextItem()));
            }
        }
        return menu;
    }

    private void navigate(LevelCard from, KeyCode key) {
        for (int r = 0; r < grid.size(); r++) {
            int col = grid.get(r).indexOf(from);
            if (col < 0) {
                continue;
            }
            LevelCard target = null;
            if (key == KeyCode.LEFT && col > 0) target = grid.get(r).get(col - 1);
            if (key == KeyCode.RIGHT && col + 1 < grid.get(r).size()) target = grid.get(r).get(col + 1);
            if (key == KeyCode.UP || key == KeyCode.DOWN) {
                int step = key == KeyCode.UP ? -1 : 1;
                for (int rr = r + step; rr >= 0 && rr < grid.size() && target == null; rr += step) {
                    List<LevelCard> line = grid.get(rr);
                    if (!line.isEmpty()) {
                        target = line.get(Math.min(col, line.size() - 1));
                    }
                }
            }
            if (target != null) {
                target.requestFocus();
            }
            return;
        }
    }

    private void installDragAndDrop(LevelCard c, Level level, Track track) {
        c.setOnDragDetected(e -> {
            Dragboard db = c.startDragAndDrop(TransferMode.MOVE, TransferMode.LINK);
            ClipboardContent content = new ClipboardContent();
            content.putString(level.id());
            db.setContent(content);
            db.setDragView(c.snapshot(null, null));
            e.consume();
        });
        c.setOnDragOver(e -> {
            String source = e.getDragboard().getString();
            if (source != null && !source.equals(level.id()) && vm.ladder().level(source).isPresent()) {
                e.acceptTransferModes(TransferMode.MOVE, TransferMode.LINK);
            }
            e.consume();
        });
        c.setOnDragEntered(e -> {
            if (e.getGestureSource() != c) {
                c.getStyleClass().add("drop-target");
            }
        });
        c.setOnDragExited(e -> c.getStyleClass().remove("drop-target"));
        c.setOnDragDropped(e -> {
            String source = e.getDragboard().getString();
            boolean done = dropOnto(source, level.id());
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** Dropping a level onto another: same track moves it to that rung, the other track pairs them. */
    public boolean dropOnto(String sourceId, String targetId) {
        Ladder l = vm.ladder();
        Track from = l.trackOf(sourceId).orElse(null);
        Track to = l.trackOf(targetId).orElse(null);
        if (from == null || to == null || sourceId.equals(targetId)) {
            return false;
        }
        if (from == to) {
            vm.moveLevel(sourceId, to, l.indexOf(targetId));
        } else if (from.isBranch() && to.isBranch()) {
            vm.pair(sourceId, targetId);
        } else {
            vm.moveLevel(sourceId, to, l.indexOf(targetId));
        }
        vm.selectedLevelIdProperty().set(sourceId);
        return true;
    }

}
