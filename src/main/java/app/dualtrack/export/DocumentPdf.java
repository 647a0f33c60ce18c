package app.dualtrack.export;

import app.dualtrack.model.Ladder;

import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A short stand-alone document (a template, a handout) typeset with the ladder PDF's fonts and
 * colours: the caller gives the body as XHTML, already escaped.
 */
public final class DocumentPdf {
    private static final String CSS = LadderPdfExporter.resource("/app/dualtrack/export/document.css");

    private DocumentPdf() {
    }

    public static ExportResult render(String title, String bodyXhtml, Ladder ladder, ExportOptions.Paper paper, OutputStream out)
            throws ExportException {
        List<FontLibrary.Fallback> fallbacks = FontLibrary.fallbacks();
        SafeText text = new SafeText(fallbacks);
        String families = fallbacks.isEmpty() ? "serif"
                : fallbacks.stream().map(f -> "'" + f.family() + "'").collect(Collectors.joining(", "));
        String html = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>"
                + text.html(title) + "</title><style>" + CSS.replace("@PAPER@", paper.css()).replace("FALLBACKS", families)
                + "</style></head><body><div id=\"running-title\">" + text.html(ladder.name()) + "</div>" + bodyXhtml + "</body></html>";
        return LadderPdfExporter.render(html, ladder, ExportOptions.defaults(java.time.LocalDate.now()).withPaper(paper), fallbacks, text, out);
    }
}
