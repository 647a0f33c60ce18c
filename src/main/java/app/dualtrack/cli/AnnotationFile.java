package app.dualtrack.cli;

import app.dualtrack.analysis.AnnotationStore;
import app.dualtrack.format.AppFolders;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The file in the cache folder where {@code lint} and {@code diff} keep the language annotations
 * between runs ({@link AnnotationStore}). It is only a cache: a file that cannot be read counts as
 * empty and is written anew, and one that cannot be written costs the next run its speed, nothing else.
 */
final class AnnotationFile {
    private AnnotationFile() {
    }

    /** This build's file; empty when Dualtrack does not run from a jar (then nothing is kept). */
    static Optional<Path> ofThisBuild() {
        return AppFolders.cacheFileOfThisBuild("annotations", "bin");
    }

    /** The store kept in the file, or an empty one. */
    static AnnotationStore open(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return AnnotationStore.read(in);
        } catch (NoSuchFileException e) {
            return AnnotationStore.empty();
        } catch (IOException | RuntimeException e) {
            // an interrupted write or a damaged disk: the next save replaces it
            return AnnotationStore.empty();
        }
    }

    /** Replaces the file in one step when this run annotated new sentences, so a reader sees the old store or the new. */
    static void save(AnnotationStore store, Path file) throws IOException {
        if (!store.hasNew()) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.write(out);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        removeOtherBuilds(file);
    }

    /** The stores of other builds will never be read again (each version has its own). */
    private static void removeOtherBuilds(Path current) throws IOException {
        String name = current.getFileName().toString();
        String prefix = name.substring(0, name.lastIndexOf('-') + 1);
        try (var files = Files.list(current.toAbsolutePath().getParent())) {
            for (Path f : files.toList()) {
                String other = f.getFileName().toString();
                if (!f.getFileName().equals(current.getFileName()) && other.startsWith(prefix) && other.endsWith(".bin")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
