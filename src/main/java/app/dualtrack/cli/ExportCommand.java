package app.dualtrack.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Placeholder until the export feature lands; replaced by its owner. */
@Command(name = "export", description = "(not yet available)")
final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("dualtrack export: not yet available in this build");
        return DualtrackCommand.EXIT_REFUSED;
    }
}
