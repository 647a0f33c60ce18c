package app.dualtrack.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Placeholder until the diff feature lands; replaced by its owner. */
@Command(name = "diff", description = "(not yet available)")
final class DiffCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("dualtrack diff: not yet available in this build");
        return DualtrackCommand.EXIT_REFUSED;
    }
}
