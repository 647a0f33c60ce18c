package app.dualtrack.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content whole:
 * write a temporary file in the same folder, force it to disk, keep the old file as {@code .bak},
 * then atomically rename the temporary file over the target. A rename within one folder is atomic
 * on every file system Dualtrack runs on, so a reader (or a kill) sees one file or the other.
 */
public final class AtomicFileWriter {
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

    private AtomicFileWriter() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, PLAIN, true);
    }

    /** As {@link #write(Path, byte[])}; {@code keepBackup} false for files that need no .bak (recovery copies). */
    public static void write(Path target, byte[] content, ContentWriter writer, boolean keepBackup) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                writer.write(ch, content);
                ch.force(true);
            }
            if (keepBackup && Files.isRegularFile(target)) {
                backup(target);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The previous version, kept beside the file; written atomically too so that a kill never leaves half a backup. */
    private static void backup(Path target) throws IOException {
        Path bak = target.resolveSibling(target.getFileName() + ".bak");
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + bak.getFileName() + ".", ".tmp");
        try {
            Files.copy(target, tmp, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(tmp, bak, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, bak, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder (not on Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the file's own content is already on disk
        }
    }
}
