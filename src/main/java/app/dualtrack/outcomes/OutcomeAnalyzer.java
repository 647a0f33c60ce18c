package app.dualtrack.outcomes;

import app.dualtrack.analysis.Severity;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.LadderIndex;
import app.dualtrack.model.Level;
import app.dualtrack.model.Rungs;
import app.dualtrack.model.Track;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks a ladder against what actually happened: who was promoted on which track, who left the
 * technical track for management, who is stuck at its top, which levels nobody reaches. The rules
 * and their limits are in {@link Thresholds}; figures about fewer than three people are withheld
 * and an {@code outcomes/too-few} finding says so.
 */
public final class OutcomeAnalyzer {
    public static final String STALL = "outcomes/technical-stall";
    public static final String FUNNEL = "outcomes/funnel";
    public static final String CEILING = "outcomes/ceiling";
    public static final String TIME_AT_LEVEL = "outcomes/time-at-level";
    public static final String UNREACHED = "outcomes/unreached-level";
    public static final String TOO_FEW = "outcomes/too-few";

    private static final String PRIVACY = "figures for groups of fewer than " + GroupFigure.MIN_GROUP
            + " people are never shown, so that nobody's record can be picked out";

    private final Ladder ladder;
    private final LadderIndex index;
    private final List<OutcomeRecord> records;
    private final LocalDate from;
    private final LocalDate to;
    private final List<Stint> stints;
    private final List<OutcomeFinding> findings = new ArrayList<>();

    private OutcomeAnalyzer(Ladder ladder, List<OutcomeRecord> records, LocalDate since, LocalDate today) {
        this.ladder = ladder;
        this.index = LadderIndex.of(ladder);
        this.records = records;
        this.to = today;
        LocalDate earliest = records.stream().map(OutcomeRecord::date).min(Comparator.naturalOrder()).orElse(today);
        this.from = since != null && since.isAfter(earliest) ? since : earliest;
        this.stints = Histories.stints(records, index, today);
    }

    /**
     * Analyses {@code records} (already read and checked) against {@code ladder}.
     *
     * @param since start of the period looked at, or null for the whole history
     * @param today the analysis day; rows after it must already have been refused
     */
    public static OutcomeReport analyze(Ladder ladder, List<OutcomeRecord> records, LocalDate since, LocalDate today) {
        return new OutcomeAnalyzer(ladder, records, since, today).run();
    }

    private OutcomeReport run() {
        technicalStall();
        funnel();
        ceiling();
        timeAtLevel();
        unreachedLevels();
        int people = (int) records.stream().map(OutcomeRecord::person).distinct().count();
        return new OutcomeReport(from, to, people, findings, yearRates(), rungTimes(), flows());
    }

    // ---------------------------------------------------------------- rules

    private void technicalStall() {
        Exposure tech = exposure(Track.TECHNICAL, from, to);
        Exposure mgmt = exposure(Track.MANAGEMENT, from, to);
        List<String> small = new ArrayList<>();
        if (tech.people < GroupFigure.MIN_GROUP) {
            small.add("the technical track");
        }
        if (mgmt.people < GroupFigure.MIN_GROUP) {
            small.add("the management track");
        }
        if (!small.isEmpty()) {
            tooFew(null, "Promotion rates by track are withheld: " + String.join(" and ", small)
                    + " had fewer than " + GroupFigure.MIN_GROUP + " people " + periodPhrase() + ", and " + PRIVACY + ".");
            return;
        }
        if (tech.personYears < Thresholds.MIN_PERSON_YEARS || mgmt.personYears < Thresholds.MIN_PERSON_YEARS) {
            tooFew(null, "Promotion rates by track are not compared: " + periodPhrase() + " one of the tracks has less than "
                    + (int) Thresholds.MIN_PERSON_YEARS + " person-years of records, too little to tell a pattern from chance.");
            return;
        }
        double techRate = tech.rate();
        double mgmtRate = mgmt.rate();
        if (mgmtRate > 0 && techRate < Thresholds.STALL_RATIO * mgmtRate) {
            String howMuch = techRate == 0 ? "nobody on the technical track was promoted"
                    : "technical engineers were promoted " + Math.round(100 * (1 - techRate / mgmtRate)) + "% less often";
            findings.add(new OutcomeFinding(STALL, Severity.WARNING, null,
                    "Above the branch point, the technical track saw " + rate(techRate) + " promotions per person-year "
                            + periodPhrase() + " (" + tech.people + " people), against " + rate(mgmtRate)
                            + " on the management track (" + mgmt.people + " people): " + howMuch + ".",
                    "Check that the technical levels' bars describe work people are actually given, and that promotion "
                            + "decisions weigh technical evidence such as scope documents as much as people leadership."));
        }
    }

    private void funnel() {
        List<Level> tech = ladder.technical();
        if (tech.isEmpty()) {
            return;
        }
        List<Level> zone = tech.subList(Math.max(0, tech.size() - Thresholds.FUNNEL_TOP_LEVELS), tech.size());
        Set<String> zoneIds = zone.stream().map(Level::id).collect(Collectors.toSet());
        Set<String> holders = new LinkedHashSet<>();
        Map<String, Set<String>> moversByLevel = new LinkedHashMap<>();
        Set<String> movers = new LinkedHashSet<>();
        for (Stint s : stints) {
            if (!zoneIds.contains(s.levelId()) || !s.overlaps(from, to)) {
                continue;
            }
            holders.add(s.person());
            if (s.crossesTo(Track.MANAGEMENT) && s.endedWithin(from, to)) {
                movers.add(s.person());
                moversByLevel.computeIfAbsent(s.levelId(), k -> new LinkedHashSet<>()).add(s.person());
            }
        }
        if (movers.isEmpty()) {
            return;
        }
        String zoneNames = names(zone, " or ");
        if (movers.size() < GroupFigure.MIN_GROUP) {
            tooFew(null, "Moves from " + zoneNames + " into management are not counted: fewer than " + GroupFigure.MIN_GROUP
                    + " people made one " + periodPhrase() + ", and " + PRIVACY + ".");
            return;
        }
        double share = (double) movers.size() / holders.size();
        if (share >= Thresholds.FUNNEL_SHARE) {
            String level = moversByLevel.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
                    .map(Map.Entry::getKey).orElse(null);
            findings.add(new OutcomeFinding(FUNNEL, Severity.WARNING, level,
                    movers.size() + " of the " + holders.size() + " people who held " + zoneNames + " " + periodPhrase()
                            + " moved to the management track (" + Math.round(100 * share) + "%): near its top, the technical track "
                            + "is a waiting room for management rather than a career of its own.",
                    "Ask the people who moved what the next technical level lacked; give the top technical levels scope, "
                            + "pay and influence comparable to their management peers'."));
        }
    }

    private void ceiling() {
        List<Level> tech = ladder.technical();
        Level higherManagement = managementAboveTechnicalTop();
        if (tech.isEmpty() || higherManagement == null) {
            return;
        }
        Level top = tech.get(tech.size() - 1);
        LocalDate longAgo = to.minusDays(Math.round(Thresholds.CEILING_YEARS * Stint.DAYS_PER_YEAR));
        Set<String> holders = new LinkedHashSet<>();
        Set<String> stuck = new LinkedHashSet<>();
        for (Stint s : stints) {
            if (s.levelId().equals(top.id()) && s.ended() == Stint.Ending.ONGOING) {
                holders.add(s.person());
                if (!s.start().isAfter(longAgo)) {
                    stuck.add(s.person());
                }
            }
        }
        if (stuck.isEmpty()) {
            return;
        }
        if (stuck.size() < GroupFigure.MIN_GROUP) {
            tooFew(top.id(), "How long people have been at " + name(top) + ", the top of the technical track, is withheld: "
                    + "fewer than " + GroupFigure.MIN_GROUP + " have been there for more than " + (int) Thresholds.CEILING_YEARS
                    + " years, and " + PRIVACY + ".");
            return;
        }
        findings.add(new OutcomeFinding(CEILING, Severity.WARNING, top.id(),
                stuck.size() + " of the " + holders.size() + " people at " + name(top) + ", the top of the technical track, have been "
                        + "there for more than " + (int) Thresholds.CEILING_YEARS + " years on " + to + ", with nowhere to go, while the "
                        + "management track goes on to " + name(higherManagement) + ".",
                "Add a technical level whose scope matches " + name(higherManagement) + ", or say in the ladder why the technical track "
                        + "stops lower, so that nobody discovers the ceiling by waiting for it."));
    }

    private void timeAtLevel() {
        List<String> withheld = new ArrayList<>();
        for (RungTimeData r : rungData()) {
            if (r.tech == null || r.mgmt == null) {
                continue;
            }
            if (r.techYears.length < GroupFigure.MIN_GROUP || r.mgmtYears.length < GroupFigure.MIN_GROUP) {
                withheld.add(name(r.tech) + " / " + name(r.mgmt));
                continue;
            }
            double t = median(r.techYears);
            double m = median(r.mgmtYears);
            if (t >= Thresholds.TIME_RATIO * m && t - m >= Thresholds.TIME_MIN_GAP_YEARS) {
                findings.add(new OutcomeFinding(TIME_AT_LEVEL, Severity.WARNING, r.tech.id(),
                        "People spend a median of " + years(t) + " at " + name(r.tech) + " (" + r.techYears.length + " people) against "
                                + years(m) + " at its peer " + name(r.mgmt) + " (" + r.mgmtYears.length + " people), " + periodPhrase()
                                + ": " + ratio(t / m) + " as long at the same height.",
                        "Compare what the two levels ask for: a technical bar that takes this much longer to show is "
                                + "usually harder to demonstrate, not harder to do."));
            }
        }
        if (!withheld.isEmpty()) {
            tooFew(null, "Time at level is withheld for " + String.join(" and ", withheld) + ": on at least one side fewer than "
                    + GroupFigure.MIN_GROUP + " people held the level " + periodPhrase() + ", and " + PRIVACY + ".");
        }
    }

    private void unreachedLevels() {
        LocalDate windowStart = to.minusYears(Thresholds.UNREACHED_YEARS);
        boolean coversWindow = records.stream().anyMatch(r -> !r.date().isAfter(windowStart));
        if (!coversWindow) {
            return;
        }
        Set<String> held = new LinkedHashSet<>();
        Set<String> everHeld = new LinkedHashSet<>();
        for (Stint s : stints) {
            everHeld.add(s.levelId());
            if (s.end().isAfter(windowStart) || s.ended() == Stint.Ending.ONGOING) {
                held.add(s.levelId());
            }
        }
        for (Level l : ladder.allLevels()) {
            if (held.contains(l.id())) {
                continue;
            }
            String ever = everHeld.contains(l.id()) ? "" : "; nobody in the records ever has";
            findings.add(new OutcomeFinding(UNREACHED, Severity.WARNING, l.id(),
                    "Nobody has held " + name(l) + " in the " + Thresholds.UNREACHED_YEARS + " years to " + to + ever
                            + ": a level nobody reaches was invented, not discovered.",
                    "Describe the level from the work of someone who does it, or take it out of the ladder until someone does."));
        }
    }

    private void tooFew(String level, String message) {
        findings.add(new OutcomeFinding(TOO_FEW, Severity.INFO, level, message,
                "Look again when more people have been through these levels, or widen the period by starting it earlier."));
    }

    // ---------------------------------------------------------------- figures for the charts

    private List<OutcomeReport.YearRates> yearRates() {
        List<OutcomeReport.YearRates> out = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate a = max(from, LocalDate.of(year, 1, 1));
            LocalDate b = min(to, LocalDate.of(year + 1, 1, 1));
            if (!b.isAfter(a)) {
                continue;
            }
            Exposure t = exposure(Track.TECHNICAL, a, b);
            Exposure m = exposure(Track.MANAGEMENT, a, b);
            out.add(new OutcomeReport.YearRates(year, GroupFigure.of(t.rate(), t.people), GroupFigure.of(m.rate(), m.people)));
        }
        return out;
    }

    private List<OutcomeReport.RungTimes> rungTimes() {
        List<OutcomeReport.RungTimes> out = new ArrayList<>();
        for (RungTimeData r : rungData()) {
            out.add(new OutcomeReport.RungTimes(r.tech, figure(r.techYears), r.mgmt, figure(r.mgmtYears)));
        }
        return out;
    }

    private static GroupFigure figure(double[] years) {
        return years.length == 0 ? GroupFigure.of(0, 0) : GroupFigure.of(median(years), years.length);
    }

    private List<OutcomeReport.Flow> flows() {
        return List.of(
                flow("Shared levels", "Technical track", s -> s.track() == Track.SHARED && s.ended() == Stint.Ending.MOVED && s.nextTrack() == Track.TECHNICAL),
                flow("Shared levels", "Management track", s -> s.track() == Track.SHARED && s.ended() == Stint.Ending.MOVED && s.nextTrack() == Track.MANAGEMENT),
                flow("Technical track", "Management track", s -> s.crossesTo(Track.MANAGEMENT)),
                flow("Management track", "Technical track", s -> s.crossesTo(Track.TECHNICAL)),
                flow("Technical track", "Left the company", s -> s.track() == Track.TECHNICAL && s.ended() == Stint.Ending.LEFT),
                flow("Management track", "Left the company", s -> s.track() == Track.MANAGEMENT && s.ended() == Stint.Ending.LEFT));
    }

    private OutcomeReport.Flow flow(String fromLabel, String toLabel, Predicate<Stint> move) {
        long people = stints.stream().filter(s -> move.test(s) && s.endedWithin(from, to)).map(Stint::person).distinct().count();
        return new OutcomeReport.Flow(fromLabel, toLabel, GroupFigure.count((int) people));
    }

    // ---------------------------------------------------------------- helpers

    private record Exposure(double personYears, int promotions, int people) {
        double rate() {
            return personYears <= 0 ? 0 : promotions / personYears;
        }
    }

    private Exposure exposure(Track track, LocalDate a, LocalDate b) {
        double years = 0;
        int promotions = 0;
        Set<String> people = new LinkedHashSet<>();
        for (Stint s : stints) {
            if (s.track() != track) {
                continue;
            }
            double y = s.yearsWithin(a, b);
            if (y > 0) {
                years += y;
                people.add(s.person());
            }
            // a promotion on the window's first day counts; on its last day only when that is the analysis day
            // (otherwise the next window, which starts that day, counts it)
            LocalDate end = b.equals(to) ? b.plusDays(1) : b;
            if (s.isPromotion() && !s.end().isBefore(a) && s.end().isBefore(end)) {
                promotions++;
            }
        }
        return new Exposure(years, promotions, people.size());
    }

    private record RungTimeData(Level tech, double[] techYears, Level mgmt, double[] mgmtYears) {
    }

    private List<RungTimeData> rungData() {
        List<RungTimeData> out = new ArrayList<>();
        for (Rungs.Rung r : Rungs.of(ladder)) {
            out.add(new RungTimeData(r.technical(), yearsAt(r.technical()), r.management(), yearsAt(r.management())));
        }
        return out;
    }

    /** Each person's time at a level during the period; a stint still going on counts up to the analysis day. */
    private double[] yearsAt(Level level) {
        if (level == null) {
            return new double[0];
        }
        Map<String, Double> byPerson = new LinkedHashMap<>();
        for (Stint s : stints) {
            if (s.levelId().equals(level.id()) && s.overlaps(from, to)) {
                byPerson.merge(s.person(), s.years(), Double::sum);
            }
        }
        return byPerson.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The management level highest above the top technical level's height, or null when management does not go higher. */
    private Level managementAboveTechnicalTop() {
        List<Rungs.Rung> rungs = Rungs.of(ladder);
        int topTech = -1;
        int topMgmt = -1;
        for (int i = 0; i < rungs.size(); i++) {
            if (rungs.get(i).technical() != null) {
                topTech = i;
            }
            if (rungs.get(i).management() != null) {
                topMgmt = i;
            }
        }
        return topTech >= 0 && topMgmt > topTech ? rungs.get(topMgmt).management() : null;
    }

    private String periodPhrase() {
        return "from " + from + " to " + to;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** "IC5 Principal Engineer", or the title alone when the level has no code. */
    static String name(Level l) {
        return l.code() == null || l.code().isBlank() ? l.title() : l.code() + " " + l.title();
    }

    private static String names(Collection<Level> levels, String conjunction) {
        return levels.stream().map(OutcomeAnalyzer::name).collect(Collectors.joining(conjunction));
    }

    private static String rate(double r) {
        return String.format(Locale.ROOT, "%.2f", r);
    }

    static String years(double y) {
        return String.format(Locale.ROOT, "%.1f years", y);
    }

    private static String ratio(double r) {
        if (r >= 1.9 && r < 2.1) {
            return "twice";
        }
        return String.format(Locale.ROOT, "%.1f times", r);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
