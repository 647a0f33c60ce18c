package app.dualtrack.cli;

import app.dualtrack.compare.ComparisonText;
import app.dualtrack.compare.LadderComparator;
import app.dualtrack.compare.LadderComparison;
import app.dualtrack.export.ComparisonPdfExporter;
import app.dualtrack.export.ExportException;
import app.dualtrack.format.AtomicFileWriter;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.model.Ladder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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

@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {"Compare two versions of a ladder: levels added, removed, renamed, moved, re-paired, behaviours rewritten.",
        "Exit 0 when the ladders are the same, 1 when they differ, 2 when one cannot be read."})
final class DiffCommand implements Callable<Integer> {
    enum OutputFormat { text, json }

    @Parameters(index = "0", paramLabel = "A", description = "the older ladder")
    Path before;

    @Parameters(index = "1", paramLabel = "B", description = "the newer ladder")
    Path after;

    @Option(names = "--format", paramLabel = "text|json", description = "output format (default: ${DEFAULT-VALUE})")
    OutputFormat format = OutputFormat.text;

    @Option(names = {"-o", "--output"}, paramLabel = "REPORT.pdf", description = "also write a PDF comparison report")
    Path report;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "judge review dates as of this day (default: today)")
    LocalDate today = LocalDate.now();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Ladder a;
        Ladder b;
        try {
            a = LadderFiles.read(before);
            b = LadderFiles.read(after);
        } catch (LadderFormatException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return DualtrackCommand.EXIT_REFUSED;
        }
        LadderComparison c = LadderComparator.compare(a, b, today);
        if (format == OutputFormat.json) {
            try {
                spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(ComparisonText.json(c)));
            } catch (IOException e) {
                spec.commandLine().getErr().println("dualtrack diff: " + e.getMessage());
                return DualtrackCommand.EXIT_REFUSED;
            }
        } else {
            spec.commandLine().getOut().print(ComparisonText.changelog(c, before.toString(), after.toString()));
        }
        if (report != null) {
            try {
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                new ComparisonPdfExporter().export(c, before.getFileName().toString(), after.getFileName().toString(), today, pdf);
                AtomicFileWriter.write(report, pdf.toByteArray(), AtomicFileWriter.PLAIN, false); // outputs get no .bak: backups are for ladders
            } catch (ExportException | IOException e) {
                spec.commandLine().getErr().println(report + ": the report could not be written: " + e.getMessage());
                return DualtrackCommand.EXIT_REFUSED;
            }
        }
        return c.same() ? 0 : 1;
    }
}
