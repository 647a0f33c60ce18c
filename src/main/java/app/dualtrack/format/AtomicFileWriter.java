package app.dualtrack.format;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content whole:
 * write a temporary file in the same folder, force it to disk, keep the old file as {@code .bak}
 * (forced to disk too), then atomically rename the temporary file over the target. A rename within
 * one folder is atomic on every file system Dualtrack runs on, so a reader (or a kill) sees one
 * file or the other.
 *
 * <p>Before anything is written it refuses a file marked read-only, and it saves through a
 * symbolic link to the link's target. The new file keeps the old one's permissions (and group and
 * owner where allowed); a new file gets the user's default (the umask). With an expected content
 * it checks, just before the rename, that the file is still what the caller read, so that another
 * program's save is never overwritten unseen. Temporary files are named after this process
 * ({@link TempFiles}), so that a later save removes those a killed process left behind.
 */
public final class AtomicFileWriter {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFileWriter.class);

    /** Writes the bytes into an open channel; replaceable in tests to simulate a failure part-way. */
    @FunctionalInterface
    public interface ContentWriter {
        void write(FileChannel channel, byte[] content) throws IOException;
    }

    /** Writes every byte (a channel may accept fewer than offered in one call). */
    public static final ContentWriter PLAIN = (ch, content) -> {
        ByteBuffer buf = ByteBuffer.wrap(content);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    };

    /** Forces a written file to disk before it is renamed into place; replaceable in tests to see that it happens. */
    @FunctionalInterface
    public interface Durability {
        void force(FileChannel channel, Path file) throws IOException;
    }

    public static final Durability FORCE = (ch, file) -> ch.force(true);

    /**
     * How to save: whether to keep the previous version as {@code NAME.bak}, and what the file must
     * still contain (its SHA-256) just before it is replaced; {@code null} accepts whatever is there.
     */
    public record Options(ContentWriter writer, boolean keepBackup, byte[] expectedSha256, Durability durability) {
        public static final Options DEFAULT = new Options(PLAIN, true, null, FORCE);

        public Options withoutBackup() {
            return new Options(writer, false, expectedSha256, durability);
        }

        /** The file must still have this SHA-256 (of the bytes the caller read), or the save is refused. */
        public Options expecting(byte[] sha256) {
            return new Options(writer, keepBackup, sha256 == null ? null : sha256.clone(), durability);
        }

        public Options writer(ContentWriter w) {
            return new Options(w, keepBackup, expectedSha256, durability);
        }

        public Options durability(Durability d) {
            return new Options(writer, keepBackup, expectedSha256, d);
        }
    }

    private AtomicFileWriter() {
    }

    /** Saves with a backup of the previous version. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, Options.DEFAULT);
    }

    /** Saves without a {@code .bak} (exported documents, recovery copies). */
    public static void writeWithoutBackup(Path target, byte[] content) throws IOException {
        write(target, content, Options.DEFAULT.withoutBackup());
    }

    /** As {@link #write(Path, byte[])}; {@code keepBackup} false for files that need no .bak (recovery copies). */
    public static void write(Path target, byte[] content, ContentWriter writer, boolean keepBackup) throws IOException {
        write(target, content, new Options(writer, keepBackup, null, FORCE));
    }

    public static void write(Path target, byte[] content, Options options) throws IOException {
        Path file = throughLinks(target.toAbsolutePath());
        Path dir = file.getParent();
        BasicFileAttributes old = attributesOrNull(file);
        if (old != null && !old.isRegularFile()) {
            throw new FileSystemException(file.toString(), null, old.isDirectory() ? "it is a folder" : "it is not an ordinary file");
        }
        if (old != null && isReadOnly(file, old)) {
            throw new ReadOnlyFileException(file.toString(), ownerWhoKeepsItFromUs(old));
        }
        if (old == null && options.expectedSha256() != null) {
            throw new FileChangedException(file.toString(), true);
        }
        TempFiles.removeStale(dir, file.getFileName().toString());
        Path tmp = TempFiles.create(dir, file.getFileName().toString());
        Path bakTmp = null;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                options.writer().write(ch, content);
                keepOwnership(tmp, old);
                options.durability().force(ch, tmp);
            }
            if (old != null && (options.keepBackup() || options.expectedSha256() != null)) {
                Path bak = file.resolveSibling(file.getFileName() + ".bak");
                bakTmp = options.keepBackup() ? TempFiles.create(dir, bak.getFileName().toString()) : null;
                byte[] onDisk = copyAndHash(file, bakTmp, old, options.durability());
                if (options.expectedSha256() != null && !Arrays.equals(onDisk, options.expectedSha256())) {
                    throw new FileChangedException(file.toString(), false);
                }
                if (bakTmp != null) {
                    move(bakTmp, bak);
                }
            }
            move(tmp, file);
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
            TempFiles.release(tmp);
            if (bakTmp != null) {
                Files.deleteIfExists(bakTmp);
                TempFiles.release(bakTmp);
            }
        }
    }

    /**
     * Whether saving must be refused although the folder would allow replacing the file. The owner's
     * write bit is the mark a user sets with {@code chmod a-w} or a file manager's "read-only": it
     * is honoured even for root, for whom the system's own access check always says yes. Beyond
     * that the system decides (owner, group, ACLs) whether this user may write the file.
     */
    static boolean isReadOnly(Path file, BasicFileAttributes attrs) {
        if (attrs instanceof PosixFileAttributes posix && !posix.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
            return true;
        }
        return !Files.isWritable(file);
    }

    /** The owner of a file that is not marked read-only (so the system refused this user), or null when it is marked. */
    private static String ownerWhoKeepsItFromUs(BasicFileAttributes attrs) {
        if (attrs instanceof PosixFileAttributes posix && posix.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
            return posix.owner().getName();
        }
        return null;
    }

    /** Follows symbolic links (relative ones from their own folder) so that saving replaces the real file, not the link. */
    static Path throughLinks(Path file) throws IOException {
        Path p = file;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == 40) {
                throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
            }
            Path link = Files.readSymbolicLink(p);
            p = p.getParent().resolve(link).normalize();
        }
        return p;
    }

    private static BasicFileAttributes attributesOrNull(Path file) throws IOException {
        try {
            return Files.readAttributes(file, PosixFileAttributes.class);
        } catch (UnsupportedOperationException e) {
            try {
                return Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException gone) {
                return null;
            }
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Gives the new file the old one's permissions, group and owner; those the system does not allow are left as created. */
    private static void keepOwnership(Path tmp, BasicFileAttributes old) {
        if (!(old instanceof PosixFileAttributes posix)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        try {
            view.setPermissions(posix.permissions());
        } catch (IOException e) {
            LOG.warn("Could not give {} the permissions of the file it replaces", tmp, e);
        }
        try {
            PosixFileAttributes now = view.readAttributes();
            if (!now.group().equals(posix.group())) {
                view.setGroup(posix.group());
            }
            if (!now.owner().equals(posix.owner())) {
                view.setOwner(posix.owner());
            }
        } catch (IOException e) {
            // only root may give a file away, and only a member may give it a group: keep the creator's
            LOG.debug("Kept the saving user's owner or group on {}: {}", tmp, e.toString());
        }
    }

    /** Reads the file as it is now, copying it into the backup's temporary file when there is one; returns its SHA-256. */
    private static byte[] copyAndHash(Path file, Path bakTmp, BasicFileAttributes old, Durability durability) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            if (bakTmp == null) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } else {
                try (FileChannel out = FileChannel.open(bakTmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    byte[] buf = new byte[64 * 1024];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        ByteBuffer b = ByteBuffer.wrap(buf, 0, n);
                        while (b.hasRemaining()) {
                            out.write(b);
                        }
                    }
                    keepOwnership(bakTmp, old);
                    durability.force(out, bakTmp); // the backup must be on disk before its rename, or a power cut can lose it
                }
            }
        } catch (NoSuchFileException e) {
            throw new FileChangedException(file.toString(), true);
        }
        return sha.digest();
    }

    /** The SHA-256 of some bytes, as {@link Options#expecting(byte[])} wants it. */
    public static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the renames themselves durable where the platform allows opening a folder (not on Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Could not force folder {} to disk (the file's own content is): {}", dir, e.toString());
        }
    }
}
