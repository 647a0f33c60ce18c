package app.dualtrack.kit;

import app.dualtrack.model.Behaviour;
import app.dualtrack.model.Level;

/** Markdown helpers shared by the kit's documents. */
final class KitText {
    /** Where someone writes their answer: invisible in Markdown, a ruled box in the PDF. */
    static final String WRITE_HERE = "<!-- write here -->";

    private KitText() {
    }

    /** "IC4 Staff Engineer", or the title alone. */
    static String name(Level l) {
        return l.code() == null || l.code().isBlank() ? l.title() : l.code() + " " + l.title();
    }

    /** Escapes what Markdown would otherwise read as formatting in a user's sentence. */
    static String md(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (char c : text.replace('\n', ' ').toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static String quoteBar(Level level) {
        StringBuilder sb = new StringBuilder();
        if (level.scope() != null && !level.scope().isBlank()) {
            sb.append("> **Scope.** ").append(md(level.scope())).append("\n>\n");
        }
        if (level.primary().isEmpty()) {
            sb.append("> *The ladder states no primary behaviours for this level yet: agree with your manager what the bar is before the quarter starts.*\n");
        } else {
            for (Behaviour b : level.primary()) {
                sb.append("> - ").append(md(b.text())).append('\n');
            }
        }
        return sb.toString();
    }

    static String slug(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
