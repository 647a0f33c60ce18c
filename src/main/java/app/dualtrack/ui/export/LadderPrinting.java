package app.dualtrack.ui.export;

import app.dualtrack.export.ExportException;
import app.dualtrack.export.ExportOptions;
import app.dualtrack.export.LadderPdfExporter;
import app.dualtrack.model.Ladder;
import app.dualtrack.ui.dialog.DialogService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

import javax.print.PrintServiceLookup;
import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Print (Ctrl+P) prints the same document Export PDF writes, so paper and PDF never differ: the PDF
 * is made in memory and handed to the system's print dialog, off the FX thread.
 */
public final class LadderPrinting {

    private LadderPrinting() {
    }

    /** The PDF of the ladder as Export makes it with its default options (pay bands left out). */
    public static PDDocument document(Ladder ladder, LocalDate today) throws ExportException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LadderPdfExporter().export(ladder, ExportOptions.defaults(today), out);
        return Loader.loadPDF(out.toByteArray());
    }

    /** Shows the print dialog and prints; problems are told in a sentence, never as a stack trace. */
    public static void print(Ladder ladder, DialogService dialogs) {
        if (PrintServiceLookup.lookupPrintServices(null, null).length == 0) {
            dialogs.notify("No printer is set up on this computer. Export a PDF (File › Export PDF…) and print it from elsewhere.", null, null);
            return;
        }
        // the print dialog is AWT's and blocks its thread until answered: it must not be the FX thread
        app.dualtrack.ui.tasks.Background.fx().run("Printing " + ladder.name(), () -> {
            try (PDDocument doc = document(ladder, LocalDate.now())) {
                PrinterJob job = PrinterJob.getPrinterJob();
                job.setJobName(ladder.name());
                job.setPageable(new PDFPageable(doc));
                if (!job.printDialog()) {
                    return false;
                }
                job.print();
                return true;
            }
        }, printed -> {
            if (printed) {
                dialogs.notify("Sent “" + ladder.name() + "” to the printer.", null, null);
            }
        }, e -> dialogs.showError("The ladder was not printed", e.getMessage()));
    }
}
