package app.dualtrack.format;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files of a save: {@code .NAME.dualtrack-PID-START-N.tmp} beside the file NAME,
 * where PID and START (in base 36, milliseconds) identify the saving process. A process killed
 * mid-save leaves its temporary file behind; the next save of the same file recognises it as
 * stale, because no process with that id and start time runs any more, and removes it. Another
 * program's files, and those of a process still saving, are never touched.
 */
final class TempFiles {
    private static final Logger LOG = LoggerFactory.getLogger(TempFiles.class);
    private static final Pattern NAME = Pattern.compile("\\.(.+)\\.dualtrack-(\\d+)-([0-9a-z]+)-(\\d+)\\.tmp");
    private static final long PID = ProcessHandle.current().pid();
    private static final String START = startTag(ProcessHandle.current());
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** This process's temporary files still being written (another thread may be saving the same file). */
    private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();

    private TempFiles() {
    }

    /** Creates an empty temporary file for {@code name} in {@code dir}, with the permissions a new file gets. */
    static Path create(Path dir, String name) throws IOException {
        while (true) {
            Path tmp = dir.resolve("." + name + ".dualtrack-" + PID + "-" + START + "-" + SEQUENCE.incrementAndGet() + ".tmp");
            IN_USE.add(tmp);
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                IN_USE.remove(tmp); // left by an earlier process with the same id and start: take the next number
            } catch (IOException e) {
                IN_USE.remove(tmp);
                throw e;
            }
        }
    }

    static void release(Path tmp) {
        IN_USE.remove(tmp);
    }

    /** Removes the temporary files of {@code name} (and of its .bak) that a process no longer running left in {@code dir}. */
    static int removeStale(Path dir, String name) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> isStale(p, name))) {
            for (Path p : entries) {
                try {
                    if (Files.deleteIfExists(p)) {
                        removed++;
                        LOG.info("Removed {}, left by a save that was interrupted", p);
                    }
                } catch (IOException e) {
                    LOG.warn("Could not remove the leftover temporary file {}", p, e);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not look for leftover temporary files in {}", dir, e);
        }
        return removed;
    }

    private static boolean isStale(Path p, String name) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        if (!m.matches() || !(m.group(1).equals(name) || m.group(1).equals(name + ".bak"))) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(m.group(2));
        } catch (NumberFormatException e) {
            return false;
        }
        String start = m.group(3);
        if (pid == PID && start.equals(START)) {
            return !IN_USE.contains(p);
        }
        Optional<ProcessHandle> owner = ProcessHandle.of(pid);
        // a running process with that id is the owner unless it started at another time (the id was reused)
        if (owner.isEmpty() || !owner.get().isAlive()) {
            return true;
        }
        String running = startTag(owner.get());
        return !"0".equals(start) && !"0".equals(running) && !running.equals(start);
    }

    private static String startTag(ProcessHandle process) {
        return process.info().startInstant().map(i -> Long.toString(i.toEpochMilli(), 36)).orElse("0");
    }
}
