package app.dualtrack.analysis;

import app.dualtrack.model.Behaviour;
import app.dualtrack.model.Growth;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.LadderIndex;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Flaw 3, the technical track runs out first, and the shape of the ladder as a whole. */
final class StructureRules {
    private static final double NO_STEP_SIMILARITY = 0.8;
    private final Lexicon lexicon;

    StructureRules(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    private final Map<List<app.dualtrack.model.Behaviour>, Set<String>> wordCache = new java.util.concurrent.ConcurrentHashMap<>();
    /** Similarity of a level's bar to the one below, by the identity of both levels: an edit replaces only the edited level. */
    private final Map<Pair, Step> stepCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** How a level's bar compares with the one below: the share of words in common, and sentences repeated word for word. */
    private record Step(double similarity, int repeated) {
    }
    /** Whether a level's bar is only placeholders, by the level's identity. */
    private final Map<Pair, Boolean> placeholderCache = new java.util.concurrent.ConcurrentHashMap<>();

    private record Pair(Object a, Object b) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && p.a == a && p.b == b;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(a) + System.identityHashCode(b);
        }
    }

    void check(Ladder ladder, Findings out) {
        LadderIndex index = LadderIndex.of(ladder);
        boolean technicalLadder = ladder.management().isEmpty() && !ladder.technical().isEmpty();
        if (technicalLadder) {
            // a technical ladder: nothing to pair with, so no pairing or parity warnings, one note instead
            out.add("structure/no-management-track", FindingLocation.ladder(FindingField.MANAGEMENT_TRACK),
                    Map.of("technical", String.valueOf(ladder.technical().size())));
        }
        trackShorter(ladder, index, out);
        for (Level level : ladder.technical()) {
            invented(ladder, index, level, out);
            topGrowth(ladder, index, level, out);
            if (!technicalLadder && index.peerOf(level.id()).isEmpty()) {
                out.add("structure/unpaired-level", FindingLocation.level(level.id(), FindingField.PEER), Map.of("level", LadderText.name(level)));
            }
        }
        for (Level level : ladder.management()) {
            if (level.minHeadcount() != null) {
                invented(ladder, index, level, out);
            }
        }
        peerOrder(ladder, index, out);
        topMismatch(ladder, index, out);
        for (Level level : ladder.allLevels()) {
            emptyLevel(level, out);
            noStep(index, level, out);
        }
        duplicateTitles(ladder, out);
        ParityRules.check(ladder, index, out);
        if (wordCache.size() > 20_000 || stepCache.size() > 20_000 || placeholderCache.size() > 20_000) {
            wordCache.clear();
            stepCache.clear();
            placeholderCache.clear();
        }
    }

    /**
     * Whether the technical track runs out before the management track, judged by the peer of its
     * top real level (one whose scope exists: a level invented for a larger company does not count),
     * not by counting levels: a track that skips a grade but whose top is paired with the VP reaches
     * as high. Without a peer to go by, the number of levels decides.
     */
    private void trackShorter(Ladder ladder, LadderIndex index, Findings out) {
        List<Level> technical = ladder.technical();
        List<Level> management = ladder.management();
        if (technical.isEmpty() || management.isEmpty()) {
            return;
        }
        Level top = null;
        for (int i = technical.size() - 1; i >= 0 && top == null; i--) {
            if (!isInvented(ladder, technical.get(i))) {
                top = technical.get(i);
            }
        }
        Level topManagement = management.get(management.size() - 1);
        Level peer = top == null ? null : index.peerOf(top.id())
                .filter(p -> index.trackOf(p.id()).orElse(null) == Track.MANAGEMENT).orElse(null);
        String detail;
        if (peer != null) {
            if (peer.id().equals(topManagement.id())) {
                return;
            }
            detail = "The technical track tops out at " + LadderText.name(top) + ", the peer of " + LadderText.name(peer)
                    + ", below the top of the management track, " + LadderText.name(topManagement)
                    + (top == technical.get(technical.size() - 1) ? "." : " (" + LadderText.name(technical.get(technical.size() - 1))
                    + " needs a larger organisation than today's).");
        } else if (technical.size() < management.size()) {
            detail = "The technical track has " + technical.size() + " levels above the branch point and the management track "
                    + management.size() + ".";
        } else {
            return;
        }
        out.add("structure/track-shorter", FindingLocation.ladder(FindingField.TECHNICAL_TRACK), Map.of("detail", detail,
                "technical", String.valueOf(technical.size()), "management", String.valueOf(management.size())));
    }

    /** A level whose stated minimum headcount the organisation does not reach. */
    private static boolean isInvented(Ladder ladder, Level level) {
        return ladder.headcount() != null && level.minHeadcount() != null && level.minHeadcount() > ladder.headcount();
    }

    private void invented(Ladder ladder, LadderIndex index, Level level, Findings out) {
        Integer headcount = ladder.headcount();
        String name = LadderText.name(level);
        if (headcount != null && level.minHeadcount() != null && level.minHeadcount() > headcount) {
            out.add("structure/invented-level", FindingLocation.level(level.id(), FindingField.MIN_HEADCOUNT), Map.of("level", name, "detail",
                    name + " needs an organisation of " + level.minHeadcount() + " engineers for its scope to exist; today there are "
                            + headcount + "."));
            return;
        }
        boolean isTop = index.isTopOfTrack(level.id()) && index.trackOf(level.id()).orElse(null) == Track.TECHNICAL;
        String title = level.title().toLowerCase(Locale.ROOT);
        if (level.minHeadcount() == null && isTop && headcount != null && headcount < lexicon.inventedTitleMinHeadcount
                && lexicon.inventedTitles.stream().anyMatch(title::contains)) {
            out.add("structure/invented-level", Severity.WARNING, FindingLocation.level(level.id(), FindingField.TITLE), Map.of("level", name, "detail",
                    "A “" + level.title() + "” level is rare below " + lexicon.inventedTitleMinHeadcount
                            + " engineers; at " + headcount + " its scope probably does not exist yet."));
            return;
        }
        if (headcount != null && headcount < lexicon.inventedTitleMinHeadcount && index.trackOf(level.id()).orElse(null) == Track.TECHNICAL) {
            String cue = firstCue(textOf(level), lexicon.largeScopePhrases);
            if (cue != null) {
                out.add("structure/invented-level", Severity.WARNING, FindingLocation.level(level.id(), FindingField.SCOPE), Map.of("level", name,
                        "detail", name + " asks for work “" + cue + "”, a scope an organisation of " + headcount
                                + " engineers does not have."));
            }
        }
    }

    /** Everything a level says in words: summary, scope and behaviours, in lower case. */
    private static String textOf(Level level) {
        StringBuilder sb = new StringBuilder();
        sb.append(level.summary() == null ? "" : level.summary()).append(" \n ").append(level.scope() == null ? "" : level.scope());
        level.primary().forEach(b -> sb.append(" \n ").append(b.text()));
        level.supporting().forEach(b -> sb.append(" \n ").append(b.text()));
        return sb.toString().toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The first of the phrases the text contains, or null. */
    private static String firstCue(String text, List<String> phrases) {
        for (String p : phrases) {
            if (text.contains(p)) {
                return p;
            }
        }
        return null;
    }

    private boolean isSenior(Ladder ladder, LadderIndex index, Level level) {
        String title = level.title().toLowerCase(Locale.ROOT);
        boolean top = index.isTopOfTrack(level.id()) && ladder.technical().size() >= 2;
        return top || lexicon.seniorTitles.stream().anyMatch(title::contains);
    }

    private void topGrowth(Ladder ladder, LadderIndex index, Level level, Findings out) {
        if (!isSenior(ladder, index, level)) {
            return;
        }
        List<Growth> g = level.growth();
        boolean onlyScope = g.isEmpty() || g.stream().allMatch(x -> x == Growth.SCOPE);
        if (onlyScope) {
            String detail;
            if (!g.isEmpty()) {
                detail = "Growth at " + LadderText.name(level) + " is defined only as more scope.";
            } else {
                // no growth field: read what the level says, as a person would
                String text = textOf(level);
                if (firstCue(text, lexicon.growthPhrases) != null) {
                    return;
                }
                String scope = firstCue(text, lexicon.organisationScopePhrases);
                detail = scope != null
                        ? "Growth at " + LadderText.name(level) + " is described only as more organisational scope (“" + scope + "”)."
                        : LadderText.name(level) + " does not say how growth is recognised at the top of the track.";
            }
            out.add("structure/top-growth-is-scope", FindingLocation.level(level.id(), FindingField.GROWTH),
                    Map.of("level", LadderText.name(level), "detail", detail));
        }
    }

    private static void peerOrder(Ladder ladder, LadderIndex index, Findings out) {
        List<Level> tech = ladder.technical();
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < tech.size(); i++) {
            int peerIndex = index.peerOf(tech.get(i).id())
                    .filter(p -> index.trackOf(p.id()).orElse(null) == Track.MANAGEMENT)
                    .map(p -> index.indexOf(p.id())).orElse(-1);
            if (peerIndex >= 0) {
                pairs.add(new int[] {i, peerIndex});
            }
        }
        // each pairing is compared with the highest-paired level below it: linear, one finding per crossing level
        int[] highestBelow = null;
        for (int[] higher : pairs) {
            int[] lower = highestBelow;
            if (lower == null || higher[1] > lower[1]) {
                highestBelow = higher;
            }
            if (lower != null && higher[1] < lower[1]) {
                Level h = tech.get(higher[0]);
                Level l = tech.get(lower[0]);
                out.add("structure/peer-order", FindingLocation.level(h.id(), FindingField.PEER), Map.of(
                        "level", LadderText.name(h), "lower", LadderText.name(l),
                        "peer", LadderText.name(ladder.management().get(higher[1])),
                        "lowerPeer", LadderText.name(ladder.management().get(lower[1]))));
            }
        }
    }

    private static void topMismatch(Ladder ladder, LadderIndex index, Findings out) {
        if (ladder.technical().isEmpty() || ladder.management().isEmpty()) {
            return;
        }
        Level top = ladder.technical().get(ladder.technical().size() - 1);
        Level topManagement = ladder.management().get(ladder.management().size() - 1);
        index.peerOf(top.id()).filter(p -> !p.id().equals(topManagement.id())).ifPresent(peer -> {
            boolean grows = top.growth().stream().anyMatch(g -> g != Growth.SCOPE);
            out.add("structure/top-mismatch", grows ? Severity.INFO : Severity.WARNING, FindingLocation.level(top.id(), FindingField.PEER), Map.of(
                    "level", LadderText.name(top), "peer", LadderText.name(peer), "topManagement", LadderText.name(topManagement)));
        });
    }

    private void emptyLevel(Level level, Findings out) {
        List<Behaviour> primary = level.primary();
        String detail = null;
        if (primary.isEmpty()) {
            detail = LadderText.name(level) + " has no primary behaviours.";
        } else if (placeholderCache.computeIfAbsent(new Pair(level, null), k -> primary.stream().allMatch(b -> isPlaceholder(b.text())))) {
            detail = "The primary behaviours of " + LadderText.name(level) + " are placeholders (“" + primary.get(0).text().strip() + "”).";
        }
        if (detail != null) {
            out.add("structure/empty-level", FindingLocation.level(level.id(), FindingField.PRIMARY), Map.of("level", LadderText.name(level), "detail", detail));
        }
    }

    private boolean isPlaceholder(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        return t.isEmpty() || lexicon.placeholders.contains(t) || lexicon.placeholders.stream().anyMatch(p -> t.startsWith(p + " ") && t.length() < 30);
    }

    private void noStep(LadderIndex index, Level level, Findings out) {
        if (level.primary().isEmpty()) {
            return;
        }
        index.levelBelow(level.id()).filter(b -> !b.primary().isEmpty()).ifPresent(below -> {
            Step step = stepCache.computeIfAbsent(new Pair(level, below), k -> new Step(
                    similarity(words(level.primary()), words(below.primary())), repeatedSentences(level.primary(), below.primary())));
            double similarity = step.similarity();
            int repeated = step.repeated();
            String detail = null;
            if (repeated * 2 >= level.primary().size() && repeated > 0) {
                detail = repeated + " of its " + level.primary().size() + " repeat the level below word for word";
            } else if (similarity >= NO_STEP_SIMILARITY) {
                detail = Math.round(similarity * 100) + "% the same words";
            }
            if (detail != null) {
                out.add("structure/no-step", FindingLocation.level(level.id(), FindingField.PRIMARY), Map.of("level", LadderText.name(level),
                        "below", LadderText.name(below), "similarity", String.valueOf(Math.round(similarity * 100)), "detail", detail));
            }
        });
    }

    /** How many of a level's sentences appear in the level below, ignoring case, spacing and punctuation. */
    private static int repeatedSentences(List<Behaviour> level, List<Behaviour> below) {
        Set<String> lower = new HashSet<>();
        below.forEach(b -> lower.add(normalised(b.text())));
        int n = 0;
        for (Behaviour b : level) {
            n += lower.contains(normalised(b.text())) ? 1 : 0;
        }
        return n;
    }

    /** Lower case, without surrounding space or final punctuation: "word for word" up to case and full stop. */
    private static String normalised(String sentence) {
        String t = sentence.strip();
        int end = t.length();
        while (end > 0 && !Character.isLetterOrDigit(t.charAt(end - 1))) {
            end--;
        }
        return t.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private Set<String> words(List<Behaviour> behaviours) {
        return wordCache.computeIfAbsent(behaviours, StructureRules::wordsOf);
    }

    /** The words of more than two letters, lower-cased; a char loop, since it runs over every sentence of a fresh ladder. */
    private static Set<String> wordsOf(List<Behaviour> behaviours) {
        Set<String> words = new HashSet<>();
        StringBuilder word = new StringBuilder(16);
        for (Behaviour b : behaviours) {
            String text = b.text();
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                if (Character.isLetterOrDigit(c)) {
                    word.append(Character.toLowerCase(c));
                } else {
                    if (word.length() > 2) {
                        words.add(word.toString());
                    }
                    word.setLength(0);
                }
            }
        }
        return words;
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int inter = 0;
        for (String w : small) {
            inter += large.contains(w) ? 1 : 0;
        }
        return (double) inter / (a.size() + b.size() - inter);
    }

    private static long distinctCodes(List<Level> levels) {
        return levels.stream().map(l -> l.code() == null ? "" : l.code().strip()).filter(c -> !c.isEmpty()).distinct().count();
    }

    private static void duplicateTitles(Ladder ladder, Findings out) {
        Map<String, List<Level>> byTitle = new LinkedHashMap<>();
        for (Level l : ladder.allLevels()) {
            byTitle.computeIfAbsent(l.title().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(l);
        }
        for (List<Level> same : byTitle.values()) {
            // levels that share a title but have distinct codes are told apart by their codes (“Engineer” L1, L2)
            if (same.size() > 1 && distinctCodes(same) < same.size()) {
                String ids = LadderText.names(same);
                for (Level l : same.subList(1, same.size())) {
                    out.add("structure/duplicate-title", FindingLocation.level(l.id(), FindingField.TITLE), Map.of("title", l.title(), "levels", ids));
                }
            }
        }
    }
}
