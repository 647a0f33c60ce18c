package app.dualtrack.importer;

import app.dualtrack.model.Track;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did, for the user: how many levels and behaviours, and every piece of text that
 * went to the notes instead, with why. The sentence counts account for the whole source:
 * {@code sentencesRead == sentencesPlaced + sentencesInNotes}.
 */
public record ImportReport(List<String> sources, Map<Track, Integer> levelsPerTrack, int behaviours, int areas, int peers,
                           int sentencesRead, int sentencesPlaced, int sentencesInNotes, List<Unplaced> inNotes,
                           List<String> remarks) {
    public ImportReport {
        sources = List.copyOf(sources);
        levelsPerTrack = Map.copyOf(new EnumMap<>(levelsPerTrack));
        inNotes = List.copyOf(inNotes);
        remarks = List.copyOf(remarks);
    }

    public int levels() {
        return levelsPerTrack.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "14 levels (3 shared, 6 technical, 5 management), 212 behaviours in 4 areas, 5 pairs of peers." */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(levels()).append(levels() == 1 ? " level" : " levels");
        List<String> parts = new ArrayList<>();
        for (Track t : Track.values()) {
            int n = levelsPerTrack.getOrDefault(t, 0);
            if (n > 0) {
                parts.add(n + " " + t.label().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (!parts.isEmpty()) {
            sb.append(" (").append(String.join(", ", parts)).append(')');
        }
        sb.append(", ").append(behaviours).append(behaviours == 1 ? " behaviour" : " behaviours");
        if (areas > 0) {
            sb.append(" in ").append(areas).append(areas == 1 ? " area" : " areas");
        }
        sb.append(", ").append(peers).append(peers == 1 ? " pair" : " pairs").append(" of peers.");
        return sb.toString();
    }

    /** "3 paragraphs kept in notes: 2 because it comes before the first level, 1 because …", or an all-placed line. */
    public String notesLine() {
        if (inNotes.isEmpty()) {
            return "Every one of the " + sentencesRead + " sentences read is in a level; nothing went to the notes.";
        }
        Map<String, Integer> byReason = new LinkedHashMap<>();
        for (Unplaced u : inNotes) {
            byReason.merge(u.reason(), 1, Integer::sum);
        }
        List<String> reasons = new ArrayList<>();
        byReason.forEach((r, n) -> reasons.add(n + " because " + r));
        return sentencesPlaced + " of " + sentencesRead + " sentences are in levels; " + inNotes.size()
                + (inNotes.size() == 1 ? " paragraph" : " paragraphs") + " (" + sentencesInNotes
                + (sentencesInNotes == 1 ? " sentence" : " sentences") + ") kept in the ladder's notes: " + String.join("; ", reasons) + ".";
    }

    /** The whole report as lines of text, for the CLI and the dialog. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(summary());
        lines.add(notesLine());
        for (Unplaced u : inNotes) {
            lines.add("  " + u.where() + ": " + abbreviate(u.text()) + " (" + u.reason() + ")");
        }
        lines.addAll(remarks);
        return lines;
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 70 ? "“" + one.substring(0, 69) + "…”" : "“" + one + "”";
    }
}
