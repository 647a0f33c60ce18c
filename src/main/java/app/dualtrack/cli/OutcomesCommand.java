package app.dualtrack.cli;

import app.dualtrack.analysis.Severity;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.model.Ladder;
import app.dualtrack.outcomes.OutcomeAnalyzer;
import app.dualtrack.outcomes.OutcomeFinding;
import app.dualtrack.outcomes.OutcomeRecords;
import app.dualtrack.outcomes.OutcomeReport;
import app.dualtrack.outcomes.OutcomesJson;
import app.dualtrack.outcomes.RecordProblem;
import app.dualtrack.outcomes.RecordsFile;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "outcomes", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {
        "Check a ladder against what happens: promotions by track, moves into management, ceilings, levels nobody reaches.",
        "RECORDS is a CSV of pseudonymous rows person,date,level (a level's id or code, or \"left\").",
        "Figures for groups of fewer than 3 people are never shown. The records never leave this machine.",
        "Exit 0 when nothing reaches --fail-on, 1 when something does, 2 when a file cannot be read."})
final class OutcomesCommand implements Callable<Integer> {
    enum OutputFormat { text, json }

    enum FailOn { warning, never }

    @Parameters(index = "0", paramLabel = "LADDER", description = "the ladder (*.ladder.json)")
    Path ladderFile;

    @Parameters(index = "1", paramLabel = "RECORDS.csv", description = "the promotion records")
    Path recordsFile;

    @Option(names = "--format", paramLabel = "text|json", description = "output format (default: ${DEFAULT-VALUE})")
    OutputFormat format = OutputFormat.text;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "analyse as of this day (default: today)")
    LocalDate today = LocalDate.now();

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "look only at the period from this day (default: the first record)")
    LocalDate since;

    @Option(names = "--fail-on", paramLabel = "warning|never", description = "lowest severity that makes the exit code 1 (default: ${DEFAULT-VALUE})")
    FailOn failOn = FailOn.never;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (since != null && since.isAfter(today)) {
            err.println("dualtrack outcomes: --since " + since + " is after the analysis day " + today);
            return DualtrackCommand.EXIT_REFUSED;
        }
        Ladder ladder;
        OutcomeRecords records;
        try {
            ladder = LadderFiles.read(ladderFile);
            records = RecordsFile.read(recordsFile, ladder, today);
        } catch (LadderFormatException e) {
            err.println(e.getMessage());
            return DualtrackCommand.EXIT_REFUSED;
        } catch (RecordsFile.UnreadableException e) {
            err.println(e.getMessage());
            return DualtrackCommand.EXIT_REFUSED;
        }
        for (RecordProblem p : records.problems()) {
            err.println(p.describe());
        }
        OutcomeReport report = OutcomeAnalyzer.analyze(ladder, records.records(), since, today);
        if (format == OutputFormat.json) {
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(Map.of("files", List.of(OutcomesJson.of(ladderFile.toString(), records, report)))));
            } catch (IOException e) {
                err.println("dualtrack outcomes: " + e.getMessage());
                return DualtrackCommand.EXIT_REFUSED;
            }
        } else {
            printText(out, report, records);
        }
        boolean failed = failOn == FailOn.warning && report.findings().stream().anyMatch(f -> f.severity().atLeast(Severity.WARNING));
        return failed ? 1 : 0;
    }

    private void printText(PrintWriter out, OutcomeReport report, OutcomeRecords records) {
        for (OutcomeFinding f : report.findings()) {
            out.printf("%s:%s:%s: %s: %s [%s]%n", ladderFile, f.level() == null ? "-" : f.level(), OutcomeFinding.FIELD,
                    f.severity().key(), f.message(), f.rule());
            if (!f.suggestion().isEmpty()) {
                out.println("    " + f.suggestion());
            }
        }
        out.printf("%s: %d warnings, %d info; %s from %s, %s%n", ladderFile, report.count(Severity.WARNING),
                report.count(Severity.INFO), report.peopleText(), recordsFile, report.periodText()
                        + (records.problems().isEmpty() ? "" : ", " + records.problems().size() + (records.problems().size() == 1 ? " row" : " rows") + " left out"));
    }
}
