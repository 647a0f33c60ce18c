package app.dualtrack.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What the open file looked like on disk when it was last read or saved, so that a change made
 * underneath (a git pull, another editor) is noticed before anything is overwritten.
 */
public record DiskState(Path file, byte[] sha256) {
    public enum Change { UNCHANGED, CHANGED, VANISHED }

    public static DiskState of(Path file) {
        try {
            return new DiskState(file, hash(Files.readAllBytes(file)));
        } catch (IOException e) {
            return new DiskState(file, new byte[0]);
        }
    }

    /** Compares with the file as it is now: content decides, so touching a file is not a change and a same-size edit is one. */
    public Change check() {
        if (!Files.isRegularFile(file)) {
            return Change.VANISHED;
        }
        try {
            // always the content: size and time can both match after a quick same-length edit (coarse file-system clocks),
            // and a ladder is small enough to hash on every focus and save
            return Arrays.equals(hash(Files.readAllBytes(file)), sha256) ? Change.UNCHANGED : Change.CHANGED;
        } catch (IOException e) {
            return Change.VANISHED;
        }
    }

    private static byte[] hash(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
