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
import java.util.Set;

/**
 * Runs a PDF export, or a {@code lint}, in a JVM tuned for a short job. An export is a few seconds of work done once:
 * with the default flags the JVM spends more CPU compiling the layout engine with its optimising
 * compiler than running it. Profiled on a 60-level ladder, the quick compiler alone
 * ({@code -XX:TieredStopAtLevel=1}) cut the CPU from about 6–7 s to under 3 s, and a class-data
 * archive of the classes an export loads cut it further. Flags cannot be set from inside a running
 * JVM or from a jar's manifest, so the launcher starts one child JVM with them, passing the standard
 * streams and the exit code through. The archive lives in the user cache folder, one per command,
 * keyed by the jar and the Java version; the first run of the command writes it.
 *
 * <p>A {@code lint} of a small ladder takes under a second, most of it the JVM loading and compiling
 * classes (the language models' readers above all): with the archive and the quick compiler its
 * whole run, the second JVM's start included, took about a quarter less wall time than in one
 * untuned JVM. A {@code validate} or {@code fmt} loads so little that the second JVM's start
 * costs more than it saves (measured: a third more), so they run here. A lint is not relaunched
 * when the JVM already has an archive or the quick compiler, as the installed command starts it.
 *
 * <p>Skipped (the command runs in this JVM) when already tuned, when {@code DUALTRACK_SAME_JVM} is
 * set, or when the child cannot be started.
 */
final class ShortRunJvm {
    static final String MARKER = "dualtrack.shortRunJvm";

    private ShortRunJvm() {
    }

    /** Commands that load much (classes and models) for a short run. */
    private static final Set<String> SHORT = Set.of("lint");

    /** True for the commands that lay out a PDF, and for a lint, unless the JVM is tuned already. */
    static boolean worthIt(String[] args) {
        if (args.length == 0 || System.getProperty(MARKER) != null || System.getenv("DUALTRACK_SAME_JVM") != null
                || List.of(args).contains("--help") || List.of(args).contains("-h")) {
            return false;
        }
        boolean pdf = pdf(args);
        if (!pdf && !SHORT.contains(args[0])) {
            return false;
        }
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
        boolean quickCompiler = flags.stream().anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel"));
        boolean archive = flags.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
        // a run that records its classes (the packaging's class list, an archive being made) must load them itself
        boolean recording = flags.stream().anyMatch(a -> a.startsWith("-XX:DumpLoadedClassList") || a.startsWith("-XX:ArchiveClassesAtExit"));
        return !recording && !quickCompiler && (pdf || !archive);
    }

    private static boolean pdf(String[] args) {
        return args[0].equals("export")
                || (args[0].equals("diff") && List.of(args).stream().anyMatch(a -> a.startsWith("-o") || a.startsWith("--output")));
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
        // one archive per command: each holds the classes its command loads
        Path archive = jarsOnly ? archive(classPath, pdf(args) ? "export" : args[0]) : null;
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
                removeStaleArchives(archive, pdf(args) ? "export" : args[0]);
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
    private static Path archive(String classPath, String command) {
        try {
            Path jar = Path.of(classPath.split(File.pathSeparator)[0]);
            String key = Integer.toHexString((jar.toAbsolutePath() + "|" + Files.getLastModifiedTime(jar).toMillis() + "|" + Files.size(jar)
                    + "|" + System.getProperty("java.vm.version")).hashCode());
            Path dir = cacheFolder();
            Files.createDirectories(dir);
            return dir.resolve(command + "-classes-" + key + ".jsa");
        } catch (IOException | RuntimeException e) {
            log().debug("No class-data archive: {}", e.toString());
            return null;
        }
    }

    private static Path cacheFolder() {
        return app.dualtrack.format.AppFolders.cache();
    }

    /** Archives of earlier versions of the jar are of no further use (about 25 MB each). */
    private static void removeStaleArchives(Path current, String command) {
        try (var files = Files.list(current.getParent())) {
            files.filter(f -> f.getFileName().toString().startsWith(command + "-classes-") && f.getFileName().toString().endsWith(".jsa"))
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
