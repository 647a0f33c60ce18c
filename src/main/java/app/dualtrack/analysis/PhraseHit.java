package app.dualtrack.analysis;

/** A phrase in a sentence that made a call: its span, its words and the category of language. */
public record PhraseHit(int start, int end, String text, String category) {
}
