package app.dualtrack;

import app.dualtrack.model.Area;
import app.dualtrack.model.Band;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.Cadence;
import app.dualtrack.model.Extras;
import app.dualtrack.model.Growth;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Mechanism;
import app.dualtrack.model.MechanismKind;
import app.dualtrack.model.Suppression;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random valid ladders for property-based tests: any text, optional fields present or not, valid references. */
public final class LadderArbitraries {
    private static final String[] WORDS = {"Owns", "Drives", "alignment", "the", "storage", "engine", "teams", "Mentors", "latency",
            "Zürich", "Σύστημα", "система", "系统", "🚀", "'quoted'", "\"double\"", "<b>", "&amp;", "\\", "tab\there", "line\nbreak",
            "l'équipe", "żółw", "مرحبا", "שלום", "TBD", "p99", "Strategy", "consensus"};

    private LadderArbitraries() {
    }


    public static Arbitrary<Ladder> ladders() {
        return Arbitraries.longs().map(LadderArbitraries::ladder).withoutEdgeCases();
    }

    /** A deterministic random ladder for a seed: valid by construction. */
    public static Ladder ladder(long seed) {
        Random r = new Random(seed);
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < r.nextInt(3); i++) {
            areas.add(new Area("area-" + i, words(r), r.nextBoolean() ? words(r) : null));
        }
        List<List<Level>> tracks = new ArrayList<>();
        int id = 0;
        for (int t = 0; t < 3; t++) {
            List<Level> list = new ArrayList<>();
            for (int i = 0; i < r.nextInt(5); i++) {
                list.add(level(r, "l" + (id++), areas));
            }
            tracks.add(list);
        }
        // pair some technical and management levels, written on either side
        List<Level> tech = tracks.get(1);
        List<Level> mgmt = tracks.get(2);
        for (int i = 0; i < Math.min(tech.size(), mgmt.size()); i++) {
            if (r.nextInt(3) == 0) continue;
            if (r.nextBoolean()) {
                tech.set(i, tech.get(i).withPeer(mgmt.get(i).id()));
            } else {
                mgmt.set(i, mgmt.get(i).withPeer(tech.get(i).id()));
            }
        }
        List<Level> all = new ArrayList<>();
        tracks.forEach(all::addAll);
        List<Mechanism> mechanisms = new ArrayList<>();
        for (int i = 0; i < r.nextInt(3); i++) {
            mechanisms.add(new Mechanism(MechanismKind.values()[r.nextInt(3)], words(r), Cadence.values()[r.nextInt(4)],
                    all.isEmpty() || r.nextBoolean() ? null : all.get(r.nextInt(all.size())).id(),
                    r.nextInt(3) == 0 ? null : r.nextBoolean(), r.nextBoolean() ? words(r) : null, Extras.NONE));
        }
        List<Suppression> suppressions = new ArrayList<>();
        if (r.nextBoolean()) {
            suppressions.add(new Suppression("structure/track-shorter", null, words(r)));
        }
        if (!all.isEmpty() && r.nextBoolean()) {
            suppressions.add(new Suppression("language/management-behaviour", all.get(r.nextInt(all.size())).id(), words(r)));
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        if (r.nextInt(4) == 0) {
            extras.put("x-custom", words(r));
        }
        return new Ladder.Builder(words(r))
                .organisation(r.nextBoolean() ? words(r) : null)
                .headcount(r.nextBoolean() ? 1 + r.nextInt(500) : null)
                .edition(r.nextBoolean() ? "20" + (20 + r.nextInt(10)) + "." + r.nextInt(4) : null)
                .reviewed(r.nextBoolean() ? LocalDate.of(2020 + r.nextInt(7), 1 + r.nextInt(12), 1 + r.nextInt(28)) : null)
                .reviewEveryMonths(r.nextBoolean() ? 1 + r.nextInt(24) : null)
                .shared(tracks.get(0)).technical(tech).management(mgmt)
                .areas(areas).visibility(mechanisms).suppressions(suppressions)
                .notes(r.nextBoolean() ? words(r) : null)
                .extras(Extras.of(extras))
                .build();
    }

    private static Level level(Random r, String id, List<Area> areas) {
        List<Growth> growth = new ArrayList<>();
        for (Growth g : Growth.values()) {
            if (r.nextInt(3) == 0) growth.add(g);
        }
        return new Level.Builder(id, words(r))
                .code(r.nextBoolean() ? "L" + r.nextInt(9) : null)
                .summary(r.nextBoolean() ? words(r) : null)
                .scope(r.nextBoolean() ? words(r) : null)
                .primary(behaviours(r, areas))
                .supporting(behaviours(r, areas))
                .growth(growth)
                .minHeadcount(r.nextInt(4) == 0 ? 1 + r.nextInt(400) : null)
                .band(r.nextInt(4) == 0 ? new Band(new BigDecimal(r.nextInt(100000)), new BigDecimal(100000 + r.nextInt(100000)), "EUR") : null)
                .build();
    }

    private static List<Behaviour> behaviours(Random r, List<Area> areas) {
        List<Behaviour> list = new ArrayList<>();
        for (int i = 0; i < r.nextInt(4); i++) {
            list.add(!areas.isEmpty() && r.nextInt(3) == 0 ? new Behaviour(words(r), areas.get(r.nextInt(areas.size())).id()) : new Behaviour(words(r)));
        }
        return list;
    }

    private static String words(Random r) {
        int n = 1 + r.nextInt(10);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

}
