package app.dualtrack.cli;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.Ladder;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportPublishCommandTest {
    @Test
    void extensionChoosesTheFormAndImportReadsItBack(@TempDir Path dir) throws Exception {
        String in = TestFiles.fixedSample().toString();
        Ladder original = LadderFiles.read(TestFiles.fixedSample());
        for (String ext : new String[] {"md", "html", "csv", "xlsx"}) {
            Path out = dir.resolve("ladder." + ext);
            CliRunner r = CliRunner.run("export", in, "-o", out.toString());
            assertThat(r.exitCode()).as(ext + ": " + r.err()).isZero();
            assertThat(r.out().strip()).isEqualTo("Wrote " + out);
            assertThat(r.err()).isEmpty();
            assertThat(Files.size(out)).isPositive();
        }
        assertThat(Files.readString(dir.resolve("ladder.html"))).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(dir.resolve("ladder.csv"))).startsWith("\uFEFFTrack,Level id,Code,Level");
        for (String ext : new String[] {"md", "csv", "xlsx"}) {
            Path back = dir.resolve("back-" + ext + ".ladder.json");
            CliRunner r = CliRunner.run("import", dir.resolve("ladder." + ext).toString(), "-o", back.toString());
            assertThat(r.exitCode()).as(ext + ": " + r.err()).isZero();
            Ladder l = LadderFiles.read(back);
            assertThat(l.technical()).extracting(x -> x.title()).as(ext).isEqualTo(original.technical().stream().map(x -> x.title()).toList());
            assertThat(l.pairings()).as(ext).hasSize(original.pairings().size());
        }
    }

    @Test
    void matrixShapeInExcelMergesTheTrackBands(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("m.xlsx");
        CliRunner r = CliRunner.run("export", TestFiles.fixedSample().toString(), "-o", out.toString(), "--shape", "matrix");
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (var wb = WorkbookFactory.create(out.toFile())) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Matrix");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Area");
        }
        CliRunner bad = CliRunner.run("export", TestFiles.fixedSample().toString(), "-o", dir.resolve("x.csv").toString(), "--shape", "pyramid");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("dualtrack export: --shape is rows or matrix, not “pyramid”");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void pdfMatrixAppendixListsLevelsAgainstAreas(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("m.pdf");
        CliRunner r = CliRunner.run("export", TestFiles.fixedSample().toString(), "-o", out.toString(), "--matrix");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Appendix: competency matrix", "read down a column");
        Ladder ladder = LadderFiles.read(TestFiles.fixedSample());
        String firstBehaviour = ladder.shared().get(0).primary().get(0).text();
        assertThat(text).contains(firstBehaviour.substring(0, 30));
        Path plain = dir.resolve("p.pdf");
        CliRunner.run("export", TestFiles.fixedSample().toString(), "-o", plain.toString());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).doesNotContain("competency matrix");
        }
    }
}
