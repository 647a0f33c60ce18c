package app.dualtrack.ui.prefs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the app remembers between runs: window bounds, theme, text size, recent files. */
public final class AppPreferences {
    private static final int MAX_RECENT = 8;
    private final Preferences prefs;

    public AppPreferences(Preferences prefs) {
        this.prefs = prefs;
    }

    public static AppPreferences user() {
        return new AppPreferences(Preferences.userRoot().node("app/dualtrack"));
    }

    public boolean darkTheme() {
        return prefs.getBoolean("theme.dark", false);
    }

    public void setDarkTheme(boolean dark) {
        prefs.putBoolean("theme.dark", dark);
    }

    /** The window's text size, the system's own unless the user chose another (View › Text Size). */
    public TextSize textSize() {
        return TextSize.fromKey(prefs.get("text.size", TextSize.SYSTEM.name()));
    }

    public void setTextSize(TextSize size) {
        prefs.put("text.size", size.name());
    }

    /** x, y, width, height, or null when never saved. */
    public double[] windowBounds() {
        double w = prefs.getDouble("window.width", -1);
        if (w <= 0) {
            return null;
        }
        return new double[] {prefs.getDouble("window.x", 0), prefs.getDouble("window.y", 0), w, prefs.getDouble("window.height", 800)};
    }

    public void setWindowBounds(double x, double y, double w, double h) {
        prefs.putDouble("window.x", x);
        prefs.putDouble("window.y", y);
        prefs.putDouble("window.width", w);
        prefs.putDouble("window.height", h);
    }

    public List<Path> recentFiles() {
        List<Path> list = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = prefs.get("recent." + i, null);
            if (p != null) {
                list.add(Path.of(p));
            }
        }
        return list;
    }

    public void addRecentFile(Path file) {
        List<Path> list = new ArrayList<>(recentFiles());
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                prefs.put("recent." + i, list.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
        try {
            prefs.flush();
        } catch (BackingStoreException ignored) {
            // preferences are a convenience; failing to store them must not disturb the user
        }
    }
}
