package app.dualtrack.outcomes;

/** A row of the records file that was left out of the analysis, and why. */
public record RecordProblem(String source, int line, String message) {
    /** {@code FILE:LINE: what is wrong}, the form every Dualtrack message about a file takes. */
    public String describe() {
        return source + ":" + line + ": " + message;
    }
}
