package app.dualtrack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs the window, a PDF export or a {@code lint} in a second JVM started with the flags that suit
 * it, which cannot be set from inside a running JVM or from a jar's manifest: the launcher starts one
 * child JVM, passing the standard streams and the exit code through.
 *
 * <ul>
 * <li><b>A short job</b> (an export, a comparison as PDF, a lint): the quick compiler, the serial
 * collector and a class-data archive of what the command loads. An export is a few seconds of work
 * done once: with the default flags the JVM spent more CPU compiling the layout engine with its
 * optimising compiler than running it (a 60-level ladder: 6–7 s of CPU with the default flags, under
 * 3 s with the quick compiler, less again with the archive). A lint of a small ladder took about a
 * quarter less wall time, the second JVM's start included. A {@code validate} or {@code fmt} loads so
 * little that the second start costs more than it saves (a third more), so they run here.</li>
 * <li><b>The window</b>: a class-data archive of what the window loads, and the quick compiler. The
 * archive took the first painted frame from 4.3 s to 2.6 s, the quick compiler to 1.8 s (README,
 * "Start-up"): on two cores the optimising compiler's thread took CPU from the JavaFX start. What it
 * costs later is small for an editor: a full analysis of a 3,000-behaviour ladder takes 13 ms instead
 * of 6, a re-analysis after an edit about 2 ms instead of 0.7 (AnalysisBenchmark under both). The first
 * JVM costs about 0.15 s and then waits, idle, for the window to close.</li>
 * </ul>
 *
 * <p>Archives live in the user cache folder, one per kind of run, keyed by the jar and the Java
 * version; the first run of each kind writes its archive as it exits. Nothing is relaunched when the
 * JVM already has an archive (the installed command passes one) or the quick compiler, when it records
 * its classes, when {@code DUALTRACK_SAME_JVM} is set, when the class path is not all jars (an archive
 * needs jars: running from an IDE or the tests) or when the child cannot be started.
 */
final class TunedJvm {
    static final String MARKER = "dualtrack.tunedJvm";

    private TunedJvm() {
    }

    /** Commands that load much (classes and models) for a short run. */
    private static final Set<String> SHORT = Set.of("lint");

    /** The flags a kind of run gets, and the name of its archive. */
    enum Kind {
        SHORT_JOB("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
        WINDOW("-XX:TieredStopAtLevel=1");

        private final List<String> flags;

        Kind(String... flags) {
            this.flags = List.of(flags);
        }

        /**
         * The flags on a machine with this many processors. On two or fewer, one compiler thread instead
         * of two: the second took CPU from the start itself (the window's first frame 50–70 ms sooner, a
         * lint 18 ms; README, "Start-up"). With more processors the JVM's own choice stands.
         */
        List<String> flags(int processors) {
            if (processors > 2) {
                return flags;
            }
            List<String> few = new ArrayList<>(flags);
            few.add("-XX:CICompilerCount=1");
            return List.copyOf(few);
        }
    }

    /** The kind of JVM the arguments are worth relaunching in, or null to run them here. */
    static Kind worthIt(String[] args) {
        if (System.getProperty(MARKER) != null || System.getenv("DUALTRACK_SAME_JVM") != null || !jarsOnly(classPath())) {
            return null;
        }
        return decide(args, JvmOptions.ofThisProcess(args));
    }

    /** The decision of {@link #worthIt} for a JVM started with {@code options}, from a class path of jars. */
    static Kind decide(String[] args, List<String> options) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            return null;
        }
        boolean window = Launcher.opensWindow(args);
        if (!window && !pdf(args) && !SHORT.contains(args[0])) {
            return null;
        }
        boolean quickCompiler = JvmOptions.has(options, "-XX:TieredStopAtLevel");
        boolean archive = JvmOptions.has(options, "-XX:SharedArchiveFile");
        // a run that records its classes (the packaging's class list, an archive being made) must load them itself
        boolean recording = JvmOptions.has(options, "-XX:DumpLoadedClassList") || JvmOptions.has(options, "-XX:ArchiveClassesAtExit");
        if (recording || quickCompiler) {
            return null;
        }
        if (window) {
            return archive ? null : Kind.WINDOW;
        }
        // an export is worth the quick compiler even with an archive given; a lint is not
        return pdf(args) || !archive ? Kind.SHORT_JOB : null;
    }

    private static boolean pdf(String[] args) {
        return args.length > 0 && (args[0].equals("export")
                || (args[0].equals("diff") && List.of(args).stream().anyMatch(a -> a.startsWith("-o") || a.startsWith("--output"))));
    }

    private static String classPath() {
        return System.getProperty("java.class.path", "");
    }

    /** A class-data archive needs a class path of jars only (the JVM refuses class folders). */
    static boolean jarsOnly(String classPath) {
        return !classPath.isBlank() && List.of(classPath.split(File.pathSeparator)).stream()
                .allMatch(e -> e.endsWith(".jar") && Files.isRegularFile(Path.of(e)));
    }

    /** The child's exit code, or empty when the arguments should run here. */
    static OptionalInt run(Kind kind, String[] args) {
        // the runtime's own java launcher: under an installed app the process is the native launcher, which takes no JVM flags
        Path javaHome = Path.of(System.getProperty("java.home", ""));
        Path launcher = javaHome.resolve("bin").resolve(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "java.exe" : "java");
        if (!Files.isExecutable(launcher)) {
            return OptionalInt.empty();
        }
        String classPath = classPath();
        // one archive per kind of run: each holds the classes it loads
        String name = kind == Kind.WINDOW ? "window" : pdf(args) ? "export" : args[0];
        Path archive = archive(name);
        Path fresh = null;
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(JvmOptions.ofThisProcess(args).stream()
                .filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-javaagent")).toList());
        cmd.addAll(kind.flags(Runtime.getRuntime().availableProcessors()));
        cmd.addAll(List.of("-Xlog:disable", "-Xlog:all=off", "-D" + MARKER + "=1"));
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
                removeStaleArchives(archive, name);
            }
            return OptionalInt.of(code);
        } catch (IOException e) {
            log().info("Running in this JVM: the tuned one could not be started ({})", e.toString());
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        } finally {
            deleteQuietly(fresh);
        }
    }

    /** The class-data archive for this jar and Java version, or null when the cache folder cannot be made. */
    private static Path archive(String name) {
        try {
            Path archive = app.dualtrack.format.AppFolders.cacheFileOfThisBuild(name + "-classes", "jsa").orElse(null);
            if (archive != null) {
                Files.createDirectories(archive.getParent());
            }
            return archive;
        } catch (IOException | RuntimeException e) {
            log().debug("No class-data archive: {}", e.toString());
            return null;
        }
    }

    /** Archives of earlier versions of the jar are of no further use (about 25 MB each). */
    private static void removeStaleArchives(Path current, String name) {
        try (var files = Files.list(current.getParent())) {
            files.filter(f -> f.getFileName().toString().startsWith(name + "-classes-") && f.getFileName().toString().endsWith(".jsa"))
                    .filter(f -> !f.equals(current)).forEach(TunedJvm::deleteQuietly);
        } catch (IOException e) {
            log().debug("Old class-data archives left in place: {}", e.toString());
        }
    }

    /**
     * The logger, fetched when something is to be logged: {@link #worthIt} runs at the start of every
     * run, and fetching a logger sets up logging, which costs a short command like {@code validate}
     * a large share of its run.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(TunedJvm.class);
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
