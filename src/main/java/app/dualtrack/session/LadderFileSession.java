package app.dualtrack.session;

import app.dualtrack.analysis.Analyzer;
import app.dualtrack.analysis.RuleOverrides;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.model.Ladder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file side of one open ladder, without any toolkit: which file it is, what that file held when
 * last read or saved (to notice changes underneath), and the rules file that tunes its analysis.
 * The window and the command line read rules files the same way through {@link RulesFiles}.
 */
public final class LadderFileSession {
    /** What happened to the file on disk since it was read or saved. */
    public enum DiskChange { UNCHANGED, CHANGED, VANISHED, NO_FILE }

    private Path file;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LadderFileSession.class);

    private DiskState disk;
    private RuleOverrides rules = RuleOverrides.NONE;
    private String rulesProblem;

    private LadderFileSession(Path file) {
        this.file = file;
        if (file != null) {
            disk = DiskState.of(file);
            loadRules();
        }
    }

    /** A ladder that has no file yet (a template, the example). */
    public static LadderFileSession untitled() {
        return new LadderFileSession(null);
    }

    /** A ladder just read from {@code file} (or restored as that file's unsaved version). */
    public static LadderFileSession of(Path file) {
        return new LadderFileSession(file);
    }

    public Path file() {
        return file;
    }

    /** The analyzer for this ladder: the standard rules tuned by its rules file, if it has a usable one. */
    public Analyzer analyzer() {
        return Analyzer.withOverrides(rules);
    }

    /** Why the rules file beside the ladder is not used, in one sentence; empty when it is used or absent. */
    public Optional<String> rulesProblem() {
        return Optional.ofNullable(rulesProblem);
    }

    private void loadRules() {
        rules = RuleOverrides.NONE;
        rulesProblem = null;
        try {
            rules = RulesFiles.forLadder(file);
        } catch (RuleOverrides.InvalidRulesException e) {
            rulesProblem = e.getMessage();
        }
    }

    /** Compares the file with what it held when last read or saved; content decides. */
    public DiskChange checkDisk() {
        if (file == null || disk == null) {
            return DiskChange.NO_FILE;
        }
        return switch (disk.check()) {
            case UNCHANGED -> DiskChange.UNCHANGED;
            case CHANGED -> DiskChange.CHANGED;
            case VANISHED -> DiskChange.VANISHED;
        };
    }

    /** The ladder the file holds now. */
    public Ladder readFromDisk() throws LadderFormatException {
        return LadderFiles.read(file);
    }

    /** The file was read again: it is the new baseline, and its rules file is read again too. */
    public void reloaded() {
        disk = DiskState.of(file);
        loadRules();
    }

    /** The user keeps their version over a changed file: the change is not reported again until the next one. */
    public void acceptDiskAsSeen() {
        disk = DiskState.of(file);
    }

    /** The file is gone; saving puts it back, until then there is nothing to watch. */
    public void forgetDisk() {
        disk = null;
    }

    /**
     * Writes the ladder atomically; from now on it is this session's file and baseline. Saving over
     * this session's own file replaces it only if it is still what was read or last saved, so
     * another program's save in the meantime is never lost ({@link app.dualtrack.format.FileChangedException}).
     */
    public void save(Ladder ladder, Path target) throws IOException {
        boolean sameFile = target.equals(file) && disk != null && disk.file().equals(target) && disk.sha256().length > 0;
        LadderFiles.save(ladder, target, sameFile ? disk.sha256() : null);
        LOG.info("Saved {}", target);
        boolean moved = !target.equals(file);
        file = target;
        disk = DiskState.of(target);
        if (moved) {
            loadRules();
        }
    }
}
