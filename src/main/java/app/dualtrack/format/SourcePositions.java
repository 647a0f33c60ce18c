package app.dualtrack.format;

import com.fasterxml.jackson.core.JsonFactory;

import java.util.Optional;

/**
 * Where the values of a ladder file's text start, by JSON Pointer, for tools that point at lines
 * (SARIF for code-scanning). Lines and columns count from 1.
 */
public final class SourcePositions {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** A line and column in the file (1-based). */
    public record Position(int line, int column) {
    }

    private final LocationIndex index;

    private SourcePositions(LocationIndex index) {
        this.index = index;
    }

    /** Indexes a well-formed ladder text; positions of a broken text are all unknown. */
    public static SourcePositions of(String text) {
        return new SourcePositions(LocationIndex.of(FACTORY, text));
    }

    /** The start of the value exactly at the pointer ("/technical/0/primary/1"), if there is one. */
    public Optional<Position> exact(String pointer) {
        return Optional.ofNullable(index.exact(pointer)).map(l -> new Position(l.line(), l.column()));
    }

    /** The start of the value at the pointer, or of its nearest ancestor; line 1 when nothing is known. */
    public Position nearest(String pointer) {
        LocationIndex.Location l = index.find(pointer);
        return l.line() <= 0 ? new Position(1, 1) : new Position(l.line(), l.column());
    }
}
