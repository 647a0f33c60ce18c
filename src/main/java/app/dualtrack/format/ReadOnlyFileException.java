package app.dualtrack.format;

import java.nio.file.AccessDeniedException;

/**
 * The file to be replaced is marked read-only (its owner has no write permission) or belongs to
 * someone this user may not write for. Saving would otherwise succeed, because the folder allows
 * replacing the file, and silently undo the read-only mark; so it is refused before anything is written.
 */
public final class ReadOnlyFileException extends AccessDeniedException {
    public ReadOnlyFileException(String file) {
        super(file, null, "the file is read-only");
    }
}
