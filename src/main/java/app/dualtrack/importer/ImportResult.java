package app.dualtrack.importer;

import app.dualtrack.model.Ladder;

/** A ladder made from sources, and the report of how. */
public record ImportResult(Ladder ladder, ImportReport report) {
}
