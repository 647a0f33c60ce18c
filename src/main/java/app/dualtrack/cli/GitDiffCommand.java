package app.dualtrack.cli;

import app.dualtrack.history.ExternalDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "git-diff", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {
        "Git's external diff driver for ladders: with '*.ladder.json diff=ladder' in .gitattributes and"
                + " 'git config diff.ladder.command \"dualtrack git-diff\"' (dualtrack git-setup writes both),"
                + " git diff (and git log -p --ext-diff, git show --ext-diff) print the ladder-aware report instead of JSON lines.",
        "Git passes PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE (and NEW-PATH and a note for a rename);"
                + " /dev/null stands for the missing side of an added or deleted file.",
        "Exit 0 whenever the report is printed (git stops at any other exit), 2 when the arguments are not git's."})
final class GitDiffCommand implements Callable<Integer> {

    @Parameters(arity = "7..9", hideParamSyntax = true, paramLabel = "PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE [NEW-PATH NOTE]",
            description = "what git passes to an external diff driver")
    List<String> args;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String path = args.get(0);
        String newPath = args.size() >= 8 ? args.get(7) : null;
        try {
            spec.commandLine().getOut().print(ExternalDiff.report(path, args.get(1), args.get(4), newPath, LocalDate.now()));
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println(path + ": the version git passed cannot be read: " + e.getMessage());
            return DualtrackCommand.EXIT_REFUSED;
        }
    }
}
