package app.dualtrack.cli;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Analyzer;
import app.dualtrack.analysis.Finding;
import app.dualtrack.analysis.RuleOverrides;
import app.dualtrack.session.RulesFiles;
import app.dualtrack.analysis.Severity;
import app.dualtrack.analysis.SuppressedFinding;
import app.dualtrack.format.FileNames;
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

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {
        "Find where a ladder is a management track in disguise, and say why and what to do.",
        "Exit 0 when nothing reaches --fail-on, 1 when something does, 2 when a file cannot be read.",
        "A file NAME.ladder-rules.json beside a ladder is applied automatically."})
final class LintCommand implements Callable<Integer> {
    enum OutputFormat { text, json, sarif }

    enum FailOn { error, warning, never }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "ladder files (*.ladder.json)")
    List<Path> files;

    @Option(names = "--format", paramLabel = "text|json|sarif", description = "output format (default: ${DEFAULT-VALUE})")
    OutputFormat format = OutputFormat.text;

    @Option(names = "--rules", paramLabel = "FILE", description = "a rules file: rules switched off or re-graded, words added")
    Path rules;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", description = "lowest severity that makes the exit code 1 (default: ${DEFAULT-VALUE})")
    FailOn failOn = FailOn.error;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "judge review dates as of this day (default: today)")
    LocalDate today = LocalDate.now();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleOverrides explicit;
        try {
            explicit = rules == null ? RuleOverrides.NONE : RulesFiles.read(rules);
        } catch (RuleOverrides.InvalidRulesException e) {
            err.println(e.getMessage());
            return DualtrackCommand.EXIT_REFUSED;
        }
        boolean unreadable = false;
        boolean failed = false;
        List<Map<String, Object>> jsonFiles = new ArrayList<>();
        SarifReport sarif = new SarifReport();
        for (Path file : files) {
            Ladder ladder;
            byte[] bytes;
            RuleOverrides overrides;
            try {
                // read once: the same bytes are analysed and, for SARIF, give the findings their lines
                bytes = LadderFiles.readBytes(file);
                ladder = LadderFiles.parse(bytes, FileNames.display(file));
                overrides = RulesFiles.forLadder(file).then(explicit);
            } catch (LadderFormatException e) {
                err.println(e.getMessage());
                unreadable = true;
                continue;
            } catch (RuleOverrides.InvalidRulesException e) {
                err.println(e.getMessage());
                unreadable = true;
                continue;
            }
            AnalysisReport report = Analyzer.withOverrides(overrides).analyze(ladder, today);
            failed |= report.findings().stream().anyMatch(f -> reachesFailOn(f.severity()));
            if (format == OutputFormat.json) {
                jsonFiles.add(json(file, report));
            } else if (format == OutputFormat.sarif) {
                sarif.add(file, new String(bytes, StandardCharsets.UTF_8), ladder, report); // strict UTF-8: parse checked it
            } else {
                printText(out, file, report);
            }
        }
        if (format == OutputFormat.json || format == OutputFormat.sarif) {
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(format == OutputFormat.json ? Map.of("files", jsonFiles) : sarif.toMap()));
            } catch (IOException e) {
                err.println("dualtrack lint: " + e.getMessage());
                return DualtrackCommand.EXIT_REFUSED;
            }
        }
        if (unreadable) {
            return DualtrackCommand.EXIT_REFUSED;
        }
        return failed ? 1 : 0;
    }

    private boolean reachesFailOn(Severity s) {
        return switch (failOn) {
            case error -> s == Severity.ERROR;
            case warning -> s.atLeast(Severity.WARNING);
            case never -> false;
        };
    }

    private static void printText(PrintWriter out, Path file, AnalysisReport report) {
        for (Finding f : report.findings()) {
            out.printf("%s:%s:%s: %s: %s [%s]%n", file, f.level() == null ? "-" : f.level(),
                    f.field() == null ? "-" : f.field() + (f.index() >= 0 ? "[" + f.index() + "]" : ""),
                    f.severity().key(), f.message(), f.rule());
            if (!f.suggestion().isEmpty()) {
                out.println("    " + f.suggestion());
            }
        }
        for (SuppressedFinding s : report.suppressed()) {
            Finding f = s.finding();
            out.printf("%s:%s:%s: suppressed: %s [%s] (%s)%n", file, f.level() == null ? "-" : f.level(),
                    f.field() == null ? "-" : f.field(), f.message(), f.rule(), s.reason());
        }
        out.printf("%s: %d errors, %d warnings, %d info, %d suppressed%n", file, report.count(Severity.ERROR),
                report.count(Severity.WARNING), report.count(Severity.INFO), report.suppressed().size());
    }

    private static Map<String, Object> json(Path file, AnalysisReport report) {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("severity", f.severity().key());
            m.put("level", f.level());
            m.put("field", f.field());
            m.put("index", f.index() < 0 ? null : f.index());
            m.put("start", f.start() < 0 ? null : f.start());
            m.put("end", f.end() < 0 ? null : f.end());
            m.put("text", f.text());
            m.put("message", f.message());
            m.put("suggestion", f.suggestion());
            findings.add(m);
        }
        List<Map<String, Object>> suppressed = new ArrayList<>();
        for (SuppressedFinding s : report.suppressed()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", s.finding().rule());
            m.put("level", s.finding().level());
            m.put("reason", s.reason());
            suppressed.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("findings", findings);
        m.put("suppressed", suppressed);
        return m;
    }
}
