package app.dualtrack.outcomes;

import app.dualtrack.model.LadderIndex;
import app.dualtrack.model.Track;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the rows into stints: each person's time at each level, up to the analysis day. */
final class Histories {
    private Histories() {
    }

    static List<Stint> stints(List<OutcomeRecord> records, LadderIndex index, LocalDate today) {
        Map<String, List<OutcomeRecord>> byPerson = new LinkedHashMap<>();
        for (OutcomeRecord r : records) {
            byPerson.computeIfAbsent(r.person(), p -> new ArrayList<>()).add(r);
        }
        List<Stint> stints = new ArrayList<>();
        for (List<OutcomeRecord> history : byPerson.values()) {
            history.sort(Comparator.comparing(OutcomeRecord::date));
            for (int i = 0; i < history.size(); i++) {
                OutcomeRecord r = history.get(i);
                if (r.isLeaving()) {
                    continue;
                }
                Track track = index.trackOf(r.levelId()).orElseThrow();
                int position = index.indexOf(r.levelId());
                OutcomeRecord next = i + 1 < history.size() ? history.get(i + 1) : null;
                if (next == null) {
                    stints.add(new Stint(r.person(), r.levelId(), track, position, r.date(), today, null, null, -1, Stint.Ending.ONGOING));
                } else if (next.isLeaving()) {
                    stints.add(new Stint(r.person(), r.levelId(), track, position, r.date(), next.date(), null, null, -1, Stint.Ending.LEFT));
                } else {
                    stints.add(new Stint(r.person(), r.levelId(), track, position, r.date(), next.date(), next.levelId(),
                            index.trackOf(next.levelId()).orElseThrow(), index.indexOf(next.levelId()), Stint.Ending.MOVED));
                }
            }
        }
        return stints;
    }
}
