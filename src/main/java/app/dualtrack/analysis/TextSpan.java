package app.dualtrack.analysis;

import java.util.Objects;

/**
 * The phrase a finding blames, as a character span of the sentence it is in.
 *
 * @param start first character (0-based)
 * @param end   one past the last character
 * @param text  the phrase itself
 */
public record TextSpan(int start, int end, String text) {
    public TextSpan {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("an empty or negative span: " + start + ".." + end);
        }
    }

    static TextSpan of(PhraseHit hit) {
        return new TextSpan(hit.start(), hit.end(), hit.text());
    }
}
