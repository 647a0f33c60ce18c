package app.dualtrack.session;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.model.Ladder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One open ladder, whole and without any toolkit: the document with its undo history, its file and
 * what the file held when last read or saved, the rules file beside it, its live analysis and its
 * recovery copy. The window shows one at a time; opening another closes this one.
 *
 * <p>Every edit goes through {@link #document()}; the analysis and the recovery copy follow the
 * document by themselves, so no caller can forget to ask for either.
 */
public final class OpenLadder implements AutoCloseable {
    private final LadderDocument document;
    private final LadderFileSession files;
    private final LiveAnalysis analysis;
    private final Autosaver autosaver;
    private final Runnable analyseOnChange;

    private OpenLadder(Ladder ladder, LadderFileSession files, SessionContext context) {
        this.document = new LadderDocument(ladder, context.clock()::millis);
        this.files = files;
        this.analysis = new LiveAnalysis(context.background(), context.owner(), context.analysisDelayMillis(), context.clock());
        analysis.setAnalyzer(files.analyzer());
        Ladder[] requested = {ladder};
        analyseOnChange = () -> {
            // saving or marking unsaved also notifies; only a new snapshot needs a new report
            if (document.ladder() != requested[0]) {
                requested[0] = document.ladder();
                analysis.request(requested[0]);
            }
        };
        document.addListener(analyseOnChange);
        if (context.recovery() != null) {
            autosaver = new Autosaver(context.recovery(), context.background().deliveringOn(context.owner()),
                    context.background().asExecutor(), context.clock(), context.problems());
            autosaver.attach(document, files::file);
        } else {
            autosaver = null;
        }
        analysis.request(ladder);
    }

    /** A ladder with no file yet: a template, the built-in example. */
    public static OpenLadder untitled(Ladder ladder, SessionContext context) {
        return new OpenLadder(ladder, LadderFileSession.untitled(), context);
    }

    /** Reads a ladder file, with the rules file beside it; a refused file explains itself in the exception. */
    public static OpenLadder read(Path file, SessionContext context) throws LadderFormatException {
        Ladder ladder = LadderFiles.read(file);
        return new OpenLadder(ladder, LadderFileSession.of(file), context);
    }

    /**
     * A recovered copy whose file is gone or was never saved: unsaved from the start, saving puts it
     * (back) at {@code original}.
     */
    public static OpenLadder recovered(Ladder ladder, Path original, SessionContext context) {
        OpenLadder open = new OpenLadder(ladder, original == null ? LadderFileSession.untitled() : LadderFileSession.of(original), context);
        open.document.markUnsaved();
        return open;
    }

    public LadderDocument document() {
        return document;
    }

    public Ladder ladder() {
        return document.ladder();
    }

    /** The file this ladder is saved as, or null before its first save. */
    public Path file() {
        return files.file();
    }

    /** The file's name, or "Untitled". */
    public String name() {
        return file() == null ? "Untitled" : file().getFileName().toString();
    }

    public LiveAnalysis analysis() {
        return analysis;
    }

    public AnalysisReport report() {
        return analysis.report();
    }

    /** Why the rules file beside this ladder is not used, in one sentence; empty when it is used or absent. */
    public Optional<String> rulesProblem() {
        return files.rulesProblem();
    }

    /** The id of this ladder's recovery copy, or empty when none are kept. */
    public Optional<String> recoveryId() {
        return Optional.ofNullable(autosaver).map(Autosaver::id);
    }

    /**
     * Saves atomically to {@code target}; over its own file only if that still holds what was read or
     * last saved ({@link app.dualtrack.format.FileChangedException} otherwise). Saved under another name,
     * that name's rules file applies from now on.
     */
    public void save(Path target) throws IOException {
        Path before = files.file();
        files.save(document.ladder(), target);
        if (!target.equals(before)) {
            useRulesFile();
        }
        document.markSaved();
    }

    /** What happened to the file on disk since it was read or saved. */
    public LadderFileSession.DiskChange checkDisk() {
        return files.checkDisk();
    }

    /** The ladder the file holds now. */
    public Ladder readFromDisk() throws LadderFormatException {
        return files.readFromDisk();
    }

    /**
     * Takes the version on disk as an undoable edit, so the selection and undo history survive, and
     * reads the rules file beside it again (it may have changed with it).
     */
    public void reloadFrom(Ladder onDisk) {
        files.reloaded();
        useRulesFile();
        document.replaceAll(onDisk, "Reload from disk");
        document.markSaved();
    }

    /** The user keeps their version over a changed file: it is unsaved, and the change is not reported again. */
    public void keepMineOverDisk() {
        files.acceptDiskAsSeen();
        document.markUnsaved();
    }

    /** The file was moved or deleted: the ladder stays open, unsaved, and saving puts the file back. */
    public void fileVanished() {
        files.forgetDisk();
        document.markUnsaved();
    }

    private void useRulesFile() {
        analysis.setAnalyzer(files.analyzer());
        analysis.request(document.ladder());
    }

    /** A clean close: nothing more is analysed and the recovery copy is removed. */
    @Override
    public void close() {
        document.removeListener(analyseOnChange);
        analysis.stop();
        if (autosaver != null) {
            autosaver.detach();
        }
    }
}
