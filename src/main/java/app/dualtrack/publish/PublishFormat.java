package app.dualtrack.publish;

import app.dualtrack.model.Ladder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The published forms of a ladder, chosen by a file's extension. */
public enum PublishFormat {
    MARKDOWN("Markdown for a wiki or repository", "md"),
    HTML("A web page (one self-contained HTML file)", "html"),
    CSV("CSV for spreadsheets", "csv"),
    XLSX("Excel workbook", "xlsx");

    private final String label;
    private final String extension;

    PublishFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    /** Whether the shape (rows or matrix) matters for this form. */
    public boolean tabular() {
        return this == CSV || this == XLSX;
    }

    /** The form a file name asks for, or null (a .pdf, or anything else). */
    public static PublishFormat forFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return HTML;
        }
        if (n.endsWith(".csv")) {
            return CSV;
        }
        return n.endsWith(".xlsx") ? XLSX : null;
    }

    /** The file's bytes. CSV starts with a byte-order mark so that Excel opens the UTF-8 as UTF-8. */
    public byte[] render(Ladder ladder, TableShape shape) throws IOException {
        return switch (this) {
            case MARKDOWN -> MarkdownPublisher.write(ladder).getBytes(StandardCharsets.UTF_8);
            case HTML -> HtmlPublisher.write(ladder).getBytes(StandardCharsets.UTF_8);
            case CSV -> ("\uFEFF" + CsvPublisher.write(ladder, shape)).getBytes(StandardCharsets.UTF_8);
            case XLSX -> XlsxPublisher.write(ladder, shape);
        };
    }
}
