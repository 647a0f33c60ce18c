package app.dualtrack.ui.prefs;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * How large the window's text is: the platform's own default size (JavaFX's {@code Font.getDefault()},
 * which follows the system text size on Windows) or a share of it. Every font size in the stylesheets is
 * in em, relative to the root, so setting the root's size scales the whole window, popups included.
 */
public enum TextSize {
    SYSTEM(1.0, "System Size"),
    SMALLER(0.9, "90 %"),
    LARGER(1.1, "110 %"),
    LARGE(1.25, "125 %"),
    LARGEST(1.5, "150 %");

    private final double factor;
    private final String label;

    TextSize(double factor, String label) {
        this.factor = factor;
        this.label = label;
    }

    public double factor() {
        return factor;
    }

    public String label() {
        return label;
    }

    /** The root font size in pixels for a platform default of {@code systemSize}. */
    public double rootSize(double systemSize) {
        return Math.round(systemSize * factor * 4) / 4.0;
    }

    /**
     * A stylesheet (a data URL, so nothing is written to disk) giving the root that size. Tooltips and
     * context menus are windows of their own whose root AtlantaFX sets to 14px; they get the same size.
     */
    public String stylesheet(double systemSize) {
        String css = String.format(Locale.ROOT, ".root, .tooltip, .context-menu { -fx-font-size: %.2fpx; }%n", rootSize(systemSize));
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /** The size stored under {@code key}, the system size for anything unknown (an older or newer version's value). */
    public static TextSize fromKey(String key) {
        for (TextSize t : values()) {
            if (t.name().equalsIgnoreCase(key)) {
                return t;
            }
        }
        return SYSTEM;
    }
}
