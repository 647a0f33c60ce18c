package app.dualtrack.cli;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Finding;
import app.dualtrack.analysis.RuleCatalog;
import app.dualtrack.analysis.RuleInfo;
import app.dualtrack.analysis.Severity;
import app.dualtrack.analysis.SuppressedFinding;
import app.dualtrack.format.SourcePositions;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Track;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code lint --format sarif}: SARIF 2.1.0, so that code-scanning tools show findings on the
 * ladder's lines. One run for all files; every rule with its help text; every result with the file,
 * the line and column of the sentence (and of the blamed phrase within it), and the level it is about.
 * Suppressed findings are results with their suppression and its reason.
 */
final class SarifReport {
    private final List<Map<String, Object>> results = new ArrayList<>();
    private final List<String> ruleIds = new ArrayList<>();

    SarifReport() {
        RuleCatalog.builtIn().all().forEach(r -> ruleIds.add(r.id()));
    }

    void add(Path file, String text, Ladder ladder, AnalysisReport report) {
        SourcePositions positions = SourcePositions.of(text);
        String uri = file.toString().replace('\\', '/');
        for (Finding f : report.findings()) {
            results.add(result(uri, positions, ladder, f, null));
        }
        for (SuppressedFinding s : report.suppressed()) {
            results.add(result(uri, positions, ladder, s.finding(), s.reason()));
        }
    }

    Map<String, Object> toMap() {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (RuleInfo r : RuleCatalog.builtIn().all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("name", r.title());
            m.put("shortDescription", Map.of("text", r.title()));
            m.put("fullDescription", Map.of("text", r.explanation()));
            m.put("help", Map.of("text", r.explanation()));
            m.put("defaultConfiguration", Map.of("level", level(r.defaultSeverity())));
            rules.add(m);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "Dualtrack");
        driver.put("version", Version.current());
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> sarif = new LinkedHashMap<>();
        sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        sarif.put("version", "2.1.0");
        sarif.put("runs", List.of(run));
        return sarif;
    }

    private Map<String, Object> result(String uri, SourcePositions positions, Ladder ladder, Finding f, String suppressedBecause) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ruleId", f.rule());
        r.put("ruleIndex", ruleIds.indexOf(f.rule()));
        r.put("level", level(f.severity()));
        r.put("message", Map.of("text", f.suggestion().isEmpty() ? f.message() : f.message() + " " + f.suggestion()));
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("physicalLocation", Map.of("artifactLocation", Map.of("uri", uri), "region", region(positions, ladder, f)));
        if (f.level() != null) {
            location.put("logicalLocations", List.of(Map.of("name", f.level(), "kind", "object")));
        }
        r.put("locations", List.of(location));
        if (suppressedBecause != null) {
            r.put("suppressions", List.of(Map.of("kind", "inSource", "justification", suppressedBecause)));
        }
        return r;
    }

    /** The line and column of the sentence, narrowed to the blamed phrase when the sentence is a plain string on one line. */
    private static Map<String, Object> region(SourcePositions positions, Ladder ladder, Finding f) {
        String pointer = pointer(ladder, f);
        Map<String, Object> region = new LinkedHashMap<>();
        var textValue = positions.exact(pointer + "/text");
        var value = textValue.isPresent() ? textValue : positions.exact(pointer);
        SourcePositions.Position p = value.orElseGet(() -> positions.nearest(pointer));
        region.put("startLine", p.line());
        if (value.isPresent() && f.hasSpan()) {
            // the value starts at its opening quote; the phrase's offset counts from the first character after it
            region.put("startColumn", p.column() + 1 + f.start());
            region.put("endColumn", p.column() + 1 + f.end());
            region.put("snippet", Map.of("text", f.text()));
        } else {
            region.put("startColumn", p.column());
        }
        return region;
    }

    /** The JSON Pointer of what a finding is about: "/technical/2/primary/0", "/reviewed", "/visibility/1". */
    static String pointer(Ladder ladder, Finding f) {
        StringBuilder sb = new StringBuilder();
        if (f.level() != null) {
            Track t = ladder.trackOf(f.level()).orElse(null);
            if (t != null) {
                sb.append('/').append(t.key()).append('/').append(ladder.indexOf(f.level()));
            }
        }
        sb.append('/').append(f.field());
        if (f.index() >= 0) {
            sb.append('/').append(f.index());
        }
        return sb.toString();
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
