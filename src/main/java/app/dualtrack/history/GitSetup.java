package app.dualtrack.history;

import app.dualtrack.format.AtomicFileWriter;
import org.eclipse.jgit.lib.StoredConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes {@code git diff}, {@code git log -p} and {@code git show} use Dualtrack for ladders in one
 * repository: the attribute line in the top folder's {@code .gitattributes} (shared with everyone who
 * clones) and the driver's command in the repository's own config (each clone sets its own).
 */
public final class GitSetup {
    private static final Logger LOG = LoggerFactory.getLogger(GitSetup.class);
    public static final String ATTRIBUTE_LINE = "*.ladder.json diff=ladder";
    public static final String DEFAULT_COMMAND = "dualtrack git-diff";
    private static final Pattern ALREADY = Pattern.compile("(?m)^\\s*\\*\\.ladder\\.json\\s+.*\\bdiff=ladder\\b.*$");

    private GitSetup() {
    }

    /**
     * Writes what is missing and returns one sentence per thing done or found already in place.
     *
     * @param dryRun only say what would be written
     */
    public static List<String> apply(GitRepository repo, String command, boolean dryRun) throws HistoryException {
        List<String> done = new ArrayList<>();
        Path attributes = repo.workTree().resolve(".gitattributes");
        try {
            String existing = Files.exists(attributes) ? Files.readString(attributes, StandardCharsets.UTF_8) : "";
            if (ALREADY.matcher(existing).find()) {
                done.add(attributes + " already routes *.ladder.json to the ladder diff.");
            } else {
                String text = existing + (existing.isEmpty() || existing.endsWith("\n") ? "" : "\n") + ATTRIBUTE_LINE + "\n";
                if (!dryRun) {
                    AtomicFileWriter.write(attributes, text.getBytes(StandardCharsets.UTF_8), AtomicFileWriter.PLAIN, false);
                }
                done.add((dryRun ? "Would add " : "Added ") + "\"" + ATTRIBUTE_LINE + "\" to " + attributes + " (commit it to share it).");
            }
        } catch (IOException e) {
            LOG.warn("Cannot update {}", attributes, e);
            throw new HistoryException(attributes + " cannot be updated: " + e.getMessage() + ".", e);
        }
        StoredConfig config = repo.jgit().getConfig();
        String current = config.getString("diff", "ladder", "command");
        if (command.equals(current)) {
            done.add("diff.ladder.command is already \"" + command + "\".");
        } else {
            if (!dryRun) {
                config.setString("diff", "ladder", "command", command);
                try {
                    config.save();
                } catch (IOException e) {
                    LOG.warn("Cannot save the git config of {}", repo.workTree(), e);
                    throw new HistoryException("The git config of " + repo.workTree() + " cannot be saved: " + e.getMessage() + ".", e);
                }
            }
            done.add((dryRun ? "Would set " : "Set ") + "diff.ladder.command to \"" + command + "\" in this repository's git config"
                    + (current == null ? "." : " (it was \"" + current + "\")."));
        }
        return done;
    }
}
