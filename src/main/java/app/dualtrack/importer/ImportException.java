package app.dualtrack.importer;

/** A source that cannot be imported; the message is one sentence naming the file and, where known, the line or row. */
public final class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(Where where, String what) {
        super(where + ": " + what);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
