package app.dualtrack.analysis;

/** A finding silenced by a suppression in the file, with the authors' reason. */
public record SuppressedFinding(Finding finding, String reason) {
}
