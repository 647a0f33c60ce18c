package app.dualtrack.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import app.dualtrack.analysis.Analyzer;
import app.dualtrack.analysis.AnnotationStore;
import app.dualtrack.session.AnnotationFile;
import app.dualtrack.format.AppFolders;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.slf4j.LoggerFactory;

/** The top-level {@code dualtrack} command; each subcommand lives in its own class in this package. */
@Command(name = "dualtrack",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Design a dual-track engineering career ladder, find where it is a management track in disguise, export it and compare versions.%n"
                + "Run without arguments to open the window.")
public final class DualtrackCommand implements Runnable {
    /** Exit code for input that cannot be read or is refused. */
    public static final int EXIT_REFUSED = 2;

    /**
     * The subcommands, in the order {@code --help} lists them. They are not in the annotation: picocli
     * builds the model of every registered subcommand by reflection on start, which for a one-shot
     * {@code dualtrack validate} cost a third of the run. {@link #commandLine} registers only the one
     * asked for, and all of them when the user asks for help or names none.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            ValidateCommand.class,
            FmtCommand.class,
            LintCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            DiffCommand.class,
            LogCommand.class,
            GitDiffCommand.class,
            GitSetupCommand.class,
            OutcomesCommand.class,
            KitCommand.class,
            CommandLine.HelpCommand.class);

    /**
     * Subcommands that analyse every ladder they read. For these the language models start loading
     * on other threads before picocli reads the arguments and the ladder is parsed (on two cores,
     * a `lint` of a small ladder then spends a good part of its run waiting for nothing else).
     */
    private static final Set<String> ANALYSING = Set.of("lint", "diff");

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
        Path annotationFile = null;
        AnnotationStore annotations = null;
        if (args.length > 0 && ANALYSING.contains(args[0]) && !List.of(args).contains("--help") && !List.of(args).contains("-h")) {
            annotationFile = AnnotationFile.ofThisBuild().orElse(null);
            annotations = annotationFile == null ? null : AnnotationFile.open(annotationFile);
            // with sentences read before, the models may not be needed at all: they then load on the first new sentence
            if (annotations == null || !annotations.warm()) {
                Analyzer.prepareInBackground();
            }
        }
        CommandLine cl = commandLine(args);
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
            LoggerFactory.getLogger(DualtrackCommand.class).error("Internal error in 'dualtrack {}'", String.join(" ", args), ex);
            cmd.getErr().println("dualtrack: internal error: " + ex + " (details in " + AppFolders.logs().resolve("dualtrack.log") + ")");
            return EXIT_REFUSED;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        if (annotations != null) {
            save(annotations, annotationFile);
        }
        return code;
    }

    /** Keeps this run's annotations for the next; a store that cannot be written only costs the next run time. */
    private static void save(AnnotationStore annotations, Path file) {
        try {
            AnnotationFile.save(annotations, file);
        } catch (java.io.IOException | RuntimeException e) {
            LoggerFactory.getLogger(DualtrackCommand.class).info("The language annotations were not kept for the next run: {}", e.toString());
        }
    }

    /** The command line with the subcommand the arguments name, or with all of them. */
    static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new DualtrackCommand());
        Class<?> asked = args.length == 0 ? null : SUBCOMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(args[0]))
                .filter(c -> c != CommandLine.HelpCommand.class) // "help lint" needs lint's model too
                .findFirst().orElse(null);
        for (Class<?> c : SUBCOMMANDS) {
            if (asked == null || c == asked) {
                cl.addSubcommand(c);
            }
        }
        return cl;
    }
}
