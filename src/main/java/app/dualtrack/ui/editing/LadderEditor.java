package app.dualtrack.ui.editing;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Finding;
import app.dualtrack.analysis.SuppressedFinding;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Track;
import app.dualtrack.ui.document.LadderDocument;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * What the editor's panes (ladder, inspector, warnings) need of the open ladder: the document, the
 * selection, the live analysis and the few edits they start themselves. The panes depend on this, not
 * on the main window, so the ui feature packages stay free of cycles.
 */
public interface LadderEditor {
    ReadOnlyObjectProperty<LadderDocument> documentProperty();

    LadderDocument document();

    ReadOnlyObjectProperty<Ladder> ladderProperty();

    Ladder ladder();

    /** The id of the level being edited, or null. */
    StringProperty selectedLevelIdProperty();

    ReadOnlyObjectProperty<AnalysisReport> reportProperty();

    /** False for a level the live analysis has not looked at yet. */
    boolean isAnalysed(String levelId);

    /** Moves a level to a position on a track (drag and drop). */
    void moveLevel(String id, Track track, int index);

    /** Pairs two levels of opposite tracks; anything else is ignored. */
    void pair(String a, String b);

    void unpairSelected();

    /** Asks why, then keeps the finding as it is with that reason in the file. */
    void suppress(Finding finding);

    void unsuppress(SuppressedFinding suppressed);
}
