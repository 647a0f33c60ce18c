package app.dualtrack.history;

import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.model.Ladder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code REV:PATH} operand as {@code git show} takes it ({@code HEAD~3:ladder.json},
 * {@code v2024:eng/ladder.ladder.json}): PATH is from the repository's top folder, or from the working
 * folder when it starts with {@code ./} or {@code ../}.
 */
public record RevisionPath(String revision, String path) {
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");

    /**
     * Reads an operand as REV:PATH, or empty when it is a plain file path: an existing file wins, and so
     * does a Windows drive letter, so "C:\ladders\a.ladder.json" is never taken for a revision "C".
     */
    public static Optional<RevisionPath> parse(String operand, Path workingFolder) {
        int colon = operand.indexOf(':');
        if (colon < 0 || WINDOWS_DRIVE.matcher(operand).matches() || isFile(workingFolder, operand)) {
            return Optional.empty();
        }
        return Optional.of(new RevisionPath(operand.substring(0, colon), operand.substring(colon + 1)));
    }

    private static boolean isFile(Path workingFolder, String operand) {
        try {
            return Files.exists(workingFolder.resolve(operand));
        } catch (java.nio.file.InvalidPathException e) {
            return false; // Windows: a colon cannot be in a file name, so this can only be REV:PATH
        }
    }

    /** Reads the ladder at this revision from the repository containing {@code workingFolder}. */
    public Ladder read(Path workingFolder) throws HistoryException, LadderFormatException {
        if (revision.isEmpty()) {
            throw new HistoryException("\"" + this + "\" names no revision before the colon; write e.g. HEAD:" + path + ".");
        }
        if (path.isEmpty()) {
            throw new HistoryException("\"" + this + "\" names no file after the colon; write e.g. " + revision + ":ladder.ladder.json.");
        }
        try (GitRepository repo = GitRepository.containing(workingFolder)) {
            String inRepo = path;
            if (path.startsWith("./") || path.startsWith("../")) {
                inRepo = repo.relativePath(workingFolder.resolve(path));
            }
            return LadderFiles.parse(repo.read(revision, inRepo), toString());
        }
    }

    @Override
    public String toString() {
        return revision + ":" + path;
    }
}
