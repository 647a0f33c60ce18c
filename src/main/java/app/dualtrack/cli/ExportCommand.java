package app.dualtrack.cli;

import app.dualtrack.export.ExportException;
import app.dualtrack.export.ExportOptions;
import app.dualtrack.export.ExportResult;
import app.dualtrack.export.LadderPdfExporter;
import app.dualtrack.format.AtomicFileWriter;
import app.dualtrack.format.FileNames;
import app.dualtrack.format.SaveProblem;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.model.Ladder;
import app.dualtrack.outcomes.OutcomeAnalyzer;
import app.dualtrack.outcomes.OutcomeRecords;
import app.dualtrack.outcomes.OutcomeReport;
import app.dualtrack.outcomes.RecordsFile;
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

    @Option(names = "--outcomes", paramLabel = "RECORDS.csv", description = "add an Outcomes section from promotion records (see 'dualtrack outcomes')")
    Path outcomes;
    @Option(names = "--overview", description = "write a one-page overview sheet instead (the ladder at a glance with each level's one-line summary, for noticeboards and onboarding packs)")
    boolean overview;

    @Option(names = "--matrix", description = "add an appendix with the competency matrix (levels × areas)")
    boolean matrix;

    @Option(names = "--shape", paramLabel = "rows|matrix", description = "CSV and Excel: one row per behaviour, or areas × levels (default: rows)")
    String shape;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (FileNames.sameFile(output, file)) {
            spec.commandLine().getErr().println(FileNames.display(output) + ": this is the ladder being exported; write the PDF to another file");
            return DualtrackCommand.EXIT_REFUSED;
        }
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
        OutcomeReport outcomeReport = null;
        if (outcomes != null) {
            try {
                OutcomeRecords records = RecordsFile.read(outcomes, ladder, LocalDate.now());
                records.problems().forEach(p -> spec.commandLine().getErr().println(p.describe()));
                outcomeReport = OutcomeAnalyzer.analyze(ladder, records.records(), null, LocalDate.now());
            } catch (RecordsFile.UnreadableException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return DualtrackCommand.EXIT_REFUSED;
            }
        }
        ExportOptions options = new ExportOptions(paper == PaperOption.a4 ? ExportOptions.Paper.A4 : ExportOptions.Paper.LETTER,
                bands, audit, changes, LocalDate.now(), overview, matrix);
        try {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            ExportResult result = new LadderPdfExporter().export(ladder, options, outcomeReport, pdf);
            AtomicFileWriter.writeWithoutBackup(output, pdf.toByteArray()); // outputs get no .bak: backups are for ladders
            spec.commandLine().getOut().println("Wrote " + FileNames.display(output) + " (" + result.pages() + " pages)");
            if (!result.complete()) {
                spec.commandLine().getErr().println("warning: " + result.missingCharactersMessage());
            }
            return 0;
        } catch (ExportException e) {
            spec.commandLine().getErr().println(FileNames.display(file) + ": " + e.getMessage());
            return DualtrackCommand.EXIT_REFUSED;
        } catch (IOException e) {
            spec.commandLine().getErr().println(FileNames.display(output) + ": the PDF could not be written. " + SaveProblem.describe(e, output, ""));
            return DualtrackCommand.EXIT_REFUSED;
        }
    }
}
