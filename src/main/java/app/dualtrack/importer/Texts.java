package app.dualtrack.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers shared by the readers. */
final class Texts {
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·◦▪–]|\\d{1,2}[.)])\\s+(.*)$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\S)");

    private Texts() {
    }

    /**
     * Splits a spreadsheet or table cell into behaviours: one per bullet, or one per line when
     * nothing is bulleted; a line that continues a bullet joins it.
     */
    static List<String> splitCell(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return out;
        }
        String[] lines = cell.split("\\R");
        boolean bulleted = false;
        for (String line : lines) {
            if (BULLET.matcher(line).matches()) {
                bulleted = true;
                break;
            }
        }
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            Matcher m = BULLET.matcher(t);
            if (m.matches()) {
                out.add(m.group(1).strip());
            } else if (bulleted && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + t);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** How many sentences a text holds, for the report's accounting. */
    static int sentences(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return SENTENCE_END.split(text.strip()).length;
    }

    static String nullIfBlank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
