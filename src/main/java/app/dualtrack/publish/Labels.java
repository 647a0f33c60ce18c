package app.dualtrack.publish;

import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;

/** How published documents name levels and tracks, so that a person reads them and the importer reads them back. */
final class Labels {
    /** Between a code and a title in headings: "IC3 — Senior Engineer". */
    static final String CODE_SEPARATOR = " — ";

    private Labels() {
    }

    static String level(Level l) {
        return l.code() == null ? l.title() : l.code() + CODE_SEPARATOR + l.title();
    }

    static String trackHeading(Track t) {
        return switch (t) {
            case SHARED -> "Shared levels";
            case TECHNICAL -> "Technical track";
            case MANAGEMENT -> "Management track";
        };
    }

    static String areaTitle(Ladder ladder, String areaId) {
        return areaId == null ? null : ladder.area(areaId).map(a -> a.title()).orElse(areaId);
    }
}
