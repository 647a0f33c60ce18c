package app.dualtrack.ui.export;

import app.dualtrack.export.ExportException;
import app.dualtrack.export.ExportOptions;
import app.dualtrack.export.LadderPdfExporter;
import app.dualtrack.model.Ladder;
import app.dualtrack.ui.dialog.DialogService;
import javafx.application.Platform;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.print.PrintServiceLookup;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Print (Ctrl+P) prints the same document Export PDF writes, so paper and PDF never differ: the PDF
 * is made in memory and handed to the system's print dialog, off the FX thread.
 */
public final class LadderPrinting {
    private static final Logger LOG = LoggerFactory.getLogger(LadderPrinting.class);

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
        Thread t = new Thread(() -> {
            try (PDDocument doc = document(ladder, LocalDate.now())) {
                PrinterJob job = PrinterJob.getPrinterJob();
                job.setJobName(ladder.name());
                job.setPageable(new PDFPageable(doc));
                if (job.printDialog()) {
                    job.print();
                    Platform.runLater(() -> dialogs.notify("Sent “" + ladder.name() + "” to the printer.", null, null));
                }
            } catch (ExportException | IOException | PrinterException e) {
                LOG.warn("printing failed", e);
                Platform.runLater(() -> dialogs.showError("The ladder was not printed", e.getMessage()));
            }
        }, "dualtrack-print");
        t.setDaemon(true);
        t.start();
    }
}
