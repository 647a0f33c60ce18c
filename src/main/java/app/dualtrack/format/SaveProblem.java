package app.dualtrack.format;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turns a failed save into words, for the editor and the command line: what happened and what the user can do. */
public final class SaveProblem {
    private SaveProblem() {
    }

    public static String describe(IOException e, Path file) {
        return describe(e, file, " Your changes are still open: use Save As… to save them somewhere else.");
    }

    /** As {@link #describe(IOException, Path)} with the caller's advice ("" for none). */
    public static String describe(IOException e, Path file, String advice) {
        String name = FileNames.shortName(file);
        if (e instanceof ReadOnlyFileException readOnly) {
            return "“" + name + "” is read-only" + (readOnly.owner() == null ? "" : " for you: it belongs to " + FileNames.escape(readOnly.owner())) + "." + advice;
        }
        if (e instanceof FileChangedException changed) {
            return "“" + name + "” was " + (changed.deleted() ? "deleted" : "changed")
                    + " by another program while Dualtrack was saving; nothing was overwritten." + advice;
        }
        if (e instanceof AccessDeniedException) {
            return "Dualtrack may not write “" + name + "” in " + parent(file) + ": the file or its folder is read-only." + advice;
        }
        if (e instanceof NoSuchFileException) {
            return "The folder " + parent(file) + " no longer exists." + advice;
        }
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.contains("No space left") || msg.contains("not enough space") || msg.contains("disk full")) {
            return "The disk holding " + parent(file) + " is full." + advice;
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return "“" + name + "” could not be written: " + fse.getReason() + "." + advice;
        }
        return "“" + name + "” could not be written" + (msg.isEmpty() ? "." : ": " + msg + ".") + advice;
    }

    private static String parent(Path file) {
        Path p = file.toAbsolutePath().getParent();
        return p == null ? "its folder" : FileNames.escape(p.toString());
    }
}
