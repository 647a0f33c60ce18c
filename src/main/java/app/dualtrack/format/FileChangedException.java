package app.dualtrack.format;

import java.nio.file.FileSystemException;

/**
 * The file on disk is no longer what the caller read: another program saved it, or deleted it,
 * while this one was preparing its own version. Nothing was replaced.
 */
public final class FileChangedException extends FileSystemException {
    private final boolean deleted;

    public FileChangedException(String file, boolean deleted) {
        super(file, null, deleted ? "the file was deleted since it was read" : "the file changed on disk since it was read");
        this.deleted = deleted;
    }

    /** True when the file is gone rather than changed. */
    public boolean deleted() {
        return deleted;
    }
}
