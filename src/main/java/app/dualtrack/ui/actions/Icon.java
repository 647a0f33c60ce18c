package app.dualtrack.ui.actions;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** Every icon the app shows, from one set (Material outlined), in one place. */
public enum Icon {
    NEW(Material2OutlinedAL.INSERT_DRIVE_FILE),
    OPEN(Material2OutlinedAL.FOLDER_OPEN),
    SAVE(Material2OutlinedMZ.SAVE),
    UNDO(Material2OutlinedMZ.UNDO),
    REDO(Material2OutlinedMZ.REDO),
    ADD_LEVEL(Material2OutlinedAL.ADD_BOX),
    ADD(Material2OutlinedAL.ADD),
    DELETE(Material2OutlinedAL.DELETE),
    DUPLICATE(Material2OutlinedAL.CONTENT_COPY),
    MOVE_UP(Material2OutlinedAL.ARROW_UPWARD),
    MOVE_DOWN(Material2OutlinedAL.ARROW_DOWNWARD),
    SWITCH_TRACK(Material2OutlinedMZ.SWAP_HORIZ),
    PAIR(Material2OutlinedAL.LINK),
    UNPAIR(Material2OutlinedAL.LINK_OFF),
    EXPORT_PDF(Material2OutlinedMZ.PICTURE_AS_PDF),
    COMPARE(Material2OutlinedAL.COMPARE_ARROWS),
    SETTINGS(Material2OutlinedMZ.TUNE),
    VISIBILITY(Material2OutlinedMZ.VISIBILITY),
    GUIDE(Material2OutlinedMZ.MENU_BOOK),
    ERROR(Material2OutlinedAL.ERROR_OUTLINE),
    WARNING(Material2OutlinedMZ.WARNING),
    INFO(Material2OutlinedAL.INFO),
    SUPPRESS(Material2OutlinedMZ.NOTIFICATIONS_OFF),
    CLEAN(Material2OutlinedAL.CHECK_CIRCLE),
    SUGGESTION(Material2OutlinedAL.LIGHTBULB),
    BRANCH(Material2OutlinedAL.CALL_SPLIT),
    HISTORY(Material2OutlinedAL.HISTORY),
    MOVE_TO_OTHER_LIST(Material2OutlinedMZ.SWAP_HORIZ),
    PRINT(Material2OutlinedMZ.PRINT),
    CUT(Material2OutlinedAL.CONTENT_CUT),
    COPY(Material2OutlinedAL.CONTENT_COPY),
    PASTE(Material2OutlinedAL.CONTENT_PASTE),
    MORE(Material2OutlinedMZ.MORE_VERT),
    FIND(Material2OutlinedMZ.SEARCH),
    ZOOM_IN(Material2OutlinedMZ.ZOOM_IN),
    ZOOM_OUT(Material2OutlinedMZ.ZOOM_OUT),
    ZOOM_FIT(Material2OutlinedMZ.ZOOM_OUT_MAP),
    SWAP_SIDES(Material2OutlinedMZ.SWAP_HORIZ),
    NOT_ANALYSED(Material2OutlinedAL.HOURGLASS_EMPTY);

    private final Ikon ikon;

    Icon(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon node() {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }

    public FontIcon node(int size) {
        FontIcon icon = node();
        icon.setIconSize(size);
        return icon;
    }
}
