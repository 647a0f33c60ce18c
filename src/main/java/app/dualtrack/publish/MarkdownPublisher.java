package app.dualtrack.publish;

import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.LadderIndex;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;

import java.util.ArrayList;
import java.util.List;

/**
 * The ladder as GitHub-flavoured Markdown for a wiki or a repository: a heading per track and per
 * level, the summary and scope, then the primary and supporting behaviours as lists with their area
 * in bold. Dualtrack's importer reads it back to the same levels, peers and behaviours; text is
 * escaped so that nothing in it turns into markup, and line breaks inside a sentence become {@code <br>}.
 */
public final class MarkdownPublisher {
    /** Marks a file as written here: the importer then takes tracks and peers as stated rather than guessing. */
    public static final String MARKER = "<!-- Written by Dualtrack: tracks and peers are as stated. -->";

    private MarkdownPublisher() {
    }

    public static String write(Ladder ladder) {
        LadderIndex index = LadderIndex.of(ladder);
        StringBuilder md = new StringBuilder(16 * 1024);
        md.append("# ").append(inline(ladder.name())).append("\n\n").append(MARKER).append("\n\n");
        List<String> facts = new ArrayList<>();
        if (ladder.organisation() != null) {
            facts.add("Organisation: " + midLine(ladder.organisation()));
        }
        if (ladder.edition() != null) {
            facts.add("Edition " + midLine(ladder.edition()));
        }
        if (ladder.reviewed() != null) {
            facts.add("Reviewed " + ladder.reviewed());
        }
        if (!facts.isEmpty()) {
            md.append("*").append(String.join(" · ", facts)).append("*\n\n");
        }
        for (Track t : Track.values()) {
            List<Level> levels = ladder.track(t);
            if (levels.isEmpty()) {
                continue;
            }
            md.append("## ").append(Labels.trackHeading(t)).append("\n\n");
            for (Level l : levels) {
                md.append("### ").append(midLine(Labels.level(l))).append("\n\n");
                index.peerOf(l.id()).filter(p -> t.isBranch()).ifPresent(p ->
                        md.append("Peer: ").append(midLine(Labels.level(p))).append("\n\n"));
                if (l.summary() != null) {
                    md.append(inline(l.summary())).append("\n\n");
                }
                if (l.scope() != null) {
                    md.append("**Scope:** ").append(midLine(l.scope())).append("\n\n");
                }
                for (BehaviourKind kind : BehaviourKind.values()) {
                    List<Behaviour> list = l.behaviours(kind);
                    if (list.isEmpty()) {
                        continue;
                    }
                    md.append("#### ").append(kind.label()).append("\n\n");
                    for (Behaviour b : list) {
                        md.append("- ");
                        String area = Labels.areaTitle(ladder, b.area());
                        if (area != null) {
                            md.append("**").append(midLine(area)).append(":** ");
                        }
                        md.append(inline(b.text())).append('\n');
                    }
                    md.append('\n');
                }
            }
        }
        if (ladder.notes() != null) {
            md.append("## Notes\n\n").append(inline(ladder.notes()).replace("<br><br>", "\n\n")).append("\n");
        }
        return md.toString().stripTrailing() + "\n";
    }

    /** Text placed after other text on its line (a heading's "### ", "Peer: "): no line-start escapes needed. */
    static String midLine(String text) {
        return inline("x" + text).substring(1);
    }

    /**
     * Text as one Markdown line that renders as itself: punctuation that could start markup is
     * escaped, a line that would start a list or a heading is escaped, line breaks become {@code <br>}.
     */
    static String inline(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append("<br>");
            }
            String line = lines[i];
            for (int j = 0; j < line.length(); j++) {
                char c = line.charAt(j);
                boolean lineStart = j == 0 || line.substring(0, j).isBlank();
                if ("\\`*_[]<>|&~!".indexOf(c) >= 0 || lineStart && "#+-=:".indexOf(c) >= 0) {
                    sb.append('\\');
                } else if (lineStart && Character.isDigit(c)) {
                    int k = j;
                    while (k < line.length() && Character.isDigit(line.charAt(k))) {
                        k++;
                    }
                    if (k < line.length() && (line.charAt(k) == '.' || line.charAt(k) == ')')) {
                        sb.append(line, j, k).append('\\');
                        j = k - 1;
                        continue;
                    }
                }
                if (c == '\t' && lineStart) {
                    sb.append("&#9;");
                    continue;
                }
                sb.append(c);
            }
            // trailing spaces would make a hard break, leading ones are dropped: keep them as entities
        }
        return protectEdges(sb.toString());
    }

    private static String protectEdges(String s) {
        int start = 0;
        while (start < s.length() && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
            start++;
        }
        int end = s.length();
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < start; i++) {
            out.append(s.charAt(i) == ' ' ? "&#32;" : "&#9;");
        }
        out.append(s, start, end);
        for (int i = end; i < s.length(); i++) {
            out.append(s.charAt(i) == ' ' ? "&#32;" : "&#9;");
        }
        return out.toString();
    }
}
