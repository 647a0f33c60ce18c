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
    private final Map<Pair, Double> stepCache = new java.util.concurrent.ConcurrentHashMap<>();
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
        trackShorter(ladder, out);
        for (Level level : ladder.technical()) {
            invented(ladder, index, level, out);
            topGrowth(ladder, index, level, out);
            if (index.peerOf(level.id()).isEmpty()) {
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

    private static void trackShorter(Ladder ladder, Findings out) {
        int t = ladder.technical().size();
        int m = ladder.management().size();
        if (t < m) {
            out.add("structure/track-shorter", FindingLocation.ladder(FindingField.TECHNICAL_TRACK),
                    Map.of("technical", String.valueOf(t), "management", String.valueOf(m)));
        }
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
        }
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
            String detail = g.isEmpty()
                    ? LadderText.name(level) + " does not say how growth is recognised at the top of the track."
                    : "Growth at " + LadderText.name(level) + " is defined only as more scope.";
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
            double similarity = stepCache.computeIfAbsent(new Pair(level, below),
                    k -> similarity(words(level.primary()), words(below.primary())));
            if (similarity >= NO_STEP_SIMILARITY) {
                out.add("structure/no-step", FindingLocation.level(level.id(), FindingField.PRIMARY), Map.of("level", LadderText.name(level),
                        "below", LadderText.name(below), "similarity", String.valueOf(Math.round(similarity * 100))));
            }
        });
    }

    private Set<String> words(List<Behaviour> behaviours) {
        return wordCache.computeIfAbsent(behaviours, StructureRules::wordsOf);
    }

    private static Set<String> wordsOf(List<Behaviour> behaviours) {
        Set<String> words = new HashSet<>();
        for (Behaviour b : behaviours) {
            for (String w : b.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() > 2) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) inter.size() / union.size();
    }

    private static void duplicateTitles(Ladder ladder, Findings out) {
        Map<String, List<Level>> byTitle = new LinkedHashMap<>();
        for (Level l : ladder.allLevels()) {
            byTitle.computeIfAbsent(l.title().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(l);
        }
        for (List<Level> same : byTitle.values()) {
            if (same.size() > 1) {
                String ids = String.join(" and ", same.stream().map(l -> "`" + l.id() + "`").toList());
                for (Level l : same.subList(1, same.size())) {
                    out.add("structure/duplicate-title", FindingLocation.level(l.id(), FindingField.TITLE), Map.of("title", l.title(), "levels", ids));
                }
            }
        }
    }
}
