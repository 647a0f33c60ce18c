package app.dualtrack.importer;

/** Text of the source that no level took; it goes to the ladder's notes, with where and why. */
public record Unplaced(String text, Where where, String reason) {
}
