package app.dualtrack.cli;

import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "Check that ladder files follow the file format. Exit 0 when all are valid, 2 when one is refused.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "ladder files (*.ladder.json)")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int code = 0;
        for (Path file : files) {
            try {
                LadderFiles.read(file);
            } catch (LadderFormatException e) {
                spec.commandLine().getErr().println(e.getMessage());
                code = DualtrackCommand.EXIT_REFUSED;
            }
        }
        return code;
    }
}
