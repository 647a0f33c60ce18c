package app.dualtrack.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ladder as a competency matrix: rows are areas (in the ladder's order, plus "no area" when any
 * behaviour has none), columns are levels (the shared levels, then the two tracks side by side rung
 * by rung, so that peers stand next to each other), and each cell holds that level's behaviours in
 * that area, primary first. The matrix view, the HTML page and the PDF appendix all draw this.
 */
public final class LadderMatrix {
    /** One column: a level, its track, and the rung it stands on (-1 for shared levels). */
    public record Column(Level level, Track track, int rung) {
    }

    /** One behaviour in a cell, with its kind and its index in that list of the level (for selecting it). */
    public record Entry(Behaviour behaviour, BehaviourKind kind, int index) {
    }

    /** A row; {@code area} is null for the "no area" row. */
    public record Row(Area area, List<List<Entry>> cells) {
        public String title() {
            return area == null ? NO_AREA : area.title();
        }
    }

    public static final String NO_AREA = "No area";

    private final List<Column> columns;
    private final List<Row> rows;

    private LadderMatrix(List<Column> columns, List<Row> rows) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    public static LadderMatrix of(Ladder ladder) {
        List<Column> columns = new ArrayList<>();
        for (Level l : ladder.shared()) {
            columns.add(new Column(l, Track.SHARED, -1));
        }
        List<Rungs.Rung> rungs = Rungs.of(ladder);
        for (int i = 0; i < rungs.size(); i++) {
            Rungs.Rung r = rungs.get(i);
            if (r.technical() != null) {
                columns.add(new Column(r.technical(), Track.TECHNICAL, i));
            }
            if (r.management() != null) {
                columns.add(new Column(r.management(), Track.MANAGEMENT, i));
            }
        }
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        List<Area> areas = new ArrayList<>(ladder.areas());
        for (int i = 0; i < areas.size(); i++) {
            rowOf.put(areas.get(i).id(), i);
        }
        boolean anyWithout = ladder.allLevels().stream().anyMatch(l -> java.util.stream.Stream.concat(l.primary().stream(), l.supporting().stream())
                .anyMatch(b -> b.area() == null || !rowOf.containsKey(b.area())));
        int rowCount = areas.size() + (anyWithout ? 1 : 0);
        List<List<List<Entry>>> cells = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            List<List<Entry>> row = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                row.add(new ArrayList<>());
            }
            cells.add(row);
        }
        for (int c = 0; c < columns.size(); c++) {
            Level l = columns.get(c).level();
            for (BehaviourKind kind : BehaviourKind.values()) {
                List<Behaviour> list = l.behaviours(kind);
                for (int i = 0; i < list.size(); i++) {
                    Behaviour b = list.get(i);
                    Integer r = b.area() == null ? null : rowOf.get(b.area());
                    cells.get(r == null ? areas.size() : r).get(c).add(new Entry(b, kind, i));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            List<List<Entry>> row = cells.get(r).stream().map(List::copyOf).toList();
            rows.add(new Row(r < areas.size() ? areas.get(r) : null, row));
        }
        return new LadderMatrix(columns, rows);
    }

    public List<Column> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The columns of one track, in order (for an area's progression on that track). */
    public List<Integer> columnsOf(Track track) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).track() == track) {
                out.add(i);
            }
        }
        return out;
    }
}
