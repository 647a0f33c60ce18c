package app.dualtrack.ui;

import app.dualtrack.analysis.Analyzer;
import app.dualtrack.analysis.Finding;
import app.dualtrack.analysis.FindingField;
import app.dualtrack.analysis.FindingLocation;
import app.dualtrack.analysis.RuleCatalog;
import app.dualtrack.analysis.RuleInfo;
import app.dualtrack.analysis.RuleOverrides;
import app.dualtrack.analysis.Severity;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Growth;
import app.dualtrack.model.Track;
import app.dualtrack.ui.actions.AppAction;
import app.dualtrack.ui.main.MainViewModel;
import app.dualtrack.ui.main.Template;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor defects of issue 13, each driven through the real window. */
@ExtendWith(ApplicationExtension.class)
class EditorDefectsTest {
    private static final String STAFF_FIRST = "Drives alignment across multiple teams.";
    private DualtrackApp app;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws java.io.IOException {
        app = AppUnderTest.start(stage);
    }

    private MainViewModel vm() {
        return app.viewModel();
    }

    private void openFlawedSample(FxRobot robot) throws Exception {
        AppUnderTest.openFlawedExample(robot, vm(), dir);
    }

    private String staffFirst() {
        return vm().ladder().level("staff").orElseThrow().primary().get(0).text();
    }

    @Test
    void ctrlZInABehaviourUndoesThroughTheWindowsOneHistory(FxRobot robot) throws Exception {
        openFlawedSample(robot);
        robot.clickOn("#card-staff");
        robot.clickOn("#primary-0");
        robot.press(KeyCode.END).release(KeyCode.END);
        robot.write(" Now");
        assertThat(staffFirst()).isEqualTo(STAFF_FIRST + " Now");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(staffFirst()).isEqualTo(STAFF_FIRST);
        assertThat(app.view().inspector().behaviour(BehaviourKind.PRIMARY, 0).text()).isEqualTo(STAFF_FIRST);
        assertThat(vm().editor().canRedoProperty().get()).isTrue();
        assertThat(vm().editor().document().isDirty()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL); // nothing more to undo: nothing changes
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(staffFirst()).isEqualTo(STAFF_FIRST);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(staffFirst()).isEqualTo(STAFF_FIRST + " Now");
        assertThat(app.view().inspector().behaviour(BehaviourKind.PRIMARY, 0).text()).isEqualTo(STAFF_FIRST + " Now");
    }

    @Test
    void theInspectorShowsANewPeerAndAnUndoneGrowthTickAtOnce(FxRobot robot) throws Exception {
        openFlawedSample(robot);
        robot.clickOn("#card-staff");
        robot.interact(() -> vm().editor().unpairSelected());
        @SuppressWarnings("unchecked")
        ComboBox<String> peer = robot.lookup("#inspector-peer").queryAs(ComboBox.class);
        assertThat(peer.getValue()).isNull();
        String manager = vm().ladder().management().get(1).id();
        robot.interact(() -> vm().editor().pair("staff", manager));
        assertThat(peer.getValue()).isEqualTo(manager);
        assertThat(peer.getConverter().toString(peer.getValue())).contains(vm().ladder().level(manager).orElseThrow().title());

        CheckBox depth = robot.lookup("#growth-depth").queryAs(CheckBox.class);
        boolean was = depth.isSelected();
        robot.interact(() -> depth.setSelected(!was));
        assertThat(vm().ladder().level("staff").orElseThrow().growth().contains(Growth.DEPTH)).isEqualTo(!was);
        robot.interact(() -> vm().editor().undo());
        assertThat(depth.isSelected()).isEqualTo(was);
    }

    @Test
    void aFindingOnThePeerTheGrowthOrThePayBandSelectsItsControl(FxRobot robot) throws Exception {
        openFlawedSample(robot);
        robot.clickOn("#card-staff");
        // one finding of each kind the analysis makes on these fields, as the warnings pane hands them to the inspector
        var onFields = List.of(
                new Finding("structure/unpaired-level", Severity.WARNING, FindingLocation.level("staff", FindingField.PEER), "No peer.", ""),
                new Finding("structure/top-growth-is-scope", Severity.WARNING, FindingLocation.level("staff", FindingField.GROWTH), "Scope only.", ""),
                new Finding("parity/band", Severity.WARNING, FindingLocation.level("staff", FindingField.BAND), "Band stops low.", ""));
        for (Finding f : onFields) {
            robot.interact(() -> { // as the warnings pane does with a clicked finding
                vm().editor().selectedLevelIdProperty().set(f.level());
                app.view().inspector().focus(f);
            });
            WaitForAsyncUtils.waitForFxEvents();
            Node control = app.view().inspector().controlFor(f.field());
            assertThat(control).as("the inspector's control for " + f.field() + " with " + vm().editor().selectedLevelIdProperty().get() + " selected").isNotNull();
            assertThat(control.isFocused()).as("a finding on " + f.field() + " puts the focus on " + control).isTrue();
        }
    }

    @Test
    void aThreeLineBehaviourShowsItsLastLineWhole(FxRobot robot) throws Exception {
        openFlawedSample(robot);
        robot.clickOn("#card-staff");
        String longText = "Owns the architecture of the event pipeline that four product teams build on, "
                + "writes the design documents they follow, and reviews every change that touches its guarantees of ordering and delivery.";
        robot.interact(() -> app.view().inspector().behaviour(BehaviourKind.PRIMARY, 0).replaceAll(longText));
        // the editor takes its height from the lines RichTextFX lays out, a pulse or two after the text changes (and
        // again when the new analysis arrives); the last line must end up whole, however many pulses that takes
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> app.view().inspector().behaviour(BehaviourKind.PRIMARY, 0).showsAllLines()).get());
        assertThat(app.view().inspector().behaviour(BehaviourKind.PRIMARY, 0).showsAllLines()).isTrue();
    }

    @Test
    void theTwoTracksAreDrawnEquallyWide(FxRobot robot) {
        robot.interact(() -> vm().showUntitled(Template.SCALE_UP.load()));
        WaitForAsyncUtils.waitForFxEvents();
        List<Region> technical = robot.lookup(".level-card.technical").queryAllAs(Region.class).stream().toList();
        List<Region> management = robot.lookup(".level-card.management").queryAllAs(Region.class).stream().toList();
        assertThat(technical).isNotEmpty();
        assertThat(management).isNotEmpty();
        assertThat(technical.get(0).getWidth()).isCloseTo(management.get(0).getWidth(), org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void levelCommandsAreDisabledWithNothingSelected(FxRobot robot) throws Exception {
        openFlawedSample(robot);
        robot.interact(() -> vm().editor().selectedLevelIdProperty().set(null));
        for (AppAction a : List.of(AppAction.DELETE, AppAction.DUPLICATE, AppAction.PAIR, AppAction.MOVE_UP)) {
            assertThat(robot.lookup("#tool-" + a.name().toLowerCase()).queryAs(Button.class).isDisabled()).as(a.name()).isTrue();
            assertThat(app.view().commands().get(a).isExecutable()).isFalse();
        }
        robot.clickOn("#card-staff");
        assertThat(robot.lookup("#tool-delete").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void untilItsFirstAnalysisALadderIsNotSaidToHaveNothingToFix(FxRobot robot) throws Exception {
        String[] status = new String[1];
        boolean[] checking = new boolean[1];
        robot.interact(() -> {
            vm().showUntitled(Template.SCALE_UP.load());
            // the analysis runs later (debounced, on its own thread): the window must not claim a clean ladder meanwhile
            status[0] = robot.lookup("#status-counts").queryAs(Label.class).getText();
            checking[0] = robot.lookup("#warnings-checking").tryQuery().isPresent();
        });
        assertThat(status[0]).isEqualTo("Checking the ladder…");
        assertThat(checking[0]).isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm().editor().analysisProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getText()).contains("errors").contains("warnings");
        assertThat(robot.lookup("#warnings-checking").tryQuery()).isEmpty();
    }

    @Test
    void aLadderWhoseFirstAnalysisFindsNothingShowsItsCardsAsChecked(FxRobot robot) throws Exception {
        var ladder = Template.SCALE_UP.load();
        robot.interact(() -> {
            vm().showUntitled(ladder);
            var everyRuleOff = new RuleOverrides(java.util.Map.of(),
                    RuleCatalog.builtIn().all().stream().map(RuleInfo::id).collect(java.util.stream.Collectors.toSet()),
                    java.util.Map.of(), java.util.Map.of(), java.util.Set.of());
            vm().editor().openLadder().analysis().setAnalyzer(Analyzer.withOverrides(everyRuleOff));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm().editor().analysisProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().editor().reportProperty().get().findings()).isEmpty();
        for (var level : ladder.allLevels()) {
            assertThat(robot.lookup("#card-" + level.id() + " .badge").queryAs(Label.class).getStyleClass())
                    .as(level.id()).contains("clean").doesNotContain("not-analysed");
        }
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getText()).isEqualTo("No warnings");
    }

    @Test
    void aNewLevelSaysNotYetAnalysedUntilItsFirstAnalysis(FxRobot robot) throws Exception {
        openFlawedSample(robot);
        String[] id = new String[1];
        List<String> styles = new java.util.ArrayList<>();
        robot.interact(() -> {
            id[0] = vm().editor().addLevel(Track.TECHNICAL);
            // the card is drawn at once; the analysis comes later (debounced, on its own thread)
            styles.addAll(robot.lookup("#card-" + id[0] + " .badge").queryAs(Label.class).getStyleClass());
        });
        assertThat(styles).contains("not-analysed").doesNotContain("clean");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm().editor().isAnalysed(id[0]));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#card-" + id[0] + " .badge").queryAs(Label.class).getStyleClass()).doesNotContain("not-analysed");
    }

    @Test
    void findMarksMatchingCardsAndEnterSelectsThem(FxRobot robot) throws Exception {
        openFlawedSample(robot);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        var f = app.view().findBar().field();
        assertThat(f.isFocused()).as("focus owner " + f.getScene().getFocusOwner() + " visible " + f.isVisible() + " in " + f.getScene()
                + " executable " + app.view().commands().get(AppAction.FIND).isExecutable()).isTrue();
        robot.write("alignment");
        assertThat(app.view().findBar().matches()).as(app.view().findBar().field().getText()).contains("staff");
        assertThat(robot.lookup("#card-staff").query().getStyleClass()).contains("find-match");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(vm().editor().selectedLevelIdProperty().get()).isEqualTo(app.view().findBar().matches().get(0));
    }

    @Test
    void zoomToFitShowsTheWholeLadderAndCtrlPlusZoomsIn(FxRobot robot) {
        robot.interact(() -> vm().showUntitled(Template.SCALE_UP.load()));
        var ladder = app.view().ladderView();
        robot.interact(() -> app.view().commands().execute(AppAction.ZOOM_FIT));
        WaitForAsyncUtils.waitForFxEvents();
        double shown = ladder.getContent().getBoundsInParent().getHeight();
        assertThat(shown).isLessThanOrEqualTo(ladder.getViewportBounds().getHeight() + 1);
        double fitted = ladder.zoomProperty().get();
        robot.interact(() -> app.view().commands().execute(AppAction.ZOOM_IN));
        assertThat(ladder.zoomProperty().get()).isGreaterThan(fitted);
        robot.interact(() -> ladder.zoomProperty().set(1));
        assertThat(robot.lookup("#status-zoom").queryAs(Label.class).getText()).isEqualTo("100 %");
    }
}
