package app.dualtrack.compare;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Analyzer;
import app.dualtrack.analysis.Finding;
import app.dualtrack.model.Growth;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.LadderIndex;
import app.dualtrack.model.Level;
import app.dualtrack.model.Mechanism;
import app.dualtrack.model.Suppression;
import app.dualtrack.model.Track;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two ladders. Levels are matched by id; the ones left over on both sides are matched by
 * content (title and behaviours) so that a changed id reads as a rename, not a removal and an
 * addition. Linear in the number of levels except for the leftovers, which are few.
 */
public final class LadderComparator {
    /** Below this similarity two unmatched levels are different levels. */
    static final double RENAME_SIMILARITY = 0.5;

    private final Analyzer analyzer;

    public LadderComparator(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public static LadderComparison compare(Ladder before, Ladder after, LocalDate today) {
        return new LadderComparator(Analyzer.standard()).compareLadders(before, after, today);
    }

    public LadderComparison compareLadders(Ladder before, Ladder after, LocalDate today) {
        LadderIndex a = LadderIndex.of(before);
        LadderIndex b = LadderIndex.of(after);
        Map<String, String> matchedAtoB = matchLevels(before, after);
        Set<String> matchedBIds = new HashSet<>(matchedAtoB.values());

        List<LevelChange> levels = new ArrayList<>();
        for (Map.Entry<String, String> e : matchedAtoB.entrySet()) {
            levels.add(levelChange(a, b, a.level(e.getKey()).orElseThrow(), b.level(e.getValue()).orElseThrow(), matchedAtoB));
        }
        List<Level> removed = before.allLevels().stream().filter(l -> !matchedAtoB.containsKey(l.id())).toList();
        List<Level> added = after.allLevels().stream().filter(l -> !matchedBIds.contains(l.id())).toList();

        List<Mechanism> addedM = new ArrayList<>();
        List<Mechanism> removedM = new ArrayList<>();
        List<FieldChange> changedM = new ArrayList<>();
        mechanisms(before, after, matchedAtoB, addedM, removedM, changedM);

        List<Suppression> addedS = after.suppressions().stream().filter(s -> !containsSuppression(before.suppressions(), s)).toList();
        List<Suppression> removedS = before.suppressions().stream().filter(s -> !containsSuppression(after.suppressions(), s)).toList();

        AnalysisReport ra = analyzer.analyze(before, today);
        AnalysisReport rb = analyzer.analyze(after, today);
        Set<String> keysA = new HashSet<>();
        ra.findings().forEach(f -> keysA.add(key(f, matchedAtoB)));
        Set<String> keysB = new HashSet<>();
        rb.findings().forEach(f -> keysB.add(key(f, null)));
        List<Finding> resolved = ra.findings().stream().filter(f -> !keysB.contains(key(f, matchedAtoB))).toList();
        List<Finding> introduced = rb.findings().stream().filter(f -> !keysA.contains(key(f, null))).toList();
        Set<String> changedLevelIds = new HashSet<>();
        levels.stream().filter(LevelChange::changed).forEach(l -> changedLevelIds.add(l.id()));
        boolean mechanismsChanged = !addedM.isEmpty() || !removedM.isEmpty() || !changedM.isEmpty();
        boolean structureChanged = !added.isEmpty() || !removed.isEmpty();
        List<FieldChange> ladderFields = ladderFields(before, after);
        List<Finding> stillOpen = rb.findings().stream().filter(f -> keysA.contains(key(f, null)))
                .filter(f -> f.level() != null ? changedLevelIds.contains(f.level())
                        : "visibility".equals(f.field()) ? mechanismsChanged
                        : "reviewed".equals(f.field()) ? ladderFields.stream().anyMatch(x -> x.field().equals("reviewed"))
                        : structureChanged)
                .toList();

        return new LadderComparison(before, after, ladderFields, added, removed, levels, addedM, removedM, changedM,
                addedS, removedS, resolved, introduced, stillOpen);
    }

    /**
     * Which level of {@code before} became which level of {@code after}: by id, then the leftovers by
     * content (a changed id is a rename). Old id to new id, in the old ladder's order; no analysis, so
     * cheap enough to run once per commit when following a behaviour back through history.
     */
    public static Map<String, String> matchLevels(Ladder before, Ladder after) {
        Set<String> idsB = after.levelIds();
        Map<String, String> matchedAtoB = new LinkedHashMap<>();
        for (Level l : before.allLevels()) {
            if (idsB.contains(l.id())) {
                matchedAtoB.put(l.id(), l.id());
            }
        }
        List<Level> leftA = before.allLevels().stream().filter(l -> !matchedAtoB.containsKey(l.id())).toList();
        Set<String> matchedB = new HashSet<>(matchedAtoB.values());
        List<Level> leftB = after.allLevels().stream().filter(l -> !matchedB.contains(l.id())).toList();
        matchRenames(leftA, leftB, matchedAtoB);
        return matchedAtoB;
    }

    /** Findings are the same finding when rule, level (through renames) and phrase agree: not their position. */
    private static String key(Finding f, Map<String, String> renames) {
        String level = f.level() == null ? "" : renames == null ? f.level() : renames.getOrDefault(f.level(), f.level());
        return f.rule() + "|" + level + "|" + (f.text() == null ? "" : f.text());
    }

    private static void matchRenames(List<Level> leftA, List<Level> leftB, Map<String, String> matched) {
        if (leftA.isEmpty() || leftB.isEmpty()) {
            return;
        }
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < leftA.size(); i++) {
            for (int j = 0; j < leftB.size(); j++) {
                double s = levelSimilarity(leftA.get(i), leftB.get(j));
                if (s >= RENAME_SIMILARITY) {
                    candidates.add(new double[] {s, i, j});
                }
            }
        }
        candidates.sort((x, y) -> Double.compare(y[0], x[0]));
        Set<Integer> usedA = new HashSet<>();
        Set<Integer> usedB = new HashSet<>();
        for (double[] c : candidates) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (!usedA.contains(i) && !usedB.contains(j)) {
                usedA.add(i);
                usedB.add(j);
                matched.put(leftA.get(i).id(), leftB.get(j).id());
            }
        }
    }

    private static double levelSimilarity(Level a, Level b) {
        double title = WordDiff.similarity(a.title(), b.title());
        double body = WordDiff.similarity(text(a), text(b));
        return 0.4 * title + 0.6 * body;
    }

    private static String text(Level l) {
        StringBuilder sb = new StringBuilder();
        sb.append(l.summary() == null ? "" : l.summary()).append(' ').append(l.scope() == null ? "" : l.scope());
        l.primary().forEach(x -> sb.append(' ').append(x.text()));
        l.supporting().forEach(x -> sb.append(' ').append(x.text()));
        return sb.toString();
    }

    private static LevelChange levelChange(LadderIndex a, LadderIndex b, Level before, Level after, Map<String, String> matched) {
        List<FieldChange> fields = new ArrayList<>();
        text(fields, "title", before.title(), after.title());
        text(fields, "code", before.code(), after.code());
        text(fields, "summary", before.summary(), after.summary());
        text(fields, "scope", before.scope(), after.scope());
        if (!before.growth().equals(after.growth())) {
            fields.add(FieldChange.of("growth", growth(before.growth()), growth(after.growth())));
        }
        if (!Objects.equals(before.minHeadcount(), after.minHeadcount())) {
            fields.add(FieldChange.of("minHeadcount", before.minHeadcount(), after.minHeadcount()));
        }
        if (!Objects.equals(before.band(), after.band())) {
            fields.add(FieldChange.of("band", band(before), band(after)));
        }
        String peerBefore = a.peerOf(before.id()).map(p -> matched.getOrDefault(p.id(), p.id())).orElse(null);
        String peerAfter = b.peerOf(after.id()).map(Level::id).orElse(null);
        if (!Objects.equals(peerBefore, peerAfter)) {
            fields.add(FieldChange.of("peer", a.peerOf(before.id()).map(ComparisonText::name).orElse(null),
                    b.peerOf(after.id()).map(ComparisonText::name).orElse(null)));
        }
        Track ta = a.trackOf(before.id()).orElseThrow();
        Track tb = b.trackOf(after.id()).orElseThrow();
        String moved = null;
        if (ta != tb) {
            moved = "moved from the " + ta.label().toLowerCase() + " track to the " + tb.label().toLowerCase() + " track";
        } else if (rankAmongKept(a, before, matched.keySet()) != rankAmongKept(b, after, Set.copyOf(matched.values()))) {
            moved = "moved from rung " + (rank(a, before) + 1) + " to rung " + (rank(b, after) + 1) + " of the " + tb.label().toLowerCase() + " track";
        }
        return new LevelChange(before, after, ta, tb, before.id().equals(after.id()) ? null : before.id(), moved, List.copyOf(fields),
                BehaviourAlignment.align(before, after));
    }

    /** The plain index within its track: what people see. */
    private static int rank(LadderIndex index, Level l) {
        return index.indexOf(l.id());
    }

    /**
     * The position among the levels of its track that exist in both versions. A level that only shifted
     * because a neighbour was added or removed keeps this position, so it is not reported as moved.
     */
    private static int rankAmongKept(LadderIndex index, Level l, Set<String> kept) {
        Track track = index.trackOf(l.id()).orElseThrow();
        int rank = 0;
        for (Level x : index.ladder().track(track)) {
            if (x.id().equals(l.id())) {
                return rank;
            }
            if (kept.contains(x.id())) {
                rank++;
            }
        }
        return rank;
    }

    private static void text(List<FieldChange> fields, String name, String before, String after) {
        if (!Objects.equals(before, after)) {
            fields.add(FieldChange.of(name, before, after));
        }
    }

    private static String growth(List<Growth> g) {
        return g.isEmpty() ? null : String.join(", ", g.stream().map(Growth::key).toList());
    }

    private static String band(Level l) {
        if (l.band() == null) {
            return null;
        }
        return (l.band().min() == null ? "…" : l.band().min().toPlainString()) + "–" + (l.band().max() == null ? "…" : l.band().max().toPlainString())
                + (l.band().currency() == null ? "" : " " + l.band().currency());
    }

    private static List<FieldChange> ladderFields(Ladder a, Ladder b) {
        List<FieldChange> f = new ArrayList<>();
        text(f, "name", a.name(), b.name());
        text(f, "organisation", a.organisation(), b.organisation());
        if (!Objects.equals(a.headcount(), b.headcount())) f.add(FieldChange.of("headcount", a.headcount(), b.headcount()));
        text(f, "edition", a.edition(), b.edition());
        if (!Objects.equals(a.reviewed(), b.reviewed())) f.add(FieldChange.of("reviewed", a.reviewed(), b.reviewed()));
        if (a.reviewCadenceMonths() != b.reviewCadenceMonths()) {
            f.add(FieldChange.of("reviewEveryMonths", a.reviewCadenceMonths(), b.reviewCadenceMonths()));
        }
        text(f, "notes", a.notes(), b.notes());
        return List.copyOf(f);
    }

    private static void mechanisms(Ladder before, Ladder after, Map<String, String> renames, List<Mechanism> added, List<Mechanism> removed,
                                   List<FieldChange> changed) {
        List<Mechanism> a = before.visibility();
        List<Mechanism> b = after.visibility();
        Map<String, Mechanism> byKeyA = new HashMap<>();
        a.forEach(m -> byKeyA.put(m.kind().key() + "|" + m.title(), m));
        Set<String> seen = new HashSet<>();
        for (Mechanism m : b) {
            String k = m.kind().key() + "|" + m.title();
            Mechanism old = byKeyA.get(k);
            if (old == null) {
                added.add(m);
            } else {
                seen.add(k);
                // The level it applies from may have a new id: following the rename is not a change to the mechanism.
                Mechanism oldRenamed = old.appliesFrom() == null ? old : new Mechanism(old.kind(), old.title(), old.cadence(),
                        renames.getOrDefault(old.appliesFrom(), old.appliesFrom()), old.required(), old.description(), old.extras());
                if (!oldRenamed.equals(m)) {
                    changed.add(FieldChange.of(m.title(), describe(old, before), describe(m, after)));
                }
            }
        }
        a.stream().filter(m -> !seen.contains(m.kind().key() + "|" + m.title())).forEach(removed::add);
    }

    static String describe(Mechanism m, Ladder ladder) {
        return m.cadence().label().toLowerCase() + (m.isRequired() ? ", required" : ", optional")
                + (m.appliesFrom() == null ? "" : ", from " + ladder.level(m.appliesFrom()).map(ComparisonText::name).orElse(m.appliesFrom()))
                + (m.description() == null ? "" : ": " + m.description());
    }

    private static boolean containsSuppression(List<Suppression> list, Suppression s) {
        return list.stream().anyMatch(x -> x.rule().equals(s.rule()) && Objects.equals(x.level(), s.level()) && x.reason().equals(s.reason()));
    }
}
