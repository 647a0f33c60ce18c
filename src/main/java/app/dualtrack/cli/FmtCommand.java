package app.dualtrack.cli;

import app.dualtrack.format.FileNames;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.format.SaveProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "fmt", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "Rewrite ladder files in canonical form, atomically. A file already canonical, refused, read-only or changed meanwhile by another program is left untouched.")
final class FmtCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "ladder files (*.ladder.json)")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int code = 0;
        for (Path file : files) {
            try {
                // a canonical file is not rewritten: its .bak keeps the version before, and a read-only folder is no obstacle
                if (LadderFiles.format(file) == LadderFiles.Formatted.ALREADY_CANONICAL) {
                    spec.commandLine().getOut().println(FileNames.display(file) + ": already canonical");
                }
            } catch (LadderFormatException e) {
                spec.commandLine().getErr().println(e.getMessage());
                code = DualtrackCommand.EXIT_REFUSED;
            } catch (IOException e) {
                spec.commandLine().getErr().println(FileNames.display(file) + ": " + SaveProblem.describe(e, file, " The file was left as it was."));
                code = DualtrackCommand.EXIT_REFUSED;
            }
        }
        return code;
    }
}
