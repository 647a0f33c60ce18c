package app.dualtrack.cli;

import app.dualtrack.format.LadderFormatException;
import app.dualtrack.history.HistoryException;
import app.dualtrack.history.HistoryText;
import app.dualtrack.history.LadderHistory;
import app.dualtrack.history.VersionChange;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "log", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {
        "The ladder's changelog from git: one entry per commit that changed it (following renames of the file), newest first,"
                + " with uncommitted changes on top and a one-line summary of what each changed.",
        "Exit 0, or 2 when the file is not in a git repository or the history cannot be read (a shallow clone, for one)."})
final class LogCommand implements Callable<Integer> {
    enum OutputFormat { text, json, markdown }

    @Parameters(index = "0", paramLabel = "FILE", description = "a ladder file in a git repository")
    Path file;

    @Option(names = "--format", paramLabel = "text|json|markdown", description = "output format; markdown suits release notes (default: ${DEFAULT-VALUE})")
    OutputFormat format = OutputFormat.text;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "judge review dates as of this day (default: today)")
    LocalDate today = LocalDate.now();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (LadderHistory history = LadderHistory.of(file)) {
            if (history.shallow()) {
                spec.commandLine().getErr().println(file + ": the repository is a shallow clone, so the changelog would miss older commits;"
                        + " fetch the full history first (git fetch --unshallow, or fetch-depth: 0 in CI).");
                return DualtrackCommand.EXIT_REFUSED;
            }
            List<VersionChange> changes = history.changes(today);
            String path = history.versions().get(0).path();
            switch (format) {
                case text -> spec.commandLine().getOut().print(HistoryText.text(path, changes, false));
                case markdown -> spec.commandLine().getOut().print(HistoryText.markdown(ladderName(history), path, changes, false));
                case json -> spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(HistoryText.json(changes)));
            }
            return 0;
        } catch (HistoryException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return DualtrackCommand.EXIT_REFUSED;
        } catch (IOException e) {
            spec.commandLine().getErr().println("dualtrack log: " + e.getMessage());
            return DualtrackCommand.EXIT_REFUSED;
        }
    }

    /** The name of the newest readable version, for the changelog's heading. */
    private static String ladderName(LadderHistory history) {
        for (var v : history.versions()) {
            try {
                return history.ladder(v).name();
            } catch (LadderFormatException e) {
                // That version is not readable; an older one names the ladder just as well.
                org.slf4j.LoggerFactory.getLogger(LogCommand.class).debug("Skipping unreadable {}: {}", v.shortId(), e.getMessage());
            }
        }
        return history.versions().get(0).path();
    }
}
