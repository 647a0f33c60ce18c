package app.dualtrack.cli;

import app.dualtrack.format.AtomicFileWriter;
import app.dualtrack.model.Ladder;
import app.dualtrack.publish.PublishFormat;
import app.dualtrack.publish.TableShape;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code export -o OUT.md|OUT.html|OUT.csv|OUT.xlsx}: the published forms, chosen by the output's extension. */
final class PublishOutput {
    private PublishOutput() {
    }

    /** True when the output's extension names a published form rather than the PDF. */
    static boolean handles(Path output) {
        return output.getFileName() != null && PublishFormat.forFileName(output.getFileName().toString()) != null;
    }

    static int write(Ladder ladder, Path output, String shapeOption, PrintWriter out, PrintWriter err) {
        TableShape shape = TableShape.parse(shapeOption == null ? "rows" : shapeOption);
        if (shape == null) {
            err.println("dualtrack export: --shape is rows or matrix, not “" + shapeOption + "”");
            return DualtrackCommand.EXIT_REFUSED;
        }
        try {
            AtomicFileWriter.write(output, PublishFormat.forFileName(output.getFileName().toString()).render(ladder, shape));
            out.println("Wrote " + output);
            return 0;
        } catch (IOException e) {
            err.println(output + ": could not be written: " + e.getMessage());
            return DualtrackCommand.EXIT_REFUSED;
        }
    }
}
