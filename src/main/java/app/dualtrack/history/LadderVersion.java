package app.dualtrack.history;

import java.time.ZonedDateTime;

/**
 * One version of a ladder file in its history: a commit that changed it, or the uncommitted working copy.
 *
 * @param commit   the full commit id, null for the working copy
 * @param when     the author date (the working copy: the file's modification time)
 * @param author   the author's name (the working copy: empty)
 * @param message  the first line of the commit message
 * @param path     the file's path inside the repository at this version
 * @param oldPath  the path it was renamed from in this commit, else null
 * @param blob     the content's git blob id, the key under which its ladder is read once
 */
public record LadderVersion(String commit, VersionKind kind, ZonedDateTime when, String author, String email, String message,
                            String path, String oldPath, String blob) {

    public boolean uncommitted() {
        return kind == VersionKind.UNCOMMITTED;
    }

    /** The seven-character abbreviation people use, or "working copy". */
    public String shortId() {
        return commit == null ? "working copy" : commit.substring(0, 7);
    }

    /** What a list shows for it: "a1b2c3d Rename IC5" or "Uncommitted changes". */
    public String label() {
        return uncommitted() ? "Uncommitted changes" : shortId() + " " + message;
    }
}
