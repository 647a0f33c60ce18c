package app.dualtrack.format;

/**
 * Lines and columns in a text as a person counts them: a column is a character (a code point),
 * so an emoji or a Chinese character of the supplementary planes counts once, not as the two
 * UTF-16 units the parser counts. Also finds the backslash-u escapes that stand for half a character.
 */
final class TextPositions {
    private final String text;

    TextPositions(String text) {
        this.text = text;
    }

    /** Converts the parser's column (UTF-16 units, 1-based) on a 1-based line into characters. */
    int column(int line, int unitColumn) {
        if (line <= 0 || unitColumn <= 0) {
            return unitColumn;
        }
        int start = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return unitColumn;
            }
            start = nl + 1;
        }
        int end = Math.min(text.length(), start + unitColumn - 1);
        return text.codePointCount(start, end) + 1;
    }

    /** A backslash-u escape that is half of a surrogate pair: where it starts, and how it is written. */
    record LoneSurrogate(int line, int column, String escape) {
    }

    /**
     * The first escape inside a JSON string that encodes a surrogate without its partner (a high
     * one not followed by a low one, or a low one on its own), or null. Such text cannot be written
     * as UTF-8: it would silently become "?" on the next save.
     */
    LoneSurrogate firstLoneSurrogate() {
        int line = 1;
        int lineStart = 0;
        boolean inString = false;
        int pendingHigh = -1; // offset of a high-surrogate escape waiting for its low half
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
            if (!inString) {
                if (c == '"') {
                    inString = true;
                }
                continue;
            }
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                int unit = next == 'u' ? hex4(i + 2) : -1;
                if (unit >= 0 && Character.isLowSurrogate((char) unit) && pendingHigh >= 0) {
                    pendingHigh = -1;
                } else if (pendingHigh >= 0) {
                    return at(pendingHigh, line, lineStart);
                } else if (unit >= 0 && Character.isLowSurrogate((char) unit)) {
                    return at(i, line, lineStart);
                } else if (unit >= 0 && Character.isHighSurrogate((char) unit)) {
                    pendingHigh = i;
                }
                i += next == 'u' && unit >= 0 ? 5 : 1;
                continue;
            }
            if (pendingHigh >= 0) {
                return at(pendingHigh, line, lineStart);
            }
            if (c == '"') {
                inString = false;
            }
        }
        return null;
    }

    private LoneSurrogate at(int offset, int line, int lineStart) {
        // the escape is on the current line: strings cannot span lines in valid JSON
        int column = offset >= lineStart ? text.codePointCount(lineStart, offset) + 1 : 1;
        return new LoneSurrogate(line, column, text.substring(offset, Math.min(text.length(), offset + 6)));
    }

    private int hex4(int from) {
        if (from + 4 > text.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + 4; i++) {
            int d = Character.digit(text.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
