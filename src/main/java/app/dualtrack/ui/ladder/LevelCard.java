package app.dualtrack.ui.ladder;

import app.dualtrack.analysis.Severity;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;
import app.dualtrack.ui.actions.Icon;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import app.dualtrack.ui.controls.Tooltips;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One level on the ladder: title, code, a line of scope, behaviour counts and a warnings badge. */
final class LevelCard extends VBox {
    private Level level;
    private final Label title = new Label();
    private final Label scope = new Label();
    private final Label countLabel = new Label();
    private final HBox top = new HBox(8);
    private final Label code = new Label();
    private Label badge = new Label();

    LevelCard(Level level, Track track, Severity worst, long findingCount, String peerTitle) {
        this.level = level;
        getStyleClass().addAll("level-card", track.key());
        setId("card-" + level.id());
        setFocusTraversable(true);
        setSpacing(4);
        setMinHeight(Region.USE_PREF_SIZE);

        title.getStyleClass().add("card-title");
        title.setMinWidth(0);
        title.setWrapText(true); // a narrow window wraps a long title instead of cutting it
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        top.setAlignment(Pos.TOP_LEFT);
        code.getStyleClass().add("card-code");
        code.setMinWidth(Region.USE_PREF_SIZE);
        scope.getStyleClass().add("card-scope");
        scope.setWrapText(true);
        scope.setMaxHeight(34);
        scope.setMinHeight(Region.USE_PREF_SIZE);
        countLabel.getStyleClass().add("card-counts");
        getChildren().addAll(top, scope, countLabel);
        update(level, peerTitle);
        setBadge(worst, findingCount);
        String help = "Click to edit. Drag onto a level of the same track to reorder, onto the other track to pair.";
        Tooltips.install(this, help);
        setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
    }

    /** Shows a new version of the same level without rebuilding the card (keeps focus and drag state). */
    void update(Level level, String peerTitle) {
        this.level = level;
        title.setText(level.title());
        code.setText(level.code() == null ? "" : level.code());
        String line = level.scope() != null && !level.scope().isBlank() ? level.scope()
                : level.summary() != null && !level.summary().isBlank() ? level.summary() : "No scope or summary yet";
        scope.setText(line);
        countLabel.setText(level.primary().size() + " primary · " + level.supporting().size() + " supporting"
                + (peerTitle == null ? "" : "   ⇄ " + peerTitle));
        layoutTop();
    }

    void setBadge(Severity worst, long findingCount) {
        badge = badge(worst, findingCount);
        layoutTop();
    }

    private void layoutTop() {
        top.getChildren().clear();
        if (!code.getText().isBlank()) {
            top.getChildren().add(code);
        }
        top.getChildren().addAll(title, badge);
        setAccessibleText(accessibleName());
    }

    /** Before the first analysis of a new level: not "no warnings", which would be a claim nobody checked. */
    void setNotAnalysed() {
        badge = new Label(null, Icon.NOT_ANALYSED.node(13));
        badge.getStyleClass().addAll("badge", "not-analysed");
        Tooltips.install(badge, "Not yet analysed");
        badge.setAccessibleText("Not yet analysed");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        layoutTop();
    }

    private String accessibleName() {
        String name = (code.getText().isBlank() ? "" : code.getText() + " ") + title.getText();
        String tip = badge.getAccessibleHelp() == null ? "" : ", " + badge.getAccessibleHelp();
        return name + tip;
    }

    private static Label badge(Severity worst, long count) {
        Label badge = new Label();
        badge.getStyleClass().add("badge");
        if (worst == null) {
            badge.setGraphic(Icon.CLEAN.node(14));
            badge.getStyleClass().add("clean");
            Tooltips.install(badge, "No warnings");
        } else {
            badge.setGraphic((worst == Severity.ERROR ? Icon.ERROR : worst == Severity.WARNING ? Icon.WARNING : Icon.INFO).node(13));
            badge.setText(String.valueOf(count));
            badge.getStyleClass().add(worst.key());
            Tooltips.install(badge, count + (count == 1 ? " finding" : " findings") + ", the worst: " + worst.key());
        }
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    Level level() {
        return level;
    }

    /** Marks the card as a match of Find. */
    void setMatched(boolean matched) {
        getStyleClass().remove("find-match");
        if (matched) {
            getStyleClass().add("find-match");
        }
    }

    void setSelected(boolean selected) {
        if (selected) {
            if (!getStyleClass().contains("selected")) {
                getStyleClass().add("selected");
            }
        } else {
            getStyleClass().remove("selected");
        }
    }
}
