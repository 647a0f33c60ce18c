package app.dualtrack.export;

import java.util.SortedSet;

/**
 * What an export produced.
 *
 * @param missingCharacters characters no available font could draw; they were replaced by □ in the PDF
 */
public record ExportResult(int pages, SortedSet<String> missingCharacters) {
    public boolean complete() {
        return missingCharacters.isEmpty();
    }

    /** "2 characters could not be drawn and show as □: 😀 𓂀", or "". */
    public String missingCharactersMessage() {
        if (missingCharacters.isEmpty()) {
            return "";
        }
        return missingCharacters.size() + (missingCharacters.size() == 1 ? " character" : " characters")
                + " could not be drawn with any installed font and show as □ in the PDF: " + String.join(" ", missingCharacters)
                + ". Install a font that covers them (for Chinese, Japanese or Korean on Debian: fonts-wqy-microhei) and export again.";
    }
}
