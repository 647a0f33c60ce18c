package app.dualtrack.cli;

import app.dualtrack.export.ExportException;
import app.dualtrack.export.ExportOptions;
import app.dualtrack.export.ExportResult;
import app.dualtrack.export.LadderPdfExporter;
import app.dualtrack.format.AtomicFileWriter;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.model.Ladder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {"Export a ladder as a typeset PDF to hand out, or publish it as Markdown, HTML, CSV or Excel (by the output's extension).",
        "Exit 0 when written, 2 when the ladder cannot be read or the PDF cannot be written."})
final class ExportCommand implements Callable<Integer> {
    enum PaperOption { a4, letter }

    @Parameters(index = "0", paramLabel = "FILE", description = "the ladder (*.ladder.json)")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pdf|md|html|csv|xlsx", description = "where to write it; the extension chooses the form")
    Path output;

    @Option(names = "--paper", paramLabel = "a4|letter", description = "paper size (default: ${DEFAULT-VALUE})")
    PaperOption paper = PaperOption.a4;

    @Option(names = "--bands", description = "include pay bands (left out by default)")
    boolean bands;

    @Option(names = "--audit", description = "add an appendix with the design audit (the lint findings)")
    boolean audit;

    @Option(names = "--changes", description = "say in each level's section what changes from the level below")
    boolean changes;

    @Option(names = "--matrix", description = "add an appendix with the competency matrix (levels × areas)")
    boolean matrix;

    @Option(names = "--shape", paramLabel = "rows|matrix", description = "CSV and Excel: one row per behaviour, or areas × levels (default: rows)")
    String shape;

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
        if (PublishOutput.handles(output)) {
            return PublishOutput.write(ladder, output, shape, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        ExportOptions options = new ExportOptions(paper == PaperOption.a4 ? ExportOptions.Paper.A4 : ExportOptions.Paper.LETTER,
                bands, audit, changes, LocalDate.now(), matrix);
        try {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            ExportResult result = new LadderPdfExporter().export(ladder, options, pdf);
            AtomicFileWriter.write(output, pdf.toByteArray());
            spec.commandLine().getOut().println("Wrote " + output + " (" + result.pages() + " pages)");
            if (!result.complete()) {
                spec.commandLine().getErr().println("warning: " + result.missingCharactersMessage());
            }
            return 0;
        } catch (ExportException e) {
            spec.commandLine().getErr().println(file + ": " + e.getMessage());
            return DualtrackCommand.EXIT_REFUSED;
        } catch (IOException e) {
            spec.commandLine().getErr().println(output + ": the PDF could not be written: " + e.getMessage());
            return DualtrackCommand.EXIT_REFUSED;
        }
    }
}
