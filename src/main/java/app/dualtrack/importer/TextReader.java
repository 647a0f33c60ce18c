package app.dualtrack.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text pasted from anywhere: a line that reads like a level starts a level, a short line
 * ending in a colon or followed by bullets starts a section, bulleted lines are items and the rest
 * are paragraphs (blank lines separate them). Lines starting with "#" are headings, as in Markdown.
 */
final class TextReader {
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·◦▪–]|\\d{1,2}[.)])\\s+(.*)$");
    private static final Pattern HASH = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*$");

    private final String file;

    TextReader(String file) {
        this.file = file;
    }

    List<Block> read(String text) {
        String[] lines = text.split("\\R", -1);
        List<Block> blocks = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        int paraLine = 0;
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int n = i + 1;
            Matcher bullet = BULLET.matcher(line);
            Matcher hash = HASH.matcher(line);
            boolean headingLike = !line.isEmpty() && !bullet.matches() && isShort(line) && (para.isEmpty())
                    && (line.endsWith(":") || nextIsBulletOrBlank(lines, i));
            if (line.isEmpty() || bullet.matches() || hash.matches() || headingLike) {
                if (!para.isEmpty()) {
                    blocks.add(new Block.Paragraph(para.toString(), Where.line(file, paraLine)));
                    para.setLength(0);
                }
            }
            if (line.isEmpty()) {
                continue;
            }
            boolean wasFirst = first;
            first = false;
            if (hash.matches()) {
                blocks.add(new Block.Heading(hash.group(1).length(), hash.group(2), Where.line(file, n)));
            } else if (bullet.matches()) {
                blocks.add(new Block.Item(bullet.group(1).strip(), null, Where.line(file, n)));
            } else if (headingLike) {
                String h = line.endsWith(":") ? line.substring(0, line.length() - 1).strip() : line;
                boolean title = wasFirst && !line.endsWith(":") && i + 1 < lines.length && lines[i + 1].isBlank();
                int depth = title || LevelLabels.trackHeading(h) != null && !LevelLabels.looksLikeLevel(h) ? 1
                        : LevelLabels.looksLikeLevel(h) ? 2 : 3;
                blocks.add(new Block.Heading(depth, h, Where.line(file, n)));
            } else {
                if (para.isEmpty()) {
                    paraLine = n;
                }
                para.append(para.isEmpty() ? "" : " ").append(line);
            }
        }
        if (!para.isEmpty()) {
            blocks.add(new Block.Paragraph(para.toString(), Where.line(file, paraLine)));
        }
        return blocks;
    }

    private static boolean isShort(String line) {
        return line.split("\\s+").length <= 8 && !line.endsWith(".");
    }

    private static boolean nextIsBulletOrBlank(String[] lines, int i) {
        for (int j = i + 1; j < lines.length; j++) {
            if (!lines[j].isBlank()) {
                return BULLET.matcher(lines[j]).matches() || j > i + 1;
            }
        }
        return false;
    }
}
