package app.dualtrack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Runs a PDF export in a JVM tuned for a short job. An export is a few seconds of work done once:
 * with the default flags the JVM spends more CPU compiling the layout engine with its optimising
 * compiler than running it. Profiled on a 60-level ladder, the quick compiler alone
 * ({@code -XX:TieredStopAtLevel=1}) cut the CPU from about 6–7 s to under 3 s, and a class-data
 * archive of the classes an export loads cut it further. Flags cannot be set from inside a running
 * JVM or from a jar's manifest, so the launcher starts one child JVM with them, passing the standard
 * streams and the exit code through. The archive lives in the user cache folder, keyed by the jar
 * and the Java version; the first export writes it.
 *
 * <p>Skipped (the command runs in this JVM) when already tuned, when {@code DUALTRACK_SAME_JVM} is
 * set, or when the child cannot be started.
 */
final class ShortRunJvm {
    static final String MARKER = "dualtrack.shortRunJvm";

    private ShortRunJvm() {
    }

    /** True for the commands that lay out a PDF. */
    static boolean worthIt(String[] args) {
        if (args.length == 0 || System.getProperty(MARKER) != null || System.getenv("DUALTRACK_SAME_JVM") != null) {
            return false;
        }
        boolean pdf = args[0].equals("export")
                || (args[0].equals("diff") && List.of(args).stream().anyMatch(a -> a.startsWith("-o") || a.startsWith("--output")));
        boolean help = List.of(args).contains("--help") || List.of(args).contains("-h");
        return pdf && !help && ManagementFactory.getRuntimeMXBean().getInputArguments().stream().noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel"));
    }

    /** The child's exit code, or empty when the command should run here. */
    static OptionalInt run(String[] args) {
        // the runtime's own java launcher: under an installed app the process is the native launcher, which takes no JVM flags
        Path javaHome = Path.of(System.getProperty("java.home", ""));
        Path launcher = javaHome.resolve("bin").resolve(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "java.exe" : "java");
        String java = Files.isExecutable(launcher) ? launcher.toString() : null;
        String classPath = System.getProperty("java.class.path");
        if (java == null || classPath == null || classPath.isBlank()) {
            return OptionalInt.empty();
        }
        // a class-data archive needs a class path of jars only (the JVM refuses class folders)
        boolean jarsOnly = List.of(classPath.split(File.pathSeparator)).stream().allMatch(e -> e.endsWith(".jar") && Files.isRegularFile(Path.of(e)));
        Path archive = jarsOnly ? archive(classPath) : null;
        Path fresh = null;
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-javaagent")).toList());
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:disable", "-Xlog:all=off", "-D" + MARKER + "=1"));
        if (archive != null) {
            if (Files.isRegularFile(archive)) {
                cmd.add("-XX:SharedArchiveFile=" + archive);
            } else {
                fresh = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                cmd.add("-XX:ArchiveClassesAtExit=" + fresh);
            }
        }
        cmd.addAll(List.of("-cp", classPath, Launcher.class.getName()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            int code = p.waitFor();
            if (fresh != null && Files.isRegularFile(fresh)) {
                Files.move(fresh, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeStaleArchives(archive);
            }
            return OptionalInt.of(code);
        } catch (IOException e) {
            log().info("Running the export in this JVM: the tuned one could not be started ({})", e.toString());
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        } finally {
            deleteQuietly(fresh);
        }
    }

    /** The class-data archive for this jar and Java version, or null when the cache folder cannot be made. */
    private static Path archive(String classPath) {
        try {
            Path jar = Path.of(classPath.split(File.pathSeparator)[0]);
            String key = Integer.toHexString((jar.toAbsolutePath() + "|" + Files.getLastModifiedTime(jar).toMillis() + "|" + Files.size(jar)
                    + "|" + System.getProperty("java.vm.version")).hashCode());
            Path dir = cacheFolder();
            Files.createDirectories(dir);
            return dir.resolve("export-classes-" + key + ".jsa");
        } catch (IOException | RuntimeException e) {
            log().debug("No class-data archive: {}", e.toString());
            return null;
        }
    }

    private static Path cacheFolder() {
        return app.dualtrack.format.AppFolders.cache();
    }

    /** Archives of earlier versions of the jar are of no further use (about 25 MB each). */
    private static void removeStaleArchives(Path current) {
        try (var files = Files.list(current.getParent())) {
            files.filter(f -> f.getFileName().toString().startsWith("export-classes-") && f.getFileName().toString().endsWith(".jsa"))
                    .filter(f -> !f.equals(current)).forEach(ShortRunJvm::deleteQuietly);
        } catch (IOException e) {
            log().debug("Old class-data archives left in place: {}", e.toString());
        }
    }

    /**
     * The logger, fetched when something is to be logged: {@link #worthIt} runs at the start of every
     * command, and fetching a logger sets up logging, which costs a short command like {@code validate}
     * a large share of its run.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(ShortRunJvm.class);
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            log().debug("Could not remove {}: {}", p, e.toString());
        }
    }
}
