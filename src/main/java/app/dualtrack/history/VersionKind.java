package app.dualtrack.history;

/** How a version of a ladder file came about. */
public enum VersionKind {
    /** The commit that created the file. */
    ADDED,
    /** A commit that changed the file's content. */
    MODIFIED,
    /** A commit that renamed (or copied) the file, perhaps changing it too. */
    RENAMED,
    /** The working copy, when it differs from the last commit. */
    UNCOMMITTED
}
