package app.dualtrack.ui.ladder;

import app.dualtrack.analysis.Severity;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;
import app.dualtrack.ui.actions.Icon;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One level on the ladder: title, code, a line of scope, behaviour counts and a warnings badge. */
final class LevelCard extends VBox {
    private final Level level;

    LevelCard(Level level, Track track, Severity worst, long findingCount, String peerTitle) {
        this.level = level;
        getStyleClass().addAll("level-card", track.key());
        setId("card-" + level.id());
        setFocusTraversable(true);
        setSpacing(4);
        setMinHeight(Region.USE_PREF_SIZE);

        Label title = new Label(level.title());
        title.getStyleClass().add("card-title");
        title.setMinWidth(0);
        HBox top = new HBox(8);
        top.setAlignment(Pos.CENTER_LEFT);
        if (level.code() != null && !level.code().isBlank()) {
            Label code = new Label(level.code());
            code.getStyleClass().add("card-code");
            code.setMinWidth(Region.USE_PREF_SIZE);
            top.getChildren().add(code);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        top.getChildren().addAll(title, spacer, badge(worst, findingCount));

        String line = level.scope() != null && !level.scope().isBlank() ? level.scope()
                : level.summary() != null && !level.summary().isBlank() ? level.summary() : "No scope or summary yet";
        Label scope = new Label(line);
        scope.getStyleClass().add("card-scope");
        scope.setWrapText(true);
        scope.setMaxHeight(34);
        scope.setMinHeight(Region.USE_PREF_SIZE);

        String counts = level.primary().size() + " primary · " + level.supporting().size() + " supporting"
                + (peerTitle == null ? "" : "   ⇄ " + peerTitle);
        Label countLabel = new Label(counts);
        countLabel.getStyleClass().add("card-counts");
        getChildren().addAll(top, scope, countLabel);

        Tooltip.install(this, new Tooltip(level.title() + (level.summary() == null ? "" : "\n" + level.summary())
                + "\nDrag onto a level of the same track to reorder, onto the other track to pair."));
    }

    private static Label badge(Severity worst, long count) {
        Label badge = new Label();
        badge.getStyleClass().add("badge");
        if (worst == null) {
            badge.setGraphic(Icon.CLEAN.node(14));
            badge.getStyleClass().add("clean");
            badge.setTooltip(new Tooltip("No warnings"));
        } else {
            badge.setGraphic((worst == Severity.ERROR ? Icon.ERROR : worst == Severity.WARNING ? Icon.WARNING : Icon.INFO).node(13));
            badge.setText(String.valueOf(count));
            badge.getStyleClass().add(worst.key());
            badge.setTooltip(new Tooltip(count + (count == 1 ? " finding" : " findings") + ", the worst: " + worst.key()));
        }
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    Level level() {
        return level;
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
