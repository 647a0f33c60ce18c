package app.dualtrack.ui.ladder;

import app.dualtrack.model.Behaviour;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Rungs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Find: the levels whose code, title, summary, scope or a behaviour contain the words, in the order the ladder shows them. */
public final class LadderSearch {
    private LadderSearch() {
    }

    public static List<String> find(Ladder ladder, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Level l : inScreenOrder(ladder)) {
            if (matches(l, q)) {
                result.add(l.id());
            }
        }
        return result;
    }

    private static boolean matches(Level l, String q) {
        List<String> texts = new ArrayList<>(List.of(l.title()));
        for (String s : new String[] {l.code(), l.summary(), l.scope()}) {
            if (s != null) {
                texts.add(s);
            }
        }
        l.primary().stream().map(Behaviour::text).forEach(texts::add);
        l.supporting().stream().map(Behaviour::text).forEach(texts::add);
        return texts.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(q));
    }

    /** Top to bottom, technical before management in a row, shared levels last: the order Enter steps through. */
    private static List<Level> inScreenOrder(Ladder ladder) {
        Set<Level> order = new LinkedHashSet<>();
        List<Rungs.Rung> rows = new ArrayList<>(Rungs.of(ladder));
        Collections.reverse(rows);
        for (Rungs.Rung r : rows) {
            if (r.technical() != null) order.add(r.technical());
            if (r.management() != null) order.add(r.management());
        }
        List<Level> shared = new ArrayList<>(ladder.shared());
        Collections.reverse(shared);
        order.addAll(shared);
        return new ArrayList<>(order);
    }
}
