package app.dualtrack.cli;

import app.dualtrack.format.LadderWriter;
import app.dualtrack.outcomes.GeneratedHistories;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomesCommandTest {
    private static final String TODAY = GeneratedHistories.TODAY.toString();

    private static Path ladder(Path dir) throws Exception {
        return Files.writeString(dir.resolve("generated.ladder.json"), LadderWriter.toCanonicalJson(GeneratedHistories.ladder()));
    }

    @Test
    void theFunnelHistoryPrintsExactlyItsFindingsAsLintDoes(@TempDir Path dir) throws Exception {
        Path ladder = ladder(dir);
        Path csv = Files.writeString(dir.resolve("records.csv"), GeneratedHistories.principalFunnel());
        CliRunner r = CliRunner.run("outcomes", "--today", TODAY, ladder.toString(), csv.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> findingLines = r.out().lines().filter(l -> !l.startsWith("    ")).toList();
        assertThat(findingLines).hasSize(3);
        assertThat(findingLines.get(0)).startsWith(ladder + ":principal:outcomes: warning: 5 of the 8 people who held IC5 Principal Engineer")
                .endsWith("[outcomes/funnel]");
        assertThat(findingLines.get(1)).startsWith(ladder + ":-:outcomes: info: Time at level is withheld").endsWith("[outcomes/too-few]");
        assertThat(findingLines.get(2)).isEqualTo(ladder + ": 1 warnings, 1 info; 29 people from " + csv + ", 2018-01-01 to 2026-12-01");
    }

    @Test
    void jsonHasTheLintShapeForEachHistory(@TempDir Path dir) throws Exception {
        Path ladder = ladder(dir);
        String[][] cases = {
                {GeneratedHistories.healthy(), "outcomes/too-few"},
                {GeneratedHistories.principalFunnel(), "outcomes/funnel,outcomes/too-few"},
                {GeneratedHistories.unreachedDistinguished(), "outcomes/too-few,outcomes/unreached-level"}};
        for (String[] c : cases) {
            Path csv = Files.writeString(dir.resolve("records.csv"), c[0]);
            CliRunner r = CliRunner.run("outcomes", "--format", "json", "--today", TODAY, ladder.toString(), csv.toString());
            assertThat(r.exitCode()).isZero();
            JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(0);
            List<String> rules = new ArrayList<>();
            file.get("findings").forEach(f -> {
                assertThat(f.fieldNames()).toIterable().containsExactly("rule", "severity", "level", "field", "index",
                        "start", "end", "text", "message", "suggestion");
                assertThat(f.get("field").asText()).isEqualTo("outcomes");
                rules.add(f.get("rule").asText());
            });
            assertThat(String.join(",", rules)).isEqualTo(c[1]);
            assertThat(file.get("suppressed")).isEmpty();
            assertThat(file.get("problems")).isEmpty();
        }
    }

    @Test
    void badRowsGoToStandardErrorAsFileLineAndTheRestIsAnalysed(@TempDir Path dir) throws Exception {
        Path ladder = ladder(dir);
        Path csv = Files.writeString(dir.resolve("records.csv"), GeneratedHistories.principalFunnel() + "zz,yesterday,staff\n");
        CliRunner r = CliRunner.run("outcomes", "--today", TODAY, "--fail-on", "warning", ladder.toString(), csv.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        int badLine = (int) GeneratedHistories.principalFunnel().lines().count() + 1;
        assertThat(r.err()).isEqualTo(csv + ":" + badLine + ": \"yesterday\" is not a date in the form YYYY-MM-DD" + System.lineSeparator());
        assertThat(r.out()).contains("[outcomes/funnel]").contains("1 row left out");
    }

    @Test
    void aMissingRecordsFileExitsTwoWithOneLine(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("outcomes", ladder(dir).toString(), dir.resolve("nope.csv").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(dir.resolve("nope.csv") + ": no such file" + System.lineSeparator());
    }

    @Test
    void theExampleRecordsShowACeilingOnTheExampleLadder() {
        CliRunner r = CliRunner.run("outcomes", "--today", TODAY, app.dualtrack.TestFiles.fixedSample().toString(),
                app.dualtrack.TestFiles.example("northwind-records.csv").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains(":principal:outcomes: warning: 3 of the 8 people at IC5 Principal Engineer, the top of the technical track")
                .contains("[outcomes/ceiling]").contains("1 warnings, 0 info; 29 people");
    }
}
