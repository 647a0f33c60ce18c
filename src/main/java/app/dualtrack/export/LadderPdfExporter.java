package app.dualtrack.export;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Analyzer;
import app.dualtrack.model.Ladder;
import app.dualtrack.outcomes.OutcomeReport;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Exports a ladder as a typeset PDF. The document is laid out from XHTML and CSS by openhtmltopdf
 * (paged media: running headers, page counters, contents with page numbers, bookmarks) on
 * PDFBox; fonts are embedded and subset; PDFBox then sets the document properties.
 */
public final class LadderPdfExporter {
    private static final String CSS = resource("/app/dualtrack/export/ladder.css");
    private static final String OUTCOMES_CSS = resource("/app/dualtrack/export/outcomes.css");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LadderPdfExporter.class);

    static {
        // openhtmltopdf logs its progress to the console; a user exporting a PDF should see only our messages.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    public LadderPdfExporter() {
    }

    /** Writes the PDF to {@code out}; never fails on a user's text. */
    public ExportResult export(Ladder ladder, ExportOptions options, OutputStream out) throws ExportException {
        return export(ladder, options, null, out);
    }

    /** As {@link #export(Ladder, ExportOptions, OutputStream)}, with an "Outcomes" section when {@code outcomes} is not null. */
    public ExportResult export(Ladder ladder, ExportOptions options, OutcomeReport outcomes, OutputStream out) throws ExportException {
        List<FontLibrary.Fallback> fallbacks = FontLibrary.fallbacks();
        SafeText text = new SafeText(fallbacks);
        AnalysisReport report = options.includeAudit() ? Analyzer.standard().analyze(ladder, options.today()) : AnalysisReport.EMPTY;
        String fallbackFamilies = fallbacks.isEmpty() ? "serif"
                : fallbacks.stream().map(f -> "'" + f.family() + "'").collect(Collectors.joining(", "));
        LadderHtml document = new LadderHtml(ladder, options, text, report);
        String css = CSS;
        if (outcomes != null) {
            document.withSection(OutcomesHtml.ID, OutcomesHtml.TITLE, new OutcomesHtml(ladder, outcomes, text).build());
            css = css + OUTCOMES_CSS;
        }
        String html = document.build(css.replace("FALLBACKS", fallbackFamilies));
        return render(html, ladder, options, fallbacks, text, out);
    }

    /** Renders XHTML made by this package (the ladder, or the comparison report) to PDF. */
    static ExportResult render(String html, Ladder forProperties, ExportOptions options, List<FontLibrary.Fallback> fallbacks,
                               SafeText text, OutputStream out) throws ExportException {
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // tagged PDF/UA-1: structure tree from the XHTML, language from <html lang>, title from <title>, XMP metadata
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Dualtrack");
            builder.usePDDocument(doc);
            registerFonts(builder, doc, text.usedFallbacks());
            builder.withHtmlContent(html, null);
            try (var renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            DiagramTags.markFigures(doc);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(forProperties.name());
            info.setAuthor(forProperties.organisation() == null ? "Dualtrack" : forProperties.organisation());
            info.setSubject("Engineering career ladder" + (forProperties.edition() == null ? "" : ", edition " + forProperties.edition()));
            info.setCreator("Dualtrack");
            info.setCreationDate(Calendar.getInstance());
            doc.save(out);
            return new ExportResult(doc.getNumberOfPages(), new TreeSet<>(text.missing()));
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException("The PDF could not be written: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ExportException("The PDF could not be laid out (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Please report this with the ladder file.", e);
        }
    }

    private static void registerFonts(PdfRendererBuilder b, PDDocument doc, List<FontLibrary.Fallback> fallbacks) {
        font(b, "DejaVuSerif.ttf", "DejaVu Serif", 400, BaseRendererBuilder.FontStyle.NORMAL);
        font(b, "DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, BaseRendererBuilder.FontStyle.NORMAL);
        font(b, "DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, BaseRendererBuilder.FontStyle.ITALIC);
        font(b, "DejaVuSerif-BoldItalic.ttf", "DejaVu Serif", 700, BaseRendererBuilder.FontStyle.ITALIC);
        font(b, "DejaVuSans.ttf", "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL);
        font(b, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL);
        font(b, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.ITALIC);
        font(b, "DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.ITALIC);
        for (FontLibrary.Fallback f : fallbacks) {
            try {
                PDType0Font pdFont = PDType0Font.load(doc, f.font(), true);
                for (int weight : new int[] {400, 700}) {
                    for (BaseRendererBuilder.FontStyle style : BaseRendererBuilder.FontStyle.values()) {
                        b.useFont(new PDFontSupplier(pdFont), f.family(), weight, style, true);
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("The fallback font {} could not be embedded; its characters show as missing: {}", f.file(), e.toString());
            }
        }
    }

    private static void font(PdfRendererBuilder b, String file, String family, int weight, BaseRendererBuilder.FontStyle style) {
        b.useFont(() -> FontLibrary.dejaVu(file), family, weight, style, true);
    }

    static String resource(String name) {
        try (InputStream in = LadderPdfExporter.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
