package app.dualtrack.cli;

import app.dualtrack.history.GitRepository;
import app.dualtrack.history.GitSetup;
import app.dualtrack.history.HistoryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "git-setup", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {
        "Make git diff, git log -p and git show print the ladder-aware report for *.ladder.json in this repository:"
                + " adds '" + GitSetup.ATTRIBUTE_LINE + "' to .gitattributes in the top folder and sets diff.ladder.command in the repository's git config.",
        "Exit 0 when done (or already in place), 2 when the folder is not in a git repository or a file cannot be written."})
final class GitSetupCommand implements Callable<Integer> {

    @Option(names = "--command", paramLabel = "CMD", description = "how git should run the driver (default: ${DEFAULT-VALUE})")
    String command = GitSetup.DEFAULT_COMMAND;

    @Option(names = "--dry-run", description = "only say what would be written")
    boolean dryRun;

    @Option(names = "-C", paramLabel = "DIR", description = "set up the repository containing DIR (default: the working folder)")
    Path folder = Path.of("");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (GitRepository repo = GitRepository.containing(folder.toAbsolutePath())) {
            GitSetup.apply(repo, command, dryRun).forEach(spec.commandLine().getOut()::println);
            return 0;
        } catch (HistoryException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return DualtrackCommand.EXIT_REFUSED;
        }
    }
}
