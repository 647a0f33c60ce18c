package app.dualtrack.cli;

import app.dualtrack.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LintCommandTest {
    private static final String TODAY = "2026-11-23";

    @Test
    void theFlawedSampleFailsWithCompilerStyleLines() {
        String file = TestFiles.flawedSample().toString();
        CliRunner r = CliRunner.run("lint", "--today", TODAY, file);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains(file + ":staff:primary[0]: warning: “Drives alignment” is a management behaviour")
                .contains("[language/management-behaviour]")
                .contains(file + ":distinguished:minHeadcount: error:")
                .contains(file + ":-:reviewed: error:")
                .contains("    What kinds of technical problems does someone at this level hold");
    }

    @Test
    void theFixedSamplePassesEvenWhenWarningsFail() {
        CliRunner r = CliRunner.run("lint", "--today", TODAY, "--fail-on", "warning", TestFiles.fixedSample().toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("0 errors, 0 warnings, 1 info, 1 suppressed");
    }

    @Test
    void jsonOutputHasTheDocumentedShape() throws Exception {
        CliRunner r = CliRunner.run("lint", "--format", "json", "--fail-on", "never", "--today", TODAY,
                TestFiles.flawedSample().toString(), TestFiles.fixedSample().toString());
        assertThat(r.exitCode()).isZero();
        JsonNode files = new ObjectMapper().readTree(r.out()).get("files");
        assertThat(files).hasSize(2);
        JsonNode first = files.get(0).get("findings").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("rule", "severity", "level", "field", "index",
                "start", "end", "text", "message", "suggestion");
        JsonNode suppressed = files.get(1).get("suppressed").get(0);
        assertThat(suppressed.get("rule").asText()).isEqualTo("structure/track-shorter");
        assertThat(suppressed.get("reason").asText()).isNotBlank();
    }

    @Test
    void sarifOutputPointsCodeScanningAtTheSentencesLineAndPhrase() throws Exception {
        Path file = TestFiles.flawedSample();
        CliRunner r = CliRunner.run("lint", "--format", "sarif", "--fail-on", "never", "--today", TODAY, file.toString());
        assertThat(r.exitCode()).isZero();
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules.size()).isGreaterThan(15);
        assertThat(rules.get(0).get("help").get("text").asText()).isNotBlank();
        JsonNode alignment = null;
        for (JsonNode result : run.get("results")) {
            assertThat(result.get("message").get("text").asText()).doesNotContain("`");
            JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
            if (region.has("snippet") && region.get("snippet").get("text").asText().equals("Drives alignment")) {
                alignment = result;
            }
        }
        assertThat(alignment).as("the finding on “Drives alignment”").isNotNull();
        assertThat(alignment.get("ruleId").asText()).isEqualTo("language/management-behaviour");
        assertThat(alignment.get("level").asText()).isEqualTo("warning");
        JsonNode region = alignment.get("locations").get(0).get("physicalLocation").get("region");
        java.util.List<String> lines = Files.readAllLines(file);
        String line = lines.get(region.get("startLine").asInt() - 1);
        assertThat(line.substring(region.get("startColumn").asInt() - 1, region.get("endColumn").asInt() - 1))
                .isEqualTo("Drives alignment");
        assertThat(alignment.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
                .isEqualTo(file.toString().replace('\\', '/'));
    }

    @Test
    void anUnreadableFileExitsTwoWithTheValidateMessage(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.ladder.json"), "{\"format\": \"ladder\"");
        CliRunner r = CliRunner.run("lint", broken.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith(broken + ":").contains("not valid JSON");
    }

    @Test
    void aRulesFileBesideTheLadderIsPickedUp(@TempDir Path dir) throws Exception {
        Path ladder = dir.resolve("northwind.ladder.json");
        Files.copy(TestFiles.flawedSample(), ladder);
        Files.writeString(dir.resolve("northwind.ladder-rules.json"),
                "{\"rules\": {\"currency/drift\": \"off\", \"structure/invented-level\": \"off\", \"language/management-primary\": \"warning\"}}");
        CliRunner r = CliRunner.run("lint", "--today", TODAY, ladder.toString());
        assertThat(r.out()).doesNotContain("[currency/drift]").doesNotContain("[structure/invented-level]");
        assertThat(r.exitCode()).isZero();
    }
}
