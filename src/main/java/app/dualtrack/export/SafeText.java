package app.dualtrack.export;

import java.util.LinkedHashSet;
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
    private final Set<FontLibrary.Fallback> used = new LinkedHashSet<>();

    SafeText(List<FontLibrary.Fallback> fallbacks) {
        this.fallbacks = fallbacks;
    }

    Set<String> missing() {
        return missing;
    }

    /** The fallback fonts the text needs, in preference order: only these are loaded and embedded. */
    List<FontLibrary.Fallback> usedFallbacks() {
        return fallbacks.stream().filter(used::contains).toList();
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
        if (FontLibrary.dejaVuCovers(cp)) {
            return true;
        }
        for (FontLibrary.Fallback f : fallbacks) {
            if (f.coverage().covers(cp)) {
                used.add(f);
                return true;
            }
        }
        return false;
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
