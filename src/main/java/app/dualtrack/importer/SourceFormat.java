package app.dualtrack.importer;

import java.util.Locale;

/** The kinds of source the importer reads. */
public enum SourceFormat {
    MARKDOWN("markdown", "Markdown"),
    CSV("csv", "CSV"),
    XLSX("xlsx", "Excel workbook"),
    YAML("yaml", "YAML"),
    HTML("html", "HTML"),
    TEXT("text", "Plain text");

    private final String key;
    private final String label;

    SourceFormat(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The format a file name's extension says, or null. */
    public static SourceFormat fromFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return switch (ext) {
            case "md", "markdown", "mdown", "mkd" -> MARKDOWN;
            case "csv", "tsv" -> CSV;
            case "xlsx", "xlsm", "xls" -> XLSX;
            case "yaml", "yml" -> YAML;
            case "html", "htm", "xhtml" -> HTML;
            case "txt", "text" -> TEXT;
            default -> null;
        };
    }

    /** "markdown", "md", "csv", "xlsx", "yaml", "html", "text" …; null when none. */
    public static SourceFormat parse(String word) {
        if (word == null) {
            return null;
        }
        for (SourceFormat f : values()) {
            if (f.key.equalsIgnoreCase(word.strip())) {
                return f;
            }
        }
        return fromFileName("x." + word.strip());
    }
}
