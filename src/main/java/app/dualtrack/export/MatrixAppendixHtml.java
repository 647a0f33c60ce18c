package app.dualtrack.export;

import app.dualtrack.model.Ladder;
import app.dualtrack.model.LadderMatrix;
import app.dualtrack.model.Level;

import java.util.List;

/**
 * The PDF's optional appendix (export --matrix): the competency matrix turned to fit a portrait
 * page, levels down the side (shared, technical, management, each lowest first) and areas across,
 * so a reader follows an area from level to level down its column. Empty cells are marked.
 */
final class MatrixAppendixHtml {
    static final String ID = "matrix";
    static final String TITLE = "Appendix: competency matrix";

    private MatrixAppendixHtml() {
    }

    static String chapter(Ladder ladder, SafeText t) {
        LadderMatrix m = LadderMatrix.of(ladder);
        StringBuilder out = new StringBuilder(16 * 1024);
        out.append("<div class=\"chapter matrix\" id=\"").append(ID).append("\"><h2>").append(TITLE).append("</h2>");
        if (m.rows().isEmpty()) {
            out.append("<p>No level has behaviours yet, so there is no matrix to show.</p></div>");
            return out.toString();
        }
        out.append("<p>Each row is a level, each column a competency area: read down a column to see what changes in that area from level to level. ")
                .append("A dash marks an area a level says nothing about.</p>");
        int areas = m.rows().size();
        // the header row repeats on every page the table runs onto
        String size = " style=\"-fs-table-paginate: paginate;" + (areas > 5 ? " font-size: 7pt;" : "") + "\"";
        out.append("<table class=\"grid matrix-grid\"").append(size).append("><thead><tr><th>Level</th>");
        for (LadderMatrix.Row r : m.rows()) {
            out.append("<th>").append(t.html(r.title())).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (var track : app.dualtrack.model.Track.values()) {
            List<Integer> cols = m.columnsOf(track);
            if (cols.isEmpty()) {
                continue;
            }
            out.append("<tr class=\"track-row\"><td colspan=\"").append(areas + 1).append("\"><b>")
                    .append(track.label()).append(track.isBranch() ? " track" : " levels").append("</b></td></tr>");
            for (int c : cols) {
                Level l = m.columns().get(c).level();
                out.append("<tr style=\"page-break-inside: avoid;\"><td><b>").append(t.html(l.code() == null ? l.title() : l.code() + " " + l.title()))
                        .append("</b></td>");
                for (LadderMatrix.Row r : m.rows()) {
                    List<LadderMatrix.Entry> cell = r.cells().get(c);
                    out.append("<td>");
                    if (cell.isEmpty()) {
                        out.append("—");
                    }
                    for (int i = 0; i < cell.size(); i++) {
                        LadderMatrix.Entry e = cell.get(i);
                        out.append(i == 0 ? "" : "<br/>").append("• ").append(t.html(e.behaviour().text()));
                        if (e.kind() == app.dualtrack.model.BehaviourKind.SUPPORTING) {
                            out.append(" <i>(supporting)</i>");
                        }
                    }
                    out.append("</td>");
                }
                out.append("</tr>");
            }
        }
        out.append("</tbody></table></div>");
        return out.toString();
    }
}
