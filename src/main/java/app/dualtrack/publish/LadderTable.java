package app.dualtrack.publish;

import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.LadderIndex;
import app.dualtrack.model.LadderMatrix;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ladder as rows of cells, in either shape, for the CSV and Excel publishers.
 *
 * @param rows       cells, the header first (in the matrix shape a band row of track names, then the header)
 * @param headerRows how many rows at the top are headers
 * @param bands      in the matrix shape, for each column the track's name (empty for the area column); else empty
 */
public record LadderTable(List<List<String>> rows, int headerRows, List<String> bands) {
    static final List<String> ROW_HEADER = List.of("Track", "Level id", "Code", "Level", "Order", "Peer", "Summary", "Scope", "Area", "Kind", "Text");

    public static LadderTable of(Ladder ladder, TableShape shape) {
        return shape == TableShape.MATRIX ? matrix(ladder) : rows(ladder);
    }

    private static LadderTable rows(Ladder ladder) {
        LadderIndex index = LadderIndex.of(ladder);
        List<List<String>> rows = new ArrayList<>();
        rows.add(ROW_HEADER);
        for (Track t : Track.values()) {
            List<Level> levels = ladder.track(t);
            for (int i = 0; i < levels.size(); i++) {
                Level l = levels.get(i);
                String order = String.valueOf(i + 1);
                String peer = t.isBranch() ? index.peerOf(l.id()).map(Level::id).orElse("") : "";
                rows.add(List.of(t.key(), l.id(), nz(l.code()), l.title(), order, peer, nz(l.summary()), nz(l.scope()), "", "", ""));
                for (BehaviourKind kind : BehaviourKind.values()) {
                    for (Behaviour b : l.behaviours(kind)) {
                        rows.add(List.of(t.key(), l.id(), nz(l.code()), l.title(), order, "", "", "",
                                nz(Labels.areaTitle(ladder, b.area())), kind.key(), b.text()));
                    }
                }
            }
        }
        return new LadderTable(rows, 1, List.of());
    }

    private static LadderTable matrix(Ladder ladder) {
        LadderMatrix m = LadderMatrix.of(ladder);
        List<String> band = new ArrayList<>();
        List<String> header = new ArrayList<>();
        band.add("");
        header.add("Area");
        for (LadderMatrix.Column c : m.columns()) {
            band.add(Labels.trackHeading(c.track()));
            header.add(c.level().code() == null ? c.level().title() : c.level().code() + " " + c.level().title());
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(band);
        rows.add(header);
        for (LadderMatrix.Row r : m.rows()) {
            for (BehaviourKind kind : BehaviourKind.values()) {
                boolean any = r.cells().stream().anyMatch(cell -> cell.stream().anyMatch(e -> e.kind() == kind));
                if (!any && (kind == BehaviourKind.SUPPORTING)) {
                    continue;
                }
                List<String> row = new ArrayList<>();
                row.add(kind == BehaviourKind.PRIMARY ? r.title() : r.title() + " — supporting");
                for (List<LadderMatrix.Entry> cell : r.cells()) {
                    row.add(cell.stream().filter(e -> e.kind() == kind).map(e -> "• " + e.behaviour().text().replace('\n', ' '))
                            .collect(Collectors.joining("\n")));
                }
                rows.add(row);
            }
        }
        return new LadderTable(rows, 2, band);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
