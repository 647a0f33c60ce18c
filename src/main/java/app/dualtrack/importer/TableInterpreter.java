package app.dualtrack.importer;

import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a table in one of the two shapes ladders are kept in: one row per behaviour (columns such
 * as track, level, code, area, kind, text) or the matrix (areas as rows, levels as columns, each
 * cell one or more behaviours). Levels as rows and areas as columns is read as the matrix turned.
 */
final class TableInterpreter {
    enum Shape { AUTO, ROWS, MATRIX }

    enum Column {
        TRACK("track", "ladder", "career track", "path"),
        LEVEL("level", "level title", "title", "role", "job title", "position", "level name"),
        CODE("code", "level code", "grade code"),
        ORDER("order", "grade", "rank", "level number", "number", "seniority"),
        AREA("area", "competency", "competency area", "category", "theme", "pillar", "dimension", "skill", "section", "topic"),
        KIND("kind", "type", "primary/supporting"),
        TEXT("text", "behaviour", "behavior", "behaviours", "behaviors", "description", "expectation", "expectations",
                "criteria", "criterion", "statement", "competency description"),
        PEER("peer", "peer level", "equivalent", "equivalent level"),
        SUMMARY("summary", "level summary", "overview"),
        SCOPE("scope", "level scope"),
        ID("id", "uuid", "behaviour id", "behavior id"),
        LEVEL_ID("level id", "level key");

        final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        static Column of(String header) {
            String h = header.strip().toLowerCase(Locale.ROOT).replaceAll("[_\\s]+", " ");
            for (Column c : values()) {
                if (c.names.contains(h)) {
                    return c;
                }
            }
            return null;
        }
    }

    private final Draft draft;

    TableInterpreter(Draft draft) {
        this.draft = draft;
    }

    /** Reads one table; {@code trackHint} is what the surrounding document says (a heading, a sheet name), or null. */
    void read(Grid raw, Shape shape, Track trackHint) {
        Grid grid = raw.trimmed();
        if (grid.rows().size() < 2) {
            for (int i = 0; i < grid.rows().size(); i++) {
                draft.unplaced(String.join(" ", grid.rows().get(i)), grid.wheres().get(i), "a table with a header and no rows");
            }
            return;
        }
        Map<Column, Integer> columns = columns(grid.rows().get(0));
        boolean rowsShape = columns.containsKey(Column.TEXT) && (columns.containsKey(Column.LEVEL) || columns.containsKey(Column.CODE)
                || columns.containsKey(Column.LEVEL_ID));
        if (shape == Shape.ROWS || shape == Shape.AUTO && rowsShape) {
            if (!rowsShape) {
                draft.remark((grid.name() == null ? "The table" : grid.name()) + " has no level and text columns to read one row per behaviour; read as a matrix instead.");
                readMatrix(grid, trackHint);
                return;
            }
            readRows(grid, columns, trackHint);
        } else {
            readMatrix(grid, trackHint);
        }
    }

    static Map<Column, Integer> columns(List<String> header) {
        Map<Column, Integer> map = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Column c = Column.of(header.get(i));
            if (c != null && !map.containsKey(c)) {
                map.put(c, i);
            }
        }
        return map;
    }

    // ---------------------------------------------------------------- one row per behaviour

    private void readRows(Grid grid, Map<Column, Integer> columns, Track trackHint) {
        if (columns.containsKey(Column.TRACK) && columns.containsKey(Column.PEER)) {
            draft.statesStructure = true;
        }
        List<String> header = grid.rows().get(0);
        for (int r = 1; r < grid.rows().size(); r++) {
            List<String> row = grid.rows().get(r);
            Where where = grid.wheres().get(r);
            String title = cell(row, columns, Column.LEVEL);
            String code = cell(row, columns, Column.CODE);
            String levelId = cell(row, columns, Column.LEVEL_ID);
            String text = cell(row, columns, Column.TEXT);
            if (title == null && code == null && levelId == null) {
                String all = String.join(" ", row).strip();
                draft.unplaced(all, where, "the row names no level");
                continue;
            }
            if (title != null && code == null && LevelLabels.parse(title).code() != null && columns.get(Column.CODE) == null) {
                LevelLabels.Parsed p = LevelLabels.parse(title);
                code = p.code();
                title = p.title();
            }
            String trackText = cell(row, columns, Column.TRACK);
            Track track = trackText == null ? trackHint : LevelLabels.trackWord(trackText);
            if (trackText != null && track == null) {
                throw new SourceProblem(where, "the track “" + trackText + "” is none of shared, technical or management");
            }
            String key = levelKey(code, title, levelId);
            DraftLevel level = draft.existing(key);
            if (level != null && level.trackHint != track) {
                level = draft.existing(track == null ? key : track.label() + ": " + key);
            }
            if (level == null) {
                level = draft.level(key, track, where);
                level.title = title == null ? code : title;
                level.code = code;
                level.trackHint = track;
                level.sourceId = levelId;
                level.grade = LevelLabels.grade(code);
            }
            String order = cell(row, columns, Column.ORDER);
            if (order != null) {
                try {
                    level.grade = (int) Math.round(Double.parseDouble(order.replace(',', '.')));
                } catch (NumberFormatException e) {
                    throw new SourceProblem(where, "the order “" + order + "” is not a number");
                }
            }
            String peer = cell(row, columns, Column.PEER);
            if (peer != null) {
                level.peerRef = peer;
            }
            String summary = cell(row, columns, Column.SUMMARY);
            if (summary != null && !summary.equals(level.summary)) {
                level.addSummary(summary);
            }
            String scope = cell(row, columns, Column.SCOPE);
            if (scope != null && !scope.equals(level.scope)) {
                level.addScope(scope);
            }
            if (text != null) {
                String kindText = cell(row, columns, Column.KIND);
                BehaviourKind kind = kindText == null ? null : kind(kindText, where);
                String area = cell(row, columns, Column.AREA);
                level.behaviours.add(new DraftBehaviour(text, null, area, kind, cell(row, columns, Column.ID), where));
            }
            for (int c = 0; c < row.size(); c++) {
                if (!row.get(c).isEmpty() && !columns.containsValue(c)) {
                    draft.unplaced(row.get(c), where, "the column “" + header.get(c) + "” is not one a ladder has");
                }
            }
        }
    }

    static String levelKey(String code, String title, String levelId) {
        if (levelId != null) {
            return levelId;
        }
        return code == null ? title : title == null || title.equals(code) ? code : code + " " + title;
    }

    private static BehaviourKind kind(String text, Where where) {
        String k = text.strip().toLowerCase(Locale.ROOT);
        if (k.startsWith("primary") || k.equals("bar") || k.equals("core")) {
            return BehaviourKind.PRIMARY;
        }
        if (k.startsWith("supporting") || k.equals("support") || k.equals("evidence")) {
            return BehaviourKind.SUPPORTING;
        }
        throw new SourceProblem(where, "the kind “" + text + "” is neither primary nor supporting");
    }

    private static String cell(List<String> row, Map<Column, Integer> columns, Column c) {
        Integer i = columns.get(c);
        return i == null || i >= row.size() ? null : Texts.nullIfBlank(row.get(i));
    }

    // ---------------------------------------------------------------- the matrix

    private void readMatrix(Grid grid, Track trackHint) {
        List<List<String>> rows = grid.rows();
        int headerRow = 0;
        List<Track> bandTracks = new ArrayList<>();
        // A band row above the level headers ("Technical track" spanning its levels) says the tracks.
        if (rows.size() > 2 && levelColumns(rows.get(0)).size() < levelColumns(rows.get(1)).size()) {
            for (String c : rows.get(0)) {
                bandTracks.add(c.isEmpty() ? null : LevelLabels.trackHeading(c));
            }
            headerRow = 1;
        }
        List<Integer> levelCols = levelColumns(rows.get(headerRow));
        if (levelCols.isEmpty()) {
            Grid turned = grid.transposed();
            if (!levelColumns(turned.rows().get(0)).isEmpty()) {
                draft.remark((grid.name() == null ? "A table" : grid.name()) + " has levels as rows and areas as columns; read it turned.");
                readMatrixAt(turned, 0, levelColumns(turned.rows().get(0)), List.of(), trackHint);
                return;
            }
            // No header reads like levels: take every column after the first as a level, in order.
            levelCols = new ArrayList<>();
            for (int c = 1; c < grid.width(); c++) {
                if (!rows.get(0).get(c).isEmpty()) {
                    levelCols.add(c);
                }
            }
            draft.remark((grid.name() == null ? "A table" : grid.name()) + ": no column header reads like a level; every column after the first was taken as one.");
        }
        readMatrixAt(grid, headerRow, levelCols, bandTracks, trackHint);
    }

    private static List<Integer> levelColumns(List<String> header) {
        List<Integer> cols = new ArrayList<>();
        for (int c = 1; c < header.size(); c++) {
            if (!header.get(c).isEmpty() && LevelLabels.looksLikeLevel(header.get(c)) && Column.of(header.get(c)) == null) {
                cols.add(c);
            }
        }
        return cols;
    }

    private void readMatrixAt(Grid grid, int headerRow, List<Integer> levelCols, List<Track> bandTracks, Track trackHint) {
        List<String> header = grid.rows().get(headerRow);
        Where headerWhere = grid.wheres().get(headerRow);
        Map<Integer, DraftLevel> levels = new HashMap<>();   // a header merged over two columns maps both to one level
        for (int c : levelCols) {
            Track t = c < bandTracks.size() && bandTracks.get(c) != null ? bandTracks.get(c) : trackHint;
            LevelLabels.Parsed p = LevelLabels.parse(header.get(c));
            DraftLevel level = draft.level(header.get(c), t, headerWhere);
            if (level.title == null) {
                level.title = p.title();
                level.code = p.code();
                level.grade = p.grade();
                level.trackHint = t;
            }
            levels.put(c, level);
        }
        for (int r = headerRow + 1; r < grid.rows().size(); r++) {
            List<String> row = grid.rows().get(r);
            Where where = grid.wheres().get(r);
            String area = Texts.nullIfBlank(row.get(0));
            java.util.Set<String> taken = new java.util.HashSet<>();   // a cell merged over two columns of one level counts once
            for (int c = 1; c < row.size(); c++) {
                String cell = row.get(c);
                if (cell.isEmpty()) {
                    continue;
                }
                DraftLevel level = levels.get(c);
                if (level == null) {
                    draft.unplaced(cell, where, "the column “" + header.get(c) + "” is not a level");
                    continue;
                }
                for (String text : Texts.splitCell(cell)) {
                    if (taken.add(level.key() + "\u0000" + text)) {
                        level.behaviours.add(new DraftBehaviour(text, area, null, null, null, where));
                    }
                }
            }
        }
    }
}
