package app.dualtrack.session;

import app.dualtrack.format.AtomicFileWriter;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.format.LadderReader;
import app.dualtrack.format.LadderWriter;
import app.dualtrack.model.Ladder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Recovery copies of unsaved ladders, in the user's application data folder (never beside the
 * file). Each open document has one copy and a small metadata file: which file it belongs to,
 * when it was last edited, and which process wrote it, so that a running window's copies are not
 * offered as crashed ones.
 */
public final class RecoveryStore {
    /** Made on first use: a window starts without writing or reading any metadata, and a mapper costs it 300 classes. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    /** Stores of windows alive in this process; a store's copies are never offered while it is alive. */
    private static final java.util.Set<String> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Path root;
    private final long ownPid;
    private final String instance = UUID.randomUUID().toString();

    /** One recoverable ladder. */
    public record Entry(String id, Path original, Instant lastEdited, Path ladderFile, long pid) {
        public String displayName() {
            return original == null ? "Untitled ladder" : original.getFileName().toString();
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RecoveryStore.class);

    public RecoveryStore(Path root, long ownPid) {
        this.root = root;
        this.ownPid = ownPid;
        LIVE.add(instance);
    }

    /** This window is gone (closed, or in tests "crashed"): its copies may be offered to the next one. */
    public void release() {
        LIVE.remove(instance);
    }

    /** The recovery folder inside the platform's application-data folder. */
    public static Path defaultRoot() {
        return app.dualtrack.format.AppFolders.data().resolve("recovery");
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Writes (or replaces) the recovery copy of one document. */
    public void write(String id, Ladder ladder, Path original, Instant lastEdited) throws IOException {
        Files.createDirectories(root);
        AtomicFileWriter.writeWithoutBackup(root.resolve(id + ".ladder.json"), LadderWriter.toCanonicalJson(ladder).getBytes(StandardCharsets.UTF_8));
        ObjectNode meta = Json.MAPPER.createObjectNode();
        meta.put("original", original == null ? null : original.toAbsolutePath().toString());
        meta.put("lastEdited", lastEdited.toString());
        meta.put("pid", ownPid);
        meta.put("instance", instance);
        AtomicFileWriter.writeWithoutBackup(root.resolve(id + ".meta.json"), Json.MAPPER.writeValueAsBytes(meta));
    }

    /** Removes a document's copy (after a clean save, a close, or the user's "discard"). */
    public void discard(String id) {
        try {
            Files.deleteIfExists(root.resolve(id + ".ladder.json"));
            Files.deleteIfExists(root.resolve(id + ".meta.json"));
        } catch (IOException e) {
            // a copy that cannot be removed is offered again next time; nothing is lost
            LOG.warn("The recovery copy {} could not be removed; it will be offered again", id, e);
        }
    }

    /** Copies left by processes that are no longer running: crashed or killed windows. */
    public List<Entry> orphaned() {
        List<Entry> result = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return result;
        }
        try (Stream<Path> files = Files.list(root)) {
            for (Path meta : files.filter(p -> p.getFileName().toString().endsWith(".meta.json")).sorted().toList()) {
                String id = meta.getFileName().toString().replace(".meta.json", "");
                Path ladder = root.resolve(id + ".ladder.json");
                if (!Files.isRegularFile(ladder)) {
                    continue;
                }
                try {
                    JsonNode m = Json.MAPPER.readTree(meta.toFile());
                    long pid = m.path("pid").asLong(-1);
                    boolean alive = pid == ownPid ? LIVE.contains(m.path("instance").asText())
                            : pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                    if (alive) {
                        continue;
                    }
                    String original = m.path("original").isNull() || m.path("original").isMissingNode() ? null : m.path("original").asText();
                    result.add(new Entry(id, original == null ? null : Path.of(original), Instant.parse(m.path("lastEdited").asText()), ladder, pid));
                } catch (IOException | RuntimeException e) {
                    // a broken metadata file: offer nothing rather than fail the start
                    LOG.warn("Recovery metadata {} cannot be read; its copy is not offered", meta, e);
                }
            }
        } catch (IOException e) {
            LOG.warn("The recovery folder {} cannot be listed; no copies are offered", root, e);
        }
        return result;
    }

    public Optional<Ladder> read(Entry entry) {
        try {
            return Optional.of(LadderReader.parse(Files.readString(entry.ladderFile(), StandardCharsets.UTF_8), entry.ladderFile().toString()));
        } catch (IOException | LadderFormatException e) {
            LOG.warn("The recovery copy {} cannot be read", entry.ladderFile(), e);
            return Optional.empty();
        }
    }

    public Path root() {
        return root;
    }
}
