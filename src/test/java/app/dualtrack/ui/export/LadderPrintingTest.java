package app.dualtrack.ui.export;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Print hands the printer the document Export PDF writes. */
class LadderPrintingTest {
    @Test
    void thePrintedDocumentIsTheExportedPdf() throws Exception {
        var ladder = LadderFiles.read(TestFiles.flawedSample());
        try (var doc = LadderPrinting.document(ladder, LocalDate.of(2026, 11, 23))) {
            assertThat(doc.getNumberOfPages()).isPositive();
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains(ladder.name());
        }
    }
}
