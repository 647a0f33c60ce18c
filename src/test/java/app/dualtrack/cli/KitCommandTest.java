package app.dualtrack.cli;

import app.dualtrack.TestFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class KitCommandTest {

    @Test
    void writesTheKitAndRefusesToOverwriteItWithoutReplace(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("kit");
        CliRunner first = CliRunner.run("kit", TestFiles.fixedSample().toString(), "-o", out.toString(), "--today", "2026-12-02");
        assertThat(first.exitCode()).isZero();
        assertThat(first.out().lines()).hasSize(7).allSatisfy(l -> assertThat(l).startsWith("Wrote " + out));
        assertThat(first.err()).isEmpty();

        CliRunner again = CliRunner.run("kit", TestFiles.fixedSample().toString(), "-o", out.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith(out.resolve("scope-document-staff.md")
                + " already exists (and 6 more of the kit's files); nothing was written."));

        assertThat(CliRunner.run("kit", TestFiles.fixedSample().toString(), "-o", out.toString(), "--replace").exitCode()).isZero();
    }

    @Test
    void aLadderWithoutMechanismsGetsAProposedKitAndANote(@TempDir Path dir) {
        CliRunner r = CliRunner.run("kit", TestFiles.flawedSample().toString(), "-o", dir.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).startsWith("note: " + TestFiles.flawedSample() + " names no scope document or no technical review");
        assertThat(Files.exists(dir.resolve("scope-document-distinguished.md"))).isTrue();
    }

    @Test
    void exportWithOutcomesAddsTheSection(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("l.pdf");
        CliRunner r = CliRunner.run("export", TestFiles.fixedSample().toString(), "-o", pdf.toString(),
                "--outcomes", TestFiles.example("northwind-records.csv").toString());
        assertThat(r.exitCode()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Outcomes", "Median years at level, side by side");
        }
        CliRunner missing = CliRunner.run("export", TestFiles.fixedSample().toString(), "-o", pdf.toString(),
                "--outcomes", dir.resolve("none.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo(dir.resolve("none.csv") + ": no such file" + System.lineSeparator());
    }
}
