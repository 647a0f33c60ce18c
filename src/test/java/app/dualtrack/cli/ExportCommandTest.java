package app.dualtrack.cli;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The `export` subcommand: exit codes, messages and the options reaching the PDF. */
class ExportCommandTest {

    @Test
    void theFixedSampleIsWrittenAsAPdfOnLetterPaperWhenAsked(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("ladder.pdf");
        CliRunner r = CliRunner.run("export", TestFiles.fixedSample().toString(), "-o", out.toString(), "--paper", "letter");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Wrote " + out).contains("pages)");
        assertThat(r.err()).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.LETTER.getWidth(), org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void exportingTwiceReplacesThePdfWithoutLeavingABackupBesideIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("ladder.pdf");
        assertThat(CliRunner.run("export", TestFiles.fixedSample().toString(), "-o", out.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("export", TestFiles.fixedSample().toString(), "-o", out.toString()).exitCode()).isZero();
        assertThat(out).exists();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ladder.pdf");
        }
    }

    @Test
    void theOverviewSheetIsOnePageWithEveryLevelsCodeTitleAndSummary(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sheet.pdf");
        CliRunner r = CliRunner.run("export", TestFiles.fixedSample().toString(), "-o", out.toString(), "--overview");
        assertThat(r.exitCode()).isZero();
        Ladder ladder = LadderFiles.read(TestFiles.fixedSample());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (Level l : ladder.allLevels()) {
                assertThat(text).contains(l.code() + " " + l.title(), l.summary());
            }
        }
    }

    @Test
    void anUnreadableLadderExitsTwoWithTheFileAndPositionAndWritesNothing(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.ladder.json"), "{\"format\": \"ladder\"");
        Path out = dir.resolve("out.pdf");
        CliRunner r = CliRunner.run("export", broken.toString(), "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith(broken + ":").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownPaperSizeIsRefusedWithExitTwo(@TempDir Path dir) {
        CliRunner r = CliRunner.run("export", TestFiles.fixedSample().toString(), "-o", dir.resolve("x.pdf").toString(), "--paper", "a3");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("a3");
    }

    @Test
    void charactersNoFontCanDrawAreReportedOnStderrButTheExportSucceeds(@TempDir Path dir) throws Exception {
        Ladder ladder = new Ladder.Builder("Rocket ladder")
                .technical(new Level.Builder("staff", "Staff Engineer").primary("Ships the launch 🚀 on time.").build())
                .build();
        Path file = dir.resolve("rocket.ladder.json");
        LadderFiles.save(ladder, file);
        Path out = dir.resolve("rocket.pdf");
        CliRunner r = CliRunner.run("export", file.toString(), "-o", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).startsWith("warning: ").contains("🚀");
        assertThat(Files.size(out)).isPositive();
    }
}
