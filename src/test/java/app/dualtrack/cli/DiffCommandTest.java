package app.dualtrack.cli;

import app.dualtrack.TestFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DiffCommandTest {
    private final String flawed = TestFiles.flawedSample().toString();
    private final String fixed = TestFiles.fixedSample().toString();

    @Test
    void differentLaddersExitOneWithAReadableChangelog() {
        CliRunner r = CliRunner.run("diff", "--today", "2026-11-23", flawed, fixed);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("5 levels changed, 1 removed")
                .contains("- removed IC6 Distinguished Engineer")
                .contains("~ primary: [-Drives alignment across multiple teams.-] {+Owns the design and evolution of systems used by multiple teams.+}")
                .contains("~ peer: [-M1 -]{+M2 Senior +}Engineering Manager")
                .doesNotContain("[distinguished]", "[staff]", "language/", "moved from rung");
    }

    @Test
    void theSameLadderExitsZero() {
        CliRunner r = CliRunner.run("diff", fixed, fixed);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("No changes");
    }

    @Test
    void jsonOutputIsForTools() throws Exception {
        CliRunner r = CliRunner.run("diff", "--format", "json", "--today", "2026-11-23", flawed, fixed);
        var json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("same").asBoolean()).isFalse();
        assertThat(json.get("removedLevels").get(0).asText()).isEqualTo("distinguished");
        assertThat(json.get("addedMechanisms")).hasSize(2);
    }

    @Test
    void unreadableInputExitsTwo(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("x.ladder.json"), "[]");
        CliRunner r = CliRunner.run("diff", broken.toString(), fixed);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith(broken.toString());
    }

    @Test
    void aPdfReportMarksDeletionsAndInsertions(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("report.pdf");
        CliRunner r = CliRunner.run("diff", "--today", "2026-11-23", flawed, fixed, "-o", pdf.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Ladder comparison").contains("Distinguished Engineer").contains("21 resolved");
        }
    }
}
