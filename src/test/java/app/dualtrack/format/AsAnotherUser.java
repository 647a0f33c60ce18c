package app.dualtrack.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a check in a child JVM as the unprivileged user "nobody" (uid 65534), so that permission
 * tests mean what they say: root may write any file, so a test run as root in-process would pass
 * whatever the code does. Needs root (to switch user) and util-linux's {@code setpriv}; tests
 * skip with that reason when either is missing. The child's class path is copies of the project's
 * classes and of the few jars the format package needs, in a folder everyone may read (the Maven
 * repository under /root, and a checkout in a private folder, are closed to other users).
 */
final class AsAnotherUser {
    static final int NOBODY = 65534;

    private AsAnotherUser() {
    }

    /** Why the check cannot run here, or null when it can. */
    static String unavailableBecause() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            if (!Integer.valueOf(0).equals(uid)) {
                return "the tests do not run as root, so they cannot switch to another user (and the in-process permission tests already run unprivileged)";
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "this system has no /proc to tell the user id";
        }
        if (!Files.isExecutable(Path.of("/usr/bin/setpriv")) && !Files.isExecutable(Path.of("/bin/setpriv"))) {
            return "setpriv (util-linux) is not installed, so the check cannot run as another user";
        }
        return null;
    }

    /** A folder every user may enter and write, for files the other user must reach. */
    static Path sharedFolder(Path parent, String name) throws IOException {
        Path dir = Files.createDirectories(parent.resolve(name));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        for (Path p = parent; p != null && p.getNameCount() > 0; p = p.getParent()) {
            // the JUnit temporary folder is private to root: let others pass through (not read or write)
            if (!Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                var perms = Files.getPosixFilePermissions(p);
                perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(p, perms);
            }
        }
        return dir;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else {
                    Files.copy(f, target);
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
    }

    /** Runs {@link Check#main} as nobody with the given arguments; returns its one line of output. */
    static String run(Path work, String... args) throws Exception {
        Path jars = sharedFolder(work, "classpath");
        List<String> cp = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            if (Files.isDirectory(p)) {
                // target/classes and target/test-classes, copied: the checkout itself may sit in a folder only root may enter
                Path copy = jars.resolve("dir-" + cp.size());
                if (!Files.exists(copy)) {
                    copyTree(p, copy);
                }
                cp.add(copy.toString());
            } else if (name.matches("(jackson-(core|databind|annotations)|slf4j-api|logback-(classic|core)|picocli)-.*\\.jar")) {
                Path copy = jars.resolve(name);
                if (!Files.exists(copy)) {
                    Files.copy(p, copy);
                    Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
                }
                cp.add(copy.toString());
            }
        }
        Path logs = sharedFolder(work, "logs");
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xmx64m", "-Ddualtrack.log.dir=" + logs, "-cp", String.join(java.io.File.pathSeparator, cp),
                Check.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child process did not finish");
        }
        return new String(out, StandardCharsets.UTF_8).strip();
    }

    /** The child: one action on one file, one line saying what happened. */
    public static final class Check {
        public static void main(String[] args) {
            Path file = Path.of(args[1]);
            try {
                switch (args[0]) {
                    case "whoami" -> System.out.println("uid " + Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
                    case "read" -> System.out.println("read " + LadderFiles.read(file).name());
                    case "format" -> System.out.println("format " + LadderFiles.format(file));
                    case "save" -> {
                        LadderFiles.save(LadderFiles.parse(Files.readAllBytes(Path.of(args[2])), "source"), file);
                        System.out.println("saved");
                    }
                    default -> System.out.println("unknown action " + args[0]);
                }
            } catch (LadderFormatException e) {
                System.out.println("refused " + e.getMessage());
            } catch (IOException e) {
                System.out.println("refused " + SaveProblem.describe(e, file, ""));
            }
        }
    }
}
