package app.dualtrack.session;

import app.dualtrack.analysis.RuleOverrides;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a ladder's rules file is and how it is read, once for the editor and for {@code lint}:
 * {@code acme.ladder.json} is tuned by {@code acme.ladder-rules.json} beside it.
 */
public final class RulesFiles {
    private static final String LADDER = ".ladder.json";
    private static final long MAX_BYTES = 1_000_000;

    private RulesFiles() {
    }

    /** The rules file that would tune this ladder, whether or not it exists; empty for other file names. */
    public static Optional<Path> besideLadder(Path ladderFile) {
        String name = ladderFile.getFileName().toString();
        if (!name.endsWith(LADDER)) {
            return Optional.empty();
        }
        return Optional.of(ladderFile.resolveSibling(name.substring(0, name.length() - LADDER.length()) + ".ladder-rules.json"));
    }

    /** The overrides of the rules file beside the ladder, or none when there is no such file. */
    public static RuleOverrides forLadder(Path ladderFile) throws RuleOverrides.InvalidRulesException {
        Optional<Path> beside = besideLadder(ladderFile);
        if (beside.isEmpty() || !Files.isRegularFile(beside.get())) {
            return RuleOverrides.NONE;
        }
        return read(beside.get());
    }

    /** Reads a rules file; an unreadable or oversized file is reported in one sentence naming it. */
    public static RuleOverrides read(Path rulesFile) throws RuleOverrides.InvalidRulesException {
        try {
            if (Files.size(rulesFile) > MAX_BYTES) {
                throw new RuleOverrides.InvalidRulesException(rulesFile + ": a rules file larger than 1 MB is not accepted");
            }
            return RuleOverrides.parse(Files.readString(rulesFile, StandardCharsets.UTF_8), rulesFile.toString());
        } catch (IOException e) {
            throw new RuleOverrides.InvalidRulesException(rulesFile + ": cannot be read: " + e.getMessage());
        }
    }
}
