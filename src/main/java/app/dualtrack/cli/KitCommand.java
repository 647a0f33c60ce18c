package app.dualtrack.cli;

import app.dualtrack.export.ExportOptions;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.kit.KitWriter;
import app.dualtrack.model.Ladder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "kit", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {
        "Write the visibility kit: a quarterly scope document template per technical level (Markdown and PDF),",
        "the technical review presentation outline, and a calendar (ICS) of the sessions and the ladder's yearly review.",
        "Exit 0 when written, 2 when the ladder cannot be read or the kit cannot be written."})
final class KitCommand implements Callable<Integer> {
    enum PaperOption { a4, letter }

    @Parameters(index = "0", paramLabel = "FILE", description = "the ladder (*.ladder.json)")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "the folder to write the kit into")
    Path output;

    @Option(names = "--paper", paramLabel = "a4|letter", description = "paper size of the PDFs (default: ${DEFAULT-VALUE})")
    PaperOption paper = PaperOption.a4;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "the calendar starts from this day (default: today)")
    LocalDate today = LocalDate.now();

    @Option(names = "--replace", description = "replace the kit's files if the folder already has them")
    boolean replace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Ladder ladder;
        try {
            ladder = LadderFiles.read(file);
        } catch (LadderFormatException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return DualtrackCommand.EXIT_REFUSED;
        }
        try {
            KitWriter.Result result = KitWriter.write(ladder, output, today,
                    paper == PaperOption.a4 ? ExportOptions.Paper.A4 : ExportOptions.Paper.LETTER, replace);
            for (Path p : result.files()) {
                spec.commandLine().getOut().println("Wrote " + p);
            }
            if (result.proposed()) {
                spec.commandLine().getErr().println("note: " + file + " names no scope document or no technical review; "
                        + "the kit proposes a quarterly one from the lowest technical level (add it to the ladder to make it a rule)");
            }
            return 0;
        } catch (KitWriter.KitException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return DualtrackCommand.EXIT_REFUSED;
        }
    }
}
