package app.dualtrack.compare;

import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Level;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns the behaviours of two versions of a level, item by item: the same sentence kept (or moved
 * between primary and supporting), a sentence rewritten (similar enough to be the same behaviour,
 * with its word-level changes), added or removed.
 */
public final class BehaviourAlignment {
    /** Below this share of common words, two sentences are different behaviours, not a rewrite. */
    static final double REWRITE_SIMILARITY = 0.3;

    private BehaviourAlignment() {
    }

    private record Item(BehaviourKind list, String text) {
    }

    private static List<Item> items(Level l) {
        List<Item> items = new ArrayList<>();
        if (l == null) {
            return items;
        }
        for (BehaviourKind k : BehaviourKind.values()) {
            for (Behaviour b : l.behaviours(k)) {
                items.add(new Item(k, b.text()));
            }
        }
        return items;
    }

    /** Aligns two versions of the same level: leftovers at the same place in the same list count as rewritten. */
    public static List<BehaviourChange> align(Level before, Level after) {
        return align(before, after, true);
    }

    /**
     * @param pairByPosition after identical and similar sentences are matched, pair what is left in the
     *                       same list in order as rewrites (right for two versions of one level; wrong for
     *                       two different levels, where unrelated sentences are additions and drops)
     */
    public static List<BehaviourChange> align(Level before, Level after, boolean pairByPosition) {
        List<Item> a = items(before);
        List<Item> b = items(after);
        List<BehaviourChange> out = new ArrayList<>();
        boolean[] usedB = new boolean[b.size()];
        Item[] pairOf = new Item[a.size()];
        int[] pairIndex = new int[a.size()];
        // 1. identical sentences (kept, or moved to the other list)
        for (int i = 0; i < a.size(); i++) {
            pairIndex[i] = -1;
            for (int j = 0; j < b.size(); j++) {
                if (!usedB[j] && a.get(i).text().equals(b.get(j).text())) {
                    usedB[j] = true;
                    pairIndex[i] = j;
                    break;
                }
            }
        }
        // 2. rewrites: the most similar remaining sentences, best pairs first
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (pairIndex[i] >= 0) continue;
            for (int j = 0; j < b.size(); j++) {
                if (usedB[j]) continue;
                double s = WordDiff.similarity(a.get(i).text(), b.get(j).text()) + (a.get(i).list() == b.get(j).list() ? 0.05 : 0);
                if (s >= REWRITE_SIMILARITY) {
                    candidates.add(new double[] {s, i, j});
                }
            }
        }
        candidates.sort((x, y) -> Double.compare(y[0], x[0]));
        for (double[] c : candidates) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (pairIndex[i] < 0 && !usedB[j]) {
                pairIndex[i] = j;
                usedB[j] = true;
            }
        }
        // 3. what is left in the same list, in order: the behaviour at that place was rewritten
        if (pairByPosition) {
            for (BehaviourKind k : BehaviourKind.values()) {
                int j = 0;
                for (int i = 0; i < a.size(); i++) {
                    if (pairIndex[i] >= 0 || a.get(i).list() != k) continue;
                    while (j < b.size() && (usedB[j] || b.get(j).list() != k)) j++;
                    if (j < b.size()) {
                        pairIndex[i] = j;
                        usedB[j] = true;
                    }
                }
            }
        }
        // 4. in the new version's order: kept, moved, rewritten, added; removed ones after
        List<Integer> aOf = new ArrayList<>();
        for (int j = 0; j < b.size(); j++) aOf.add(-1);
        for (int i = 0; i < a.size(); i++) if (pairIndex[i] >= 0) aOf.set(pairIndex[i], i);
        for (int j = 0; j < b.size(); j++) {
            Item nb = b.get(j);
            int i = aOf.get(j);
            if (i < 0) {
                out.add(new BehaviourChange(BehaviourChange.Kind.ADDED, null, null, nb.list(), nb.text(), null));
                continue;
            }
            Item ob = a.get(i);
            if (ob.text().equals(nb.text())) {
                out.add(new BehaviourChange(ob.list() == nb.list() ? BehaviourChange.Kind.KEPT : BehaviourChange.Kind.MOVED,
                        ob.list(), ob.text(), nb.list(), nb.text(), null));
            } else {
                out.add(new BehaviourChange(BehaviourChange.Kind.REWRITTEN, ob.list(), ob.text(), nb.list(), nb.text(),
                        WordDiff.between(ob.text(), nb.text())));
            }
        }
        for (int i = 0; i < a.size(); i++) {
            if (pairIndex[i] < 0) {
                out.add(new BehaviourChange(BehaviourChange.Kind.REMOVED, a.get(i).list(), a.get(i).text(), null, null, null));
            }
        }
        return List.copyOf(out);
    }
}
