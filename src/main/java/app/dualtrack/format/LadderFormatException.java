package app.dualtrack.format;

import java.nio.file.Path;

/**
 * A ladder file that cannot be read or written, with a message in the user's words. The message
 * from {@link #getMessage()} is complete: it names the file, the line and column where known, and
 * what is wrong. Callers show it as it is and never a stack trace.
 */
public class LadderFormatException extends Exception {
    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param source the file name as the user knows it (or "&lt;input&gt;")
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param problem what is wrong, in plain words, without the location
     */
    public LadderFormatException(String source, int line, int column, String problem) {
        this(source, line, column, FileNames.escape(problem), true);
    }

    /** {@code problem} may quote the file's own text, which may hold a line break: escaped, the message stays one line. */
    private LadderFormatException(String source, int line, int column, String escapedProblem, boolean escaped) {
        super(format(source, line, column, escapedProblem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = escapedProblem;
    }

    public LadderFormatException(Path file, int line, int column, String problem) {
        this(file.toString(), line, column, problem);
    }

    private static String format(String source, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(problem).toString();
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What is wrong, without the location prefix. */
    public String problem() {
        return problem;
    }
}
