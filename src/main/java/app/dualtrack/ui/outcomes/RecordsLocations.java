package app.dualtrack.ui.outcomes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Remembers, per ladder file, which promotion records were last analysed with it. Kept in the
 * user's preferences and never in the ladder file: the ladder is shared and versioned, the records
 * are personal data that stay on this machine.
 */
public final class RecordsLocations {
    private static final Logger LOG = LoggerFactory.getLogger(RecordsLocations.class);
    private final Preferences node;

    public RecordsLocations(Preferences node) {
        this.node = node;
    }

    public static RecordsLocations user() {
        return new RecordsLocations(Preferences.userRoot().node("app/dualtrack/outcomes"));
    }

    public Optional<Path> recordsFor(Path ladderFile) {
        if (ladderFile == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(node.get(key(ladderFile), null)).map(Path::of);
    }

    public void remember(Path ladderFile, Path records) {
        if (ladderFile == null) {
            return;
        }
        node.put(key(ladderFile), records.toAbsolutePath().normalize().toString());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("The records location for {} could not be stored", ladderFile, e);
        }
    }

    /** Preference keys are limited to 80 characters: a path is hashed into one. */
    private static String key(Path ladderFile) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(ladderFile.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return "records." + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
