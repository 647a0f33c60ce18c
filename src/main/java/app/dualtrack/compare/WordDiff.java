package app.dualtrack.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word-level difference between two texts (Myers' algorithm, from java-diff-utils). */
public record WordDiff(List<Segment> segments) {
    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of text that is the same, removed or added. */
    public record Segment(Kind kind, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}'’-]+|[^\\s\\p{L}\\p{N}]");

    public static WordDiff between(String before, String after) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> out = new ArrayList<>();
        int pos = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int start = d.getSource().getPosition();
            add(out, Kind.SAME, String.join("", a.subList(pos, start)));
            add(out, Kind.REMOVED, String.join("", d.getSource().getLines()));
            add(out, Kind.ADDED, String.join("", d.getTarget().getLines()));
            pos = start + d.getSource().size();
        }
        add(out, Kind.SAME, String.join("", a.subList(pos, a.size())));
        WordDiff words = new WordDiff(List.copyOf(foldSpaces(out)));
        return words.isRewrite() ? wholesale(before, after) : words;
    }

    /**
     * Below this share of kept words a change reads as a new sentence: interleaving the few shared
     * words with the rest ("You [-help disparate groups-]{+own the architecture+} of…") is word soup,
     * so the whole old sentence is shown struck and the whole new one underlined.
     */
    static final double REWRITE_BELOW = 0.5;

    /** True when fewer than half of the longer text's words survive in place. */
    boolean isRewrite() {
        int kept = 0;
        int removed = 0;
        int added = 0;
        for (Segment s : segments) {
            int n = (int) tokens(s.text()).stream().filter(t -> Character.isLetterOrDigit(t.codePointAt(0))).count();
            switch (s.kind()) {
                case SAME -> kept += n;
                case REMOVED -> removed += n;
                case ADDED -> added += n;
            }
        }
        int longer = Math.max(kept + removed, kept + added);
        return (removed > 0 || added > 0) && longer > 0 && kept < REWRITE_BELOW * longer;
    }

    /** The whole old text removed and the whole new text added. */
    static WordDiff wholesale(String before, String after) {
        List<Segment> out = new ArrayList<>();
        add(out, Kind.REMOVED, before == null ? "" : before);
        add(out, Kind.ADDED, after == null ? "" : after);
        return new WordDiff(List.copyOf(out));
    }

    /**
     * "[-A-] [-technical-]{+Owns+} {+systems+}" reads badly: a change, a space, a change is one
     * change. Folds whitespace between two changes into both sides.
     */
    private static List<Segment> foldSpaces(List<Segment> in) {
        List<Segment> out = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (int i = 0; i < in.size(); i++) {
            Segment s = in.get(i);
            boolean bridge = s.kind() == Kind.SAME && s.text().isBlank() && (removed.length() > 0 || added.length() > 0)
                    && i + 1 < in.size() && in.get(i + 1).kind() != Kind.SAME;
            if (s.kind() == Kind.REMOVED) {
                removed.append(s.text());
            } else if (s.kind() == Kind.ADDED) {
                added.append(s.text());
            } else if (bridge) {
                removed.append(s.text());
                added.append(s.text());
            } else {
                flush(out, removed, added);
                out.add(s);
            }
        }
        flush(out, removed, added);
        return out;
    }

    private static void flush(List<Segment> out, StringBuilder removed, StringBuilder added) {
        if (removed.length() > 0) {
            out.add(new Segment(Kind.REMOVED, removed.toString()));
        }
        if (added.length() > 0) {
            out.add(new Segment(Kind.ADDED, added.toString()));
        }
        removed.setLength(0);
        added.setLength(0);
    }

    private static void add(List<Segment> out, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(kind, last.text() + text));
        } else {
            out.add(new Segment(kind, text));
        }
    }

    static List<String> tokens(String s) {
        List<String> list = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            list.add(m.group());
        }
        return list;
    }

    public boolean changed() {
        return segments.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }

    /** "[-old-]{+new+}" inline notation, as in git's word diff; a space between a removal and the addition after it. */
    public String inline() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            switch (s.kind()) {
                case SAME -> sb.append(s.text());
                case REMOVED -> sb.append("[-").append(s.text()).append("-]").append(separatorAfter(i));
                case ADDED -> sb.append("{+").append(s.text()).append("+}");
            }
        }
        return sb.toString();
    }

    /** " " when segment {@code i} is a removal followed directly by an addition with no space between them. */
    public String separatorAfter(int i) {
        Segment s = segments.get(i);
        if (s.kind() != Kind.REMOVED || i + 1 >= segments.size() || segments.get(i + 1).kind() != Kind.ADDED) {
            return "";
        }
        String next = segments.get(i + 1).text();
        return s.text().endsWith(" ") || next.startsWith(" ") ? "" : " ";
    }

    /** How alike two texts are, 0 to 1: shared words over all words (Jaccard on lower-case words). */
    public static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return (double) inter.size() / union.size();
    }

    static Set<String> words(String s) {
        Set<String> set = new HashSet<>();
        if (s == null) {
            return set;
        }
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                set.add(w);
            }
        }
        return set;
    }
}
