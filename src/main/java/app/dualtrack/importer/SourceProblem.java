package app.dualtrack.importer;

/** Unchecked carrier for a problem found deep in a reader; {@link Importer} turns it into an {@link ImportException}. */
final class SourceProblem extends RuntimeException {
    SourceProblem(Where where, String what) {
        super(where + ": " + what);
    }
}
