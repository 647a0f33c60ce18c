package app.dualtrack.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a user's text into XHTML that always renders: XML special characters escaped, characters
 * XML cannot carry dropped, and characters no available font can draw replaced by a visible □
 * (and remembered, so the user can be told which ones).
 */
final class SafeText {
    static final String REPLACEMENT = "\u25A1";
    private final List<FontLibrary.Fallback> fallbacks;
    private final Set<String> missing = new TreeSet<>();

    SafeText(List<FontLibrary.Fallback> fallbacks) {
        this.fallbacks = fallbacks;
    }

    Set<String> missing() {
        return missing;
    }

    /** Escaped text for an element's content or an attribute value. */
    String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\n', '\t', '\r' -> sb.append(' ');
                default -> {
                    if (!isXmlChar(cp)) {
                        return;
                    }
                    if (cp <= 0x7E || covered(cp)) {
                        sb.appendCodePoint(cp);
                    } else {
                        missing.add(new String(Character.toChars(cp)));
                        sb.append(REPLACEMENT);
                    }
                }
            }
        });
        return sb.toString();
    }

    private boolean covered(int cp) {
        if (Character.getType(cp) == Character.FORMAT || Character.isWhitespace(cp) || cp == 0x00A0) {
            return true;
        }
        try {
            if (FontLibrary.dejaVuCovers(cp)) {
                return true;
            }
            for (FontLibrary.Fallback f : fallbacks) {
                if (FontLibrary.has(f.font(), cp)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
