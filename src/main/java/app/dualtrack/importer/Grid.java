package app.dualtrack.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as a person sees it: merged cells and spans already filled in with their value, formulas
 * already replaced by their results. The first row is the header.
 *
 * @param name   the sheet or table name, or null
 * @param rows   cells, every row as long as the longest (missing cells are "")
 * @param wheres where each row is in the source
 */
public record Grid(String name, List<List<String>> rows, List<Where> wheres) {
    public Grid {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> padded = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> r = new ArrayList<>(row.size());
            for (String c : row) {
                r.add(c == null ? "" : c.strip());
            }
            while (r.size() < width) {
                r.add("");
            }
            padded.add(List.copyOf(r));
        }
        rows = List.copyOf(padded);
        wheres = List.copyOf(wheres);
    }

    public int width() {
        return rows.isEmpty() ? 0 : rows.get(0).size();
    }

    public boolean isEmpty() {
        return rows.stream().allMatch(r -> r.stream().allMatch(String::isEmpty));
    }

    /** The same grid with rows and columns swapped (row wheres become those of the first row). */
    Grid transposed() {
        List<List<String>> t = new ArrayList<>();
        List<Where> w = new ArrayList<>();
        for (int c = 0; c < width(); c++) {
            List<String> col = new ArrayList<>();
            for (List<String> row : rows) {
                col.add(row.get(c));
            }
            t.add(col);
            w.add(wheres.isEmpty() ? null : wheres.get(0));
        }
        return new Grid(name, t, w);
    }

    /** Drops rows and columns that are entirely empty (spreadsheets often have a blank margin). */
    Grid trimmed() {
        List<List<String>> kept = new ArrayList<>();
        List<Where> keptWhere = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).stream().anyMatch(c -> !c.isEmpty())) {
                kept.add(rows.get(i));
                keptWhere.add(wheres.get(i));
            }
        }
        List<Integer> cols = new ArrayList<>();
        for (int c = 0; c < width(); c++) {
            final int col = c;
            if (kept.stream().anyMatch(r -> !r.get(col).isEmpty())) {
                cols.add(c);
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : kept) {
            out.add(cols.stream().map(r::get).toList());
        }
        return new Grid(name, out, keptWhere);
    }
}
