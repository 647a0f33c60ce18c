package app.dualtrack.ui.history;

import app.dualtrack.format.LadderFormatException;
import app.dualtrack.history.BehaviourBlame;
import app.dualtrack.history.HistoryException;
import app.dualtrack.history.LadderHistory;
import app.dualtrack.history.LadderVersion;
import app.dualtrack.history.VersionChange;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The History panel's state: the versions of the open ladder in git with their one-line summaries,
 * which two ladders a selection compares, and when a behaviour last changed. Git is read on the
 * background executor; results arrive on the UI executor. Testable without a screen.
 */
public final class HistoryViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryViewModel.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One line of the list. */
    public record Row(LadderVersion version, String date, String author, String message, String summary) {
        public String label() {
            return version.uncommitted() ? "working copy on disk" : version.shortId() + " (" + date.substring(0, 10) + ")";
        }
    }

    /** Two ladders to open in the compare view, older first. */
    public record Comparison(Ladder before, String beforeLabel, Ladder after, String afterLabel) {
    }

    private final Executor background;
    private final Executor ui;
    private final Clock clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** The loaded history (background thread's; replaced, never mutated from the UI thread). */
    private volatile Loaded loaded;
    private int generation;
    private Path shownFile;

    /** What a history was read for: the file, its modification time and the commit HEAD named then. */
    private record Loaded(Path file, long modified, String head, LadderHistory history) {
    }

    /** @param tasks git work runs there one job at a time, results come back on its ui thread */
    public HistoryViewModel(app.dualtrack.ui.tasks.Background tasks, Clock clock) {
        Executor background = tasks.serial().work();
        Executor ui = tasks.ui();
        this.background = background;
        this.ui = ui;
        this.clock = clock;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** "6 versions", "Reading the history…", or why there is no history (one sentence). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reads the history of {@code file} (null: a ladder never saved) and fills the list. */
    public void load(Path file) {
        int mine = ++generation;
        if (!java.util.Objects.equals(file, shownFile)) {
            rows.clear(); // another ladder: its rows must not show under this one's name; the same one keeps its rows until the new ones arrive
        }
        shownFile = file;
        if (file == null) {
            status.set("This ladder has not been saved yet, so it has no history in git.");
            return;
        }
        if (rows.isEmpty()) {
            status.set("Reading the history of " + file.getFileName() + "…");
        }
        LocalDate today = LocalDate.now(clock);
        background.execute(() -> {
            try {
                LadderHistory h = current(file);
                String text = h.versions().size() + (h.versions().size() == 1 ? " version" : " versions")
                        + (h.shallow() ? " (a shallow clone: older commits were not fetched)" : "");
                // The list first (a walk of the commits is quick), then what each version changed (a comparison each).
                List<Row> bare = h.versions().stream().map(v -> new Row(v, v.when().format(DATE), v.uncommitted() ? "" : v.author(), v.message(), "…")).toList();
                ui.execute(() -> {
                    if (mine == generation) {
                        rows.setAll(bare);
                        status.set(text);
                    }
                });
                List<Row> list = h.changes(today).stream().map(HistoryViewModel::row).toList();
                ui.execute(() -> {
                    if (mine == generation) {
                        rows.setAll(list);
                        status.set(text);
                    }
                });
            } catch (HistoryException e) {
                ui.execute(() -> {
                    if (mine == generation) {
                        status.set(e.getMessage());
                    }
                });
            } catch (RuntimeException e) {
                LOG.error("Reading the history of {} failed", file, e);
                ui.execute(() -> status.set("The history of " + file.getFileName() + " cannot be read: " + e.getMessage()));
            }
        });
    }

    private static Row row(VersionChange c) {
        LadderVersion v = c.version();
        return new Row(v, v.when().format(DATE), v.uncommitted() ? "" : v.author(), v.message(), c.summary());
    }

    /**
     * The comparison a selection asks for: one version against the ladder in the editor (the working copy,
     * saved or not), or two versions with each other, older first. Empty for no selection or an unreadable version.
     */
    public Optional<Comparison> compare(List<Row> selected, Ladder editor, Consumer<String> problem) {
        Loaded l = loaded;
        if (l == null || selected.isEmpty() || selected.size() > 2) {
            return Optional.empty();
        }
        try {
            if (selected.size() == 1) {
                Row r = selected.get(0);
                return Optional.of(new Comparison(l.history().ladder(r.version()), r.label(), editor, "this ladder (as in the editor)"));
            }
            List<Row> byAge = selected.stream().sorted(Comparator.comparingInt((Row r) -> l.history().versions().indexOf(r.version())).reversed()).toList();
            Row older = byAge.get(0);
            Row newer = byAge.get(1);
            return Optional.of(new Comparison(l.history().ladder(older.version()), older.label(), l.history().ladder(newer.version()), newer.label()));
        } catch (LadderFormatException e) {
            problem.accept(e.getMessage());
            return Optional.empty();
        }
    }

    /** What one version changed: the version before it against it. Empty for the first version. */
    public Optional<Comparison> changesIn(Row row, Consumer<String> problem) {
        Loaded l = loaded;
        if (l == null) {
            return Optional.empty();
        }
        LadderVersion before = l.history().previous(row.version());
        if (before == null) {
            problem.accept("This is the first version of the ladder in git: there is nothing before it to compare with.");
            return Optional.empty();
        }
        try {
            String beforeLabel = rows.stream().filter(r -> r.version().equals(before)).map(Row::label).findFirst().orElse(before.shortId());
            return Optional.of(new Comparison(l.history().ladder(before), beforeLabel, l.history().ladder(row.version()), row.label()));
        } catch (LadderFormatException e) {
            problem.accept(e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Says when a behaviour of the saved file last changed ("Last changed 2026-02-10 by Bob Baker in
     * 1a2b3c4 “Sharpen the staff bar” (rewritten)"), on the UI executor; says nothing when the file is
     * not in git. A behaviour that is not in the saved file yet is "Not saved yet".
     */
    public void blame(Path file, String levelId, BehaviourKind kind, String text, Consumer<String> show) {
        if (file == null) {
            return;
        }
        background.execute(() -> {
            try {
                LadderHistory h = current(file);
                Optional<BehaviourBlame> b = h.blame(levelId, kind, text);
                String line = b.map(BehaviourBlame::describe).orElse("Not saved yet: this wording is not in the saved file.");
                ui.execute(() -> show.accept(line));
            } catch (HistoryException e) {
                LOG.debug("No blame for {}: {}", file, e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("Blame in {} failed", file, e);
            }
        });
    }

    /** The history for the file as it is now on disk and in git, read again only when one of them changed. */
    private LadderHistory current(Path file) throws HistoryException {
        long modified = modified(file);
        Loaded l = loaded;
        String head = l != null && l.file().equals(file) ? headOf(l.history()) : null;
        if (l != null && l.file().equals(file) && l.modified() == modified && java.util.Objects.equals(l.head(), head)) {
            return l.history();
        }
        LadderHistory h = LadderHistory.of(file);
        loaded = new Loaded(file, modified, headOf(h), h);
        if (l != null) {
            l.history().close();
        }
        return h;
    }

    private static String headOf(LadderHistory h) {
        try {
            var id = h.repository().jgit().exactRef("HEAD");
            return id == null || id.getObjectId() == null ? null : id.getObjectId().name();
        } catch (IOException e) {
            LOG.debug("Cannot read HEAD", e);
            return null;
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Releases the repository. */
    public void dispose() {
        Loaded l = loaded;
        loaded = null;
        if (l != null) {
            l.history().close();
        }
    }
}
