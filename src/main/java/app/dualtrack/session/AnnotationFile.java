package app.dualtrack.session;

import app.dualtrack.analysis.AnnotationStore;
import app.dualtrack.format.AppFolders;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The file in the cache folder where {@code lint}, {@code diff} and the window keep the language
 * annotations between runs ({@link AnnotationStore}). It is only a cache: a file that cannot be read
 * counts as empty and is written anew, and one that cannot be written costs the next run its speed,
 * nothing else.
 */
public final class AnnotationFile {
    private AnnotationFile() {
    }

    /** This build's file; empty when Dualtrack does not run from a jar (then nothing is kept). */
    public static Optional<Path> ofThisBuild() {
        return AppFolders.cacheFileOfThisBuild("annotations", "bin");
    }

    /** The store kept in the file, or an empty one. */
    public static AnnotationStore open(Path file) {
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
    public static void save(AnnotationStore store, Path file) throws IOException {
        save(store, file, sentence -> true);
    }

    /** The same, keeping of this run's new sentences only those {@code keep} accepts. */
    public static void save(AnnotationStore store, Path file, Predicate<String> keep) throws IOException {
        if (!store.hasNew(keep)) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.write(out, keep);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        removeOtherBuilds(file);
    }

    /**
     * The texts of the ladder, each as the analysis reads it (a behaviour is read whole): what a window
     * keeps when it closes, rather than every half-typed text it analysed while the user wrote.
     */
    public static Predicate<String> sentencesOf(Ladder ladder) {
        Set<String> texts = ladder.allLevels().stream().flatMap(AnnotationFile::texts).collect(Collectors.toSet());
        return texts::contains;
    }

    private static Stream<String> texts(Level l) {
        return Stream.of(Stream.of(l.title(), l.summary(), l.scope()), l.primary().stream().map(Behaviour::text),
                l.supporting().stream().map(Behaviour::text)).flatMap(s -> s).filter(t -> t != null && !t.isBlank());
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
