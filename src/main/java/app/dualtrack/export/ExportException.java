package app.dualtrack.export;

/** An export that could not be written; the message is for the user. */
public class ExportException extends Exception {
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
