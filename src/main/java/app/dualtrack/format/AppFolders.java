package app.dualtrack.format;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Dualtrack keeps its own files on this computer: the platform's application-data folder
 * (recovery copies, the log) and its cache folder. One place, so the window, the command line and
 * the log agree, and so tests can point every folder into {@code target/} with system properties.
 */
public final class AppFolders {
    /** Overrides the log folder (tests, or a user who wants the log elsewhere). */
    public static final String LOG_DIR_PROPERTY = "dualtrack.log.dir";

    private AppFolders() {
    }

    /** The application-data folder: %APPDATA%\Dualtrack, ~/Library/Application Support/Dualtrack or $XDG_DATA_HOME/dualtrack. */
    public static Path data() {
        String home = System.getProperty("user.home", "");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null && !appData.isBlank() ? appData : home, "Dualtrack");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Dualtrack");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(home, ".local", "share").toString(), "dualtrack");
    }

    /** Overrides the cache folder (tests point it into target/). */
    public static final String CACHE_DIR_PROPERTY = "dualtrack.cache.dir";

    /**
     * The cache folder: %LOCALAPPDATA%\Dualtrack\cache, ~/Library/Caches/Dualtrack or
     * $XDG_CACHE_HOME/dualtrack; {@value #CACHE_DIR_PROPERTY} overrides it.
     */
    public static Path cache() {
        String configured = System.getProperty(CACHE_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String home = System.getProperty("user.home", "");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null && !local.isBlank() ? local : home, "Dualtrack", "cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "Dualtrack");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(home, ".cache").toString(), "dualtrack");
    }

    /**
     * A file in the cache folder that belongs to this build of Dualtrack and this Java: its name
     * carries a key made of the jar's path, time and size and the Java version, so a new version
     * never reads what an old one left. Empty when Dualtrack does not run from a jar (an IDE, the
     * tests), where no such key exists, or when the key cannot be read.
     */
    public static java.util.Optional<Path> cacheFileOfThisBuild(String name, String extension) {
        String classPath = System.getProperty("java.class.path", "");
        Path jar = Path.of(classPath.split(java.io.File.pathSeparator)[0]);
        if (!jar.getFileName().toString().endsWith(".jar")) {
            return java.util.Optional.empty();
        }
        try {
            String key = Integer.toHexString((jar.toAbsolutePath() + "|" + java.nio.file.Files.getLastModifiedTime(jar).toMillis()
                    + "|" + java.nio.file.Files.size(jar) + "|" + System.getProperty("java.vm.version")).hashCode());
            return java.util.Optional.of(cache().resolve(name + "-" + key + "." + extension));
        } catch (java.io.IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** The folder of the rotating log file; {@value #LOG_DIR_PROPERTY} overrides it. */
    public static Path logs() {
        String configured = System.getProperty(LOG_DIR_PROPERTY);
        return configured != null && !configured.isBlank() ? Path.of(configured) : data().resolve("logs");
    }
}
