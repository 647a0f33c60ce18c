package app.dualtrack.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Placeholder until the lint feature lands; replaced by its owner. */
@Command(name = "lint", description = "(not yet available)")
final class LintCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("dualtrack lint: not yet available in this build");
        return DualtrackCommand.EXIT_REFUSED;
    }
}
