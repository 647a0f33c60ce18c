package app.dualtrack.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The id syntax of the format ({@code [a-z0-9][a-z0-9-]*}) and a way to derive ids from titles. */
public final class Ids {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /** "Staff Engineer (Platform)" → "staff-engineer-platform"; never empty. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "level" : slug;
    }
}
