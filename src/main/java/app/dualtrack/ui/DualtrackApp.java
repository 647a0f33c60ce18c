package app.dualtrack.ui;

import app.dualtrack.format.LadderFormatException;
import app.dualtrack.format.LadderReader;
import app.dualtrack.model.Ladder;
import app.dualtrack.ui.actions.AppAction;
import app.dualtrack.analysis.AnnotationStore;
import app.dualtrack.session.AnnotationFile;
import app.dualtrack.session.GatedScheduler;
import app.dualtrack.session.RecoveryStore;
import app.dualtrack.session.Scheduler;
import app.dualtrack.session.SessionContext;
import app.dualtrack.ui.dialog.FxDialogService;
import app.dualtrack.ui.main.MainView;
import app.dualtrack.ui.main.MainViewModel;
import app.dualtrack.ui.prefs.AppPreferences;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.LoggerFactory;

/** The JavaFX application: the main window with the built-in example, or the files it was given. */
public class DualtrackApp extends Application {
    /** How long typing pauses before the warnings are recomputed. */
    private static final long ANALYSIS_DEBOUNCE_MILLIS = 150;

    private MainViewModel viewModel;
    private MainView view;
    private ScheduledExecutorService analysisThread;
    private RecoveryStore recovery;
    /** The language annotations kept in the cache folder (as lint keeps them), once read; null until then. */
    private final java.util.concurrent.atomic.AtomicReference<AnnotationStore> annotations = new java.util.concurrent.atomic.AtomicReference<>();
    private final Path annotationFile = AnnotationFile.ofThisBuild().orElse(null);

    public static void launchWith(String[] args) {
        StartupProbe.mark("launcher");
        EarlyStart.begin();
        Application.launch(DualtrackApp.class, args);
    }

    /** The built-in example ladder shipped in the jar (read ahead while the toolkit starts, see EarlyStart). */
    public static Ladder exampleLadder() {
        return EarlyStart.exampleLadder();
    }

    static Ladder readExampleLadder() {
        try (InputStream in = DualtrackApp.class.getResourceAsStream("/app/dualtrack/examples/example.ladder.json")) {
            return LadderReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "example.ladder.json");
        } catch (IOException | LadderFormatException e) {
            throw new IllegalStateException("the built-in example is broken", e);
        }
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("toolkit started");
        AppPreferences prefs = AppPreferences.user();
        analysisThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dualtrack-analysis");
            t.setDaemon(true);
            return t;
        });
        FxDialogService dialogs = new FxDialogService(stage);
        installProblemHandler(dialogs);
        recovery = new RecoveryStore(recoveryRoot(), ProcessHandle.current().pid());
        // background work on one thread; documents belong to the FX thread, which gets the reports and takes the autosave snapshots.
        // It waits for the first frame (the first analysis reads the language models, which on two cores delayed the frame by a
        // fifth), or three seconds should the frame not come.
        Scheduler analysisTimer = Scheduler.of(analysisThread);
        GatedScheduler background = new GatedScheduler(analysisTimer, () -> System.nanoTime() / 1_000_000);
        FirstFrame.whenPainted(stage, background::open);
        analysisTimer.schedule(() -> Platform.runLater(background::open), 3_000);
        if (annotationFile != null) {
            // first in line: the first analysis then needs no language model for the sentences read before
            background.schedule(() -> annotations.set(AnnotationFile.open(annotationFile)), 0);
        }
        SessionContext context = new SessionContext(background, Platform::runLater, ANALYSIS_DEBOUNCE_MILLIS,
                Clock.systemDefaultZone(), recovery, message -> Platform.runLater(() -> dialogs.showError("Autosave failed", message)));
        viewModel = new MainViewModel(dialogs, prefs, context);
        Map<AppAction, Runnable> extra = new EnumMap<>(AppAction.class);
        Features.register(extra, stage, viewModel, dialogs, getHostServices());
        var history = app.dualtrack.ui.history.HistoryFeature.register(extra, stage, viewModel.editor(), dialogs);
        app.dualtrack.ui.outcomes.LadderInUseMenu.register(extra, viewModel.editor()::ladder,
                () -> viewModel.editor().file(), () -> stage,
                () -> stage.getScene().getStylesheets(), () -> stage.getScene().getRoot().getStyleClass().contains("dark"));
        viewModel.setCompareWithDisk((onDisk, mine) -> app.dualtrack.ui.compare.CompareWindow.show(stage, onDisk, "on disk", mine, "yours",
                stage.getScene().getStylesheets(), stage.getScene().getRoot().getStyleClass().contains("dark")));
        String theme = System.getProperty("dualtrack.theme");
        boolean dark = theme == null ? prefs.darkTheme() : theme.equals("dark");
        applyTheme(dark);
        StartupProbe.mark("view model and theme");

        viewModel.showUntitled(exampleLadder());
        StartupProbe.mark("example shown in the view model");
        view = new MainView(viewModel, d -> {
            applyTheme(d);
            prefs.setDarkTheme(d);
            setDark(stage.getScene(), d);
        }, dark, extra);
        StartupProbe.mark("main view built");
        history.annotate(view.inspector());
        dialogs.setNews(view::showNews);
        viewModel.editor().setClipboard(new app.dualtrack.ui.document.LevelClipboard.Access() {
            @Override
            public void putText(String text) {
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.putString(text);
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            }

            @Override
            public java.util.Optional<String> text() {
                return java.util.Optional.ofNullable(javafx.scene.input.Clipboard.getSystemClipboard().getString());
            }
        });
        Scene scene = new Scene(view, 1440, 900);
        scene.getStylesheets().add(DualtrackApp.class.getResource("/app/dualtrack/ui/dualtrack.css").toExternalForm());
        applyTextSize(scene, prefs.textSize());
        view.textSizeProperty().set(prefs.textSize());
        view.textSizeProperty().addListener((o, a, size) -> {
            applyTextSize(scene, size);
            prefs.setTextSize(size);
        });
        setDark(scene, dark);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        restoreBounds(stage, prefs);
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                Platform.runLater(viewModel::checkDisk);
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!viewModel.confirmDiscardChanges()) {
                e.consume();
                return;
            }
            keepAnnotations(viewModel.ladder());
            viewModel.openLadder().close(); // a clean close: its recovery copy goes
            prefs.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            stage.close();
        });
        // Decoding seven icon sizes (about 40 ms) is not needed for the first frame: they are decoded in the background once it
        // is painted, and the window manager takes them a moment later (a failure is logged; the window keeps the default icon).
        FirstFrame.whenPainted(stage, () -> app.dualtrack.ui.tasks.Background.fx()
                .run("Reading the window icons", DualtrackApp::icons, stage.getIcons()::addAll, e -> { }));
        StartupProbe.installIfRequested(stage, viewModel.editor().analysisProperty());
        StartupProbe.mark("stage about to show");
        stage.show();
        StartupProbe.mark("stage shown");
        view.ladderView().requestFocus(); // start on the ladder, not in the search field
        openArguments(getParameters() == null ? List.of() : getParameters().getRaw());
        Platform.runLater(() -> viewModel.offerRecovery(recovery));
    }

    /**
     * A bug must not look like a crash or lose work: an unexpected exception is reported in one
     * sentence (the unsaved ladder stays open and its recovery copy is kept) instead of a stack trace.
     */
    private static void installProblemHandler(FxDialogService dialogs) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LoggerFactory.getLogger(DualtrackApp.class).error("Unexpected problem on thread {}", thread.getName(), e);
            Runnable tell = () -> dialogs.showError("Something went wrong",
                    "Dualtrack hit an unexpected problem (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Your ladder is still open and a recovery copy "
                            + "of unsaved changes is kept; save your work, and please report what you were doing.");
            if (Platform.isFxApplicationThread()) {
                tell.run();
            } else {
                Platform.runLater(tell);
            }
        });
    }

    /** The recovery folder; tests and several profiles can point it elsewhere with -Ddualtrack.recovery.dir. */
    static Path recoveryRoot() {
        String configured = System.getProperty("dualtrack.recovery.dir");
        return configured != null ? Path.of(configured) : RecoveryStore.defaultRoot();
    }

    /** What a crash leaves behind, for tests: background work stopped, the window gone, its recovery copy kept. */
    void simulateCrash() {
        analysisThread.shutdownNow();
        recovery.release();
    }

    private void openArguments(List<String> args) {
        for (String a : args) {
            viewModel.openFile(Path.of(a)); // a missing or broken file is explained in a dialog; the example stays open
        }
    }

    /** The view model, for tests driving the window. */
    public MainViewModel viewModel() {
        return viewModel;
    }

    public MainView view() {
        return view;
    }

    @Override
    public void stop() {
        if (analysisThread != null) {
            analysisThread.shutdownNow();
        }
        if (recovery != null) {
            recovery.release();
        }
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    /**
     * Sizes the window's text from the platform's default font size (JavaFX's Font.getDefault(): the
     * system's message font on Windows, 13 on macOS and Linux, -Dcom.sun.javafx.fontSize anywhere) times
     * the chosen share. The stylesheets size everything else in em, so the whole window follows.
     */
    private static void applyTextSize(Scene scene, app.dualtrack.ui.prefs.TextSize size) {
        scene.getStylesheets().removeIf(s -> s.startsWith("data:text/css"));
        scene.getStylesheets().add(size.stylesheet(javafx.scene.text.Font.getDefault().getSize()));
    }

    private static void setDark(Scene scene, boolean dark) {
        if (scene == null) {
            return;
        }
        scene.getRoot().getStyleClass().remove("dark");
        if (dark) {
            scene.getRoot().getStyleClass().add("dark");
        }
    }

    /** Keeps the annotations of the ladder's sentences for the next start; only a cache, so a failure is noted and forgotten. */
    private void keepAnnotations(app.dualtrack.model.Ladder ladder) {
        AnnotationStore store = annotations.get();
        if (store == null || annotationFile == null || ladder == null) {
            return;
        }
        try {
            AnnotationFile.save(store, annotationFile, AnnotationFile.sentencesOf(ladder));
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(DualtrackApp.class).info("The language annotations could not be kept in {}: {}", annotationFile, e.toString());
        }
    }

    private static List<Image> icons() {
        List<Image> icons = new java.util.ArrayList<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            try (InputStream in = DualtrackApp.class.getResourceAsStream("/app/dualtrack/icons/dualtrack-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (IOException e) {
                LoggerFactory.getLogger(DualtrackApp.class).warn("The window icon of {} pixels could not be read", size, e);
            }
        }
        return icons;
    }

    private static void restoreBounds(Stage stage, AppPreferences prefs) {
        double[] b = prefs.windowBounds();
        if (b == null) {
            return;
        }
        boolean visible = Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(new Rectangle2D(b[0], b[1], b[2], b[3])));
        if (visible) {
            stage.setX(b[0]);
            stage.setY(b[1]);
            stage.setWidth(Math.max(960, b[2]));
            stage.setHeight(Math.max(640, b[3]));
        }
    }
}
