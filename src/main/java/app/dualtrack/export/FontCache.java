package app.dualtrack.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Dualtrack learnt about font files (can it embed them, which characters they draw), kept in
 * the user's cache folder so that an export does not parse megabytes of fonts to learn it again.
 * An entry is keyed by the font's path and trusted only while its modification time and size are
 * unchanged. Losing or corrupting the file costs one slower export, never a wrong one.
 */
final class FontCache {
    private static final Logger LOG = LoggerFactory.getLogger(FontCache.class);
    private static final String HEADER = "# Dualtrack font cache v1: path, modified (ms), size, usable, coverage";

    /** What is known about one font file; {@code coverage} is null when the font cannot be embedded. */
    record Entry(long modified, long size, FontCoverage coverage) {
    }

    private final Path file;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile boolean dirty;

    private FontCache(Path file) {
        this.file = file;
    }

    /** The cache in the user cache folder ({@code -Ddualtrack.cache.dir} overrides it; tests point it into target/). */
    static FontCache open() {
        FontCache cache = new FontCache(folder().resolve("fonts-v1.tsv"));
        cache.read();
        return cache;
    }

    static Path folder() {
        return app.dualtrack.format.AppFolders.cache();
    }

    private void read() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length == 5) {
                    entries.put(f[0], new Entry(Long.parseLong(f[1]), Long.parseLong(f[2]),
                            "1".equals(f[3]) ? FontCoverage.parse(f[4]) : null));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The font cache {} could not be read and will be rebuilt: {}", file, e.toString());
            entries.clear();
        }
    }

    /** The entry for this font when the file has not changed since it was cached. */
    Entry get(String key, long modified, long size) {
        Entry e = entries.get(key);
        return e != null && e.modified() == modified && e.size() == size ? e : null;
    }

    void put(String key, Entry entry) {
        entries.put(key, entry);
        dirty = true;
    }

    /** Writes the cache if anything was learnt: atomically, so a concurrent export reads the old or the new file. */
    void save() {
        if (!dirty) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            List<String> lines = new ArrayList<>(List.of(HEADER));
            entries.forEach((k, e) -> lines.add(k + "\t" + e.modified() + "\t" + e.size() + "\t" + (e.coverage() == null ? "0\t" : "1\t" + e.coverage().serialise())));
            Path tmp = Files.createTempFile(file.getParent(), ".fonts", ".tmp");
            try {
                Files.write(tmp, lines, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            dirty = false;
        } catch (IOException | RuntimeException e) {
            LOG.warn("The font cache {} could not be written; the next export will scan the fonts again: {}", file, e.toString());
        }
    }
}
