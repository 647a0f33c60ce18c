package app.dualtrack.ui.actions;

import javafx.scene.input.KeyCombination;

/** Every command of the window: label, icon and shortcut in one place, used by menus, toolbar and tooltips. */
public enum AppAction {
    NEW("New", Icon.NEW, "Shortcut+N"),
    OPEN("Open…", Icon.OPEN, "Shortcut+O"),
    OPEN_RECENT("Open Recent", null, null),
    SAVE("Save", Icon.SAVE, "Shortcut+S"),
    SAVE_AS("Save As…", null, "Shortcut+Shift+S"),
    EXPORT_PDF("Export PDF…", Icon.EXPORT_PDF, "Shortcut+E"),
    IMPORT("Import…", null, "Shortcut+I"),
    PUBLISH("Export as Markdown, HTML, CSV or Excel…", null, null),
    VIEW_LADDER("Ladder", null, "Shortcut+1"),
    VIEW_MATRIX("Matrix", null, "Shortcut+2"),
    COMPARE_WITH_FILE("Compare with File…", Icon.COMPARE, "Shortcut+Shift+D"),
    COMPARE_WITH_SAVED("Compare with Saved Version", null, null),
    COMPARE_WITH_BACKUP("Compare with Backup (.bak)", null, null),
    COMPARE_TWO_FILES("Compare Two Files…", null, null),
    HISTORY("History", null, "Shortcut+Shift+H"),
    CLOSE("Close Window", null, "Shortcut+W"),
    QUIT("Quit", null, "Shortcut+Q"),
    PRINT("Print…", Icon.PRINT, "Shortcut+P"),
    UNDO("Undo", Icon.UNDO, "Shortcut+Z"),
    REDO("Redo", Icon.REDO, "Shortcut+Shift+Z"),
    CUT("Cut Level", Icon.CUT, "Shortcut+X"),
    COPY("Copy Level", Icon.COPY, "Shortcut+C"),
    PASTE("Paste Level", Icon.PASTE, "Shortcut+V"),
    CUT_BEHAVIOUR("Cut Behaviour", Icon.CUT, "Shortcut+Shift+X"),
    COPY_BEHAVIOUR("Copy Behaviour", Icon.COPY, "Shortcut+Shift+C"),
    PASTE_BEHAVIOURS("Paste Behaviours Below", Icon.PASTE, "Shortcut+Shift+V"),
    COPY_ALL_BEHAVIOURS("Copy All Behaviours of the Level", null, null),
    FIND("Find…", Icon.FIND, "Shortcut+F"),
    ADD_TECHNICAL("Add Technical Level", Icon.ADD_LEVEL, "Shortcut+T"),
    ADD_MANAGEMENT("Add Management Level", Icon.ADD_LEVEL, "Shortcut+M"),
    ADD_SHARED("Add Shared Level", Icon.ADD_LEVEL, null),
    DUPLICATE("Duplicate Level", Icon.DUPLICATE, "Shortcut+D"),
    DELETE("Delete Level", Icon.DELETE, "Delete"),
    MOVE_UP("Move Level Up", Icon.MOVE_UP, "Alt+Up"),
    MOVE_DOWN("Move Level Down", Icon.MOVE_DOWN, "Alt+Down"),
    MOVE_TO_OTHER_TRACK("Move to Other Track", Icon.SWITCH_TRACK, "Shortcut+Shift+M"),
    PAIR("Pair with Peer…", Icon.PAIR, "Shortcut+Shift+P"),
    UNPAIR("Unpair", Icon.UNPAIR, null),
    LADDER_SETTINGS("Ladder Settings…", Icon.SETTINGS, "Shortcut+Comma"),
    MECHANISMS("Visibility Mechanisms…", Icon.VISIBILITY, null),
    MARK_REVIEWED("Mark Reviewed Today", Icon.HISTORY, null),
    OUTCOMES("Outcomes…", null, null),
    VISIBILITY_KIT("Visibility Kit…", null, null),
    ZOOM_IN("Zoom In", Icon.ZOOM_IN, "Shortcut+Plus"),
    ZOOM_OUT("Zoom Out", Icon.ZOOM_OUT, "Shortcut+Minus"),
    ZOOM_FIT("Fit Ladder to Window", Icon.ZOOM_FIT, "Shortcut+0"),
    FILTER_WARNINGS("Warnings of Selected Level Only", null, null),
    DARK_THEME("Dark Theme", null, null),
    TEXT_SIZE("Text Size", null, null),
    OPEN_LOG_FOLDER("Open Log Folder", null, null),
    GUIDE("The Three Design Flaws", Icon.GUIDE, "F1"),
    ABOUT("About Dualtrack", null, null);

    private final String label;
    private final Icon icon;
    private final String shortcut;

    AppAction(String label, Icon icon, String shortcut) {
        this.label = label;
        this.icon = icon;
        this.shortcut = shortcut;
    }

    public String label() {
        return label;
    }

    public Icon icon() {
        return icon;
    }

    public KeyCombination accelerator() {
        return shortcut == null ? null : KeyCombination.keyCombination(shortcut);
    }

    /** "Save (Ctrl+S)", for tooltips. */
    public String tooltip() {
        KeyCombination k = accelerator();
        return k == null ? label : label + " (" + k.getDisplayText() + ")";
    }
}
