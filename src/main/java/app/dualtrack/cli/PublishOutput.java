package app.dualtrack.cli;

import app.dualtrack.format.AtomicFileWriter;
import app.dualtrack.model.Ladder;
import app.dualtrack.publish.CsvPublisher;
import app.dualtrack.publish.HtmlPublisher;
import app.dualtrack.publish.MarkdownPublisher;
import app.dualtrack.publish.TableShape;
import app.dualtrack.publish.XlsxPublisher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** {@code export -o OUT.md|OUT.html|OUT.csv|OUT.xlsx}: the published forms, chosen by the output's extension. */
final class PublishOutput {
    private PublishOutput() {
    }

    /** True when the output's extension names a published form rather than the PDF. */
    static boolean handles(Path output) {
        return extension(output) != null;
    }

    private static String extension(Path output) {
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".md", ".markdown", ".html", ".htm", ".csv", ".xlsx"}) {
            if (name.endsWith(ext)) {
                return ext.substring(1);
            }
        }
        return null;
    }

    /** The bytes of the published form. */
    static byte[] render(Ladder ladder, Path output, TableShape shape) throws IOException {
        return switch (extension(output)) {
            case "md", "markdown" -> MarkdownPublisher.write(ladder).getBytes(StandardCharsets.UTF_8);
            case "html", "htm" -> HtmlPublisher.write(ladder).getBytes(StandardCharsets.UTF_8);
            // a byte-order mark so that Excel opens the UTF-8 as UTF-8
            case "csv" -> ("\uFEFF" + CsvPublisher.write(ladder, shape)).getBytes(StandardCharsets.UTF_8);
            case "xlsx" -> XlsxPublisher.write(ladder, shape);
            default -> throw new IllegalArgumentException("not a published form: " + output);
        };
    }

    static int write(Ladder ladder, Path output, String shapeOption, PrintWriter out, PrintWriter err) {
        TableShape shape = TableShape.parse(shapeOption == null ? "rows" : shapeOption);
        if (shape == null) {
            err.println("dualtrack export: --shape is rows or matrix, not “" + shapeOption + "”");
            return DualtrackCommand.EXIT_REFUSED;
        }
        try {
            AtomicFileWriter.write(output, render(ladder, output, shape));
            out.println("Wrote " + output);
            return 0;
        } catch (IOException e) {
            err.println(output + ": could not be written: " + e.getMessage());
            return DualtrackCommand.EXIT_REFUSED;
        }
    }
}
