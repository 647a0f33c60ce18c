package app.dualtrack.importer;

import app.dualtrack.model.Track;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document-shaped source (Markdown, HTML, plain text, a YAML tree): a heading per level
 * with lists under it; headings above the levels name the ladder or a track; headings below a
 * level are sections (areas, or the primary and supporting lists); tables with a column per level
 * are read as a matrix. Text no level takes is kept as unplaced, with the reason.
 */
final class OutlineInterpreter {
    private static final Pattern FIELD = Pattern.compile("^(peer|scope|summary|code|track|level id)\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final Draft draft;
    private final TableInterpreter tables;

    OutlineInterpreter(Draft draft) {
        this.draft = draft;
        this.tables = new TableInterpreter(draft);
    }

    void read(List<Block> blocks, Track documentTrack, TableInterpreter.Shape shape) {
        int levelDepth = levelDepth(blocks);
        // Levels repeated under area headings ("## Delivery / ### Level 1 … ## Craft / ### Level 1") make those
        // headings sections; under track headings, or in a file that states its structure, a repeat is a second level.
        boolean trackHeadings = blocks.stream().anyMatch(x -> x instanceof Block.Heading h && h.depth() < levelDepth
                && LevelLabels.trackHeading(h.text()) != null && !LevelLabels.looksLikeLevel(h.text()));
        boolean outerSections = levelDepth > 1 && !trackHeadings && !draft.statesStructure && levelLabelsRepeat(blocks, levelDepth);
        Track track = documentTrack;
        DraftLevel level = null;
        String section = null;
        String outer = null;
        String context = null;
        int titleDepth = blocks.stream().filter(b -> b instanceof Block.Heading).mapToInt(b -> ((Block.Heading) b).depth()).min().orElse(0);
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                Track named = LevelLabels.trackHeading(h.text());
                if (h.depth() < levelDepth) {
                    level = null;
                    section = null;
                    if (named != null && !LevelLabels.looksLikeLevel(h.text().replaceAll("(?i)management|manager", ""))) {
                        track = named;
                        context = null;
                    } else if (h.depth() == titleDepth && draft.name == null && !outerSections) {
                        draft.name = h.text();
                        context = null;
                    } else {
                        context = h.text();
                        outer = outerSections ? h.text() : null;
                        if (named != null) {
                            track = named;
                        }
                    }
                } else if (h.depth() == levelDepth) {
                    LevelLabels.Parsed p = LevelLabels.parse(h.text());
                    level = outerSections ? draft.level(h.text(), track, h.where())
                            : draft.level(draft.freshKey(h.text()), h.where());   // two levels may share a name
                    if (level.title == null) {
                        level.title = p.title();
                        level.code = p.code();
                        level.grade = p.grade();
                        level.trackHint = track;
                    }
                    section = null;
                } else if (level != null) {
                    section = h.text();
                } else {
                    context = h.text();
                }
            } else if (block instanceof Block.Paragraph p) {
                if (level == null) {
                    draft.unplaced(p.text(), p.where(), reasonOutside(context));
                } else if (section == null && outer == null) {
                    levelField(level, p.text(), p.where());
                } else {
                    behaviour(level, p.text(), null, section == null ? outer : section, p.where());
                }
            } else if (block instanceof Block.Item i) {
                if (level == null) {
                    draft.unplaced(i.text(), i.where(), reasonOutside(context));
                } else {
                    behaviour(level, i.text(), i.area(), section == null ? outer : section, i.where());
                }
            } else if (block instanceof Block.Table t) {
                table(t, level, section, track, shape);
            }
        }
    }

    private void table(Block.Table t, DraftLevel level, String section, Track track, TableInterpreter.Shape shape) {
        Grid grid = t.grid().trimmed();
        List<String> header = grid.rows().isEmpty() ? List.of() : grid.rows().get(0);
        long levelHeaders = header.stream().skip(1).filter(c -> !c.isEmpty() && LevelLabels.looksLikeLevel(c)).count();
        boolean rowsShape = TableInterpreter.columns(header).containsKey(TableInterpreter.Column.TEXT);
        if (level == null || levelHeaders >= 2 || rowsShape) {
            tables.read(grid, shape, track);
            return;
        }
        // A table inside a level: each row a section (its first cell) with behaviours in the other cells.
        for (int r = 1; r < grid.rows().size(); r++) {
            List<String> row = grid.rows().get(r);
            String label = row.get(0).isEmpty() ? section : row.get(0);
            for (int c = 1; c < row.size(); c++) {
                for (String text : Texts.splitCell(row.get(c))) {
                    level.behaviours.add(new DraftBehaviour(text, label, null, null, null, grid.wheres().get(r)));
                }
            }
            if (row.size() == 1 && !row.get(0).isEmpty()) {
                behaviour(level, row.get(0), null, section, grid.wheres().get(r));
            }
        }
    }

    private String reasonOutside(String context) {
        if (context != null) {
            return "it is under “" + context + "”, which is not a level";
        }
        return draft.levels().isEmpty() ? "it comes before the first level" : "it is not under any level";
    }

    /** A paragraph directly under a level: "Peer: …", "Scope: …" and the like, or the summary. */
    private void levelField(DraftLevel level, String text, Where where) {
        Matcher m = FIELD.matcher(text);
        if (!m.matches()) {
            level.addSummary(text);
            return;
        }
        String value = m.group(2).strip();
        switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "peer" -> level.peerRef = value;
            case "scope" -> level.addScope(value);
            case "summary" -> level.addSummary(value);
            case "code" -> level.code = value;
            case "level id" -> level.sourceId = value;
            case "track" -> {
                Track t = LevelLabels.trackWord(value);
                if (t == null) {
                    level.addSummary(text);
                } else {
                    level.trackHint = t;
                }
            }
            default -> level.addSummary(text);
        }
    }

    private static void behaviour(DraftLevel level, String text, String area, String section, Where where) {
        level.behaviours.add(new DraftBehaviour(text, section, area, null, null, where));
    }

    /**
     * The heading depth that holds the levels: the one where most headings read like levels.
     * A ladder with no such heading has its levels in tables, or none: returns 0 then.
     */
    static int levelDepth(List<Block> blocks) {
        // Headings directly under track headings ("Technical track", "Management track") are the levels.
        int trackDepth = blocks.stream().filter(b -> b instanceof Block.Heading h && LevelLabels.trackHeading(h.text()) != null
                && !LevelLabels.looksLikeLevel(h.text())).mapToInt(b -> ((Block.Heading) b).depth()).min().orElse(0);
        if (trackDepth > 0 && blocks.stream().anyMatch(b -> b instanceof Block.Heading h && h.depth() == trackDepth + 1)) {
            return trackDepth + 1;
        }
        Map<Integer, Integer> score = new HashMap<>();
        Map<Integer, Integer> count = new HashMap<>();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                count.merge(h.depth(), 1, Integer::sum);
                if (LevelLabels.looksLikeLevel(h.text()) && LevelLabels.trackHeading(h.text()) == null) {
                    score.merge(h.depth(), 1, Integer::sum);
                }
            }
        }
        int best = 0;
        int bestScore = 0;
        for (Map.Entry<Integer, Integer> e : score.entrySet()) {
            boolean lone = count.get(e.getKey()) == 1 && e.getKey() == count.keySet().stream().min(Integer::compare).orElse(0) && count.size() > 1;
            int s = lone ? 0 : e.getValue();
            if (s > bestScore || s == bestScore && s > 0 && e.getKey() < best) {
                best = e.getKey();
                bestScore = s;
            }
        }
        return best == 0 ? Integer.MAX_VALUE : best;
    }

    private static boolean levelLabelsRepeat(List<Block> blocks, int depth) {
        Set<String> seen = new HashSet<>();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h && h.depth() == depth && !seen.add(h.text())) {
                return true;
            }
        }
        return false;
    }
}
