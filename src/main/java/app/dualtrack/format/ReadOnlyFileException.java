package app.dualtrack.format;

import java.nio.file.AccessDeniedException;

/**
 * The file to be replaced is marked read-only (its owner has no write permission) or belongs to
 * someone this user may not write for. Saving would otherwise succeed, because the folder allows
 * replacing the file, and silently undo the read-only mark; so it is refused before anything is written.
 */
public final class ReadOnlyFileException extends AccessDeniedException {
    private final String owner;

    /** @param owner who owns the file when it is not marked read-only but not this user's to write; null when marked read-only */
    public ReadOnlyFileException(String file, String owner) {
        super(file, null, "the file is read-only");
        this.owner = owner;
    }

    /** The owner of a file this user may not write although it is not marked read-only, or null. */
    public String owner() {
        return owner;
    }
}
