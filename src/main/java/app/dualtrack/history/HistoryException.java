package app.dualtrack.history;

/**
 * A request about versions in git that cannot be answered: not a repository, an unknown revision, a
 * path not in that revision, a shallow clone. The message is one sentence a user can act on.
 */
public final class HistoryException extends Exception {
    public HistoryException(String message) {
        super(message);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
