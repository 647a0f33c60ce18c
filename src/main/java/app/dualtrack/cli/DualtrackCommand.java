package app.dualtrack.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The top-level {@code dualtrack} command; each subcommand lives in its own class in this package. */
@Command(name = "dualtrack",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Design a dual-track engineering career ladder, find where it is a management track in disguise, export it and compare versions.%n"
                + "Run without arguments to open the window.",
        subcommands = {
                ValidateCommand.class,
                FmtCommand.class,
                LintCommand.class,
                ExportCommand.class,
                ImportCommand.class,
                DiffCommand.class,
                CommandLine.HelpCommand.class
        })
public final class DualtrackCommand implements Runnable {
    /** Exit code for input that cannot be read or is refused. */
    public static final int EXIT_REFUSED = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code; never throws. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given streams, for tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new DualtrackCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("dualtrack: " + ex.getMessage());
            cmd.getErr().println("Try 'dualtrack " + (cmd == cl ? "" : cmd.getCommandName() + " ") + "--help' for usage.");
            return EXIT_REFUSED;
        });
        // A bug must not show a user a stack trace: print one line and exit 2.
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("dualtrack: internal error: " + ex);
            return EXIT_REFUSED;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
