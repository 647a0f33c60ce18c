package app.dualtrack.cli;

import app.dualtrack.compare.ComparisonMarkdown;
import app.dualtrack.compare.ComparisonText;
import app.dualtrack.compare.LadderComparator;
import app.dualtrack.compare.LadderComparison;
import app.dualtrack.export.ComparisonPdfExporter;
import app.dualtrack.export.ExportException;
import app.dualtrack.format.AtomicFileWriter;
import app.dualtrack.format.FileNames;
import app.dualtrack.format.SaveProblem;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.history.HistoryException;
import app.dualtrack.history.RevisionPath;
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
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {"Compare two versions of a ladder: levels added, removed, renamed, moved, re-paired, behaviours rewritten.",
        "A or B may be REV:PATH (HEAD~3:ladder.ladder.json, main:eng/ladder.ladder.json), read from the git repository that contains the working folder.",
        "Exit 0 when the ladders are the same, 1 when they differ, 2 when one cannot be read."})
final class DiffCommand implements Callable<Integer> {
    enum OutputFormat { text, json, markdown }

    @Parameters(index = "0", paramLabel = "A", description = "the older ladder: a file, or REV:PATH in git")
    String before;

    @Parameters(index = "1", paramLabel = "B", description = "the newer ladder: a file, or REV:PATH in git")
    String after;

    @Option(names = "--format", paramLabel = "text|json|markdown", description = "output format; markdown is sized for a pull-request comment (default: ${DEFAULT-VALUE})")
    OutputFormat format = OutputFormat.text;

    @Option(names = {"-o", "--output"}, paramLabel = "REPORT.pdf", description = "also write a PDF comparison report")
    Path report;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "judge review dates as of this day (default: today)")
    LocalDate today = LocalDate.now();

    @Option(names = "-C", paramLabel = "DIR", description = "work as if started in DIR: relative files and REV:PATH are read from there")
    Path workingFolder = Path.of("");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (report != null && (isLocalFile(before, report) || isLocalFile(after, report))) {
            spec.commandLine().getErr().println(FileNames.display(report) + ": this is one of the ladders being compared; write the report to another file");
            return DualtrackCommand.EXIT_REFUSED;
        }
        Ladder a;
        Ladder b;
        try {
            a = load(before);
            b = load(after);
        } catch (LadderFormatException | HistoryException e) {
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
        } else if (format == OutputFormat.markdown) {
            spec.commandLine().getOut().print(ComparisonMarkdown.report(c, before, after));
        } else {
            spec.commandLine().getOut().print(ComparisonText.changelog(c, displayName(before), displayName(after)));
        }
        if (report != null) {
            try {
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                new ComparisonPdfExporter().export(c, shortName(before), shortName(after), today, pdf);
                AtomicFileWriter.writeWithoutBackup(report, pdf.toByteArray()); // outputs get no .bak: backups are for ladders
            } catch (ExportException e) {
                spec.commandLine().getErr().println(FileNames.display(report) + ": the report could not be written: " + e.getMessage());
                return DualtrackCommand.EXIT_REFUSED;
            } catch (IOException e) {
                spec.commandLine().getErr().println(FileNames.display(report) + ": the report could not be written. " + SaveProblem.describe(e, report, ""));
                return DualtrackCommand.EXIT_REFUSED;
            }
        }
        return c.same() ? 0 : 1;
    }

    /** A file, or REV:PATH read from git; a file that exists wins over a REV:PATH reading of its name. */
    private Ladder load(String operand) throws LadderFormatException, HistoryException {
        Optional<RevisionPath> inGit = RevisionPath.parse(operand, workingFolder);
        if (inGit.isPresent()) {
            return inGit.get().read(workingFolder.toAbsolutePath());
        }
        try {
            return LadderFiles.read(workingFolder.resolve(operand));
        } catch (java.nio.file.InvalidPathException e) {
            throw new LadderFormatException(operand, 0, 0, "is not a file name this system accepts: " + e.getReason());
        }
    }

    /** True when the operand is a file on disk (not REV:PATH) and is the same file as {@code output}. */
    private boolean isLocalFile(String operand, Path output) {
        return RevisionPath.parse(operand, workingFolder).isEmpty() && FileNames.sameFile(workingFolder.resolve(operand), output);
    }

    /** A file as the one-line rule shows it (quoted when its name has a line break); REV:PATH as written. */
    private String displayName(String operand) {
        return RevisionPath.parse(operand, workingFolder).isPresent() ? operand : FileNames.display(Path.of(operand));
    }

    /** "ladder.ladder.json", or "HEAD~3:ladder.ladder.json" for a version in git: what the PDF report's heading shows. */
    private String shortName(String operand) {
        Optional<RevisionPath> inGit = RevisionPath.parse(operand, workingFolder);
        String file = inGit.map(RevisionPath::path).orElse(operand);
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        return inGit.map(r -> r.revision() + ":" + name).orElse(name);
    }
}
