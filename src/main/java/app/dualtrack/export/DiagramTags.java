package app.dualtrack.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/**
 * The overview diagram is drawn from boxes and rules, so openhtmltopdf tags it as a division with
 * the diagram's description as alternative text. A screen reader should meet it as one figure and
 * hear that description, so its structure element becomes a Figure.
 */
final class DiagramTags {
    static final String ALT_PREFIX = "Diagram of the ladder";

    private DiagramTags() {
    }

    static void markFigures(PDDocument doc) {
        var root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            visit(root);
        }
    }

    private static void visit(PDStructureNode node) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                String alt = e.getAlternateDescription();
                if (alt != null && alt.startsWith(ALT_PREFIX)) {
                    e.setStructureType("Figure");
                } else {
                    visit(e);
                }
            }
        }
    }
}
