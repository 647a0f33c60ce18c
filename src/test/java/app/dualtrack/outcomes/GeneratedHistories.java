package app.dualtrack.outcomes;

import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Promotion histories generated from simple career paths, so that each test knows exactly which
 * pattern it put in: people start on a level and climb after fixed numbers of months; a step that
 * would fall after {@link #TODAY} has not happened yet.
 */
public final class GeneratedHistories {
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate START = LocalDate.of(2018, 1, 1);

    private final List<String> rows = new ArrayList<>(List.of("person,date,level"));
    private int people;

    private GeneratedHistories() {
    }

    /**
     * The ladder the histories are written for: three shared levels; Staff, Principal and
     * Distinguished on the technical track paired with Senior EM, Director and VP; a first-line
     * EM with no technical peer.
     */
    public static Ladder ladder() {
        return Ladder.named("Generated Ladder").toBuilder()
                .shared(List.of(level("engineer-1", "L1", "Engineer I", null), level("engineer-2", "L2", "Engineer II", null),
                        level("senior", "L3", "Senior Engineer", null)))
                .technical(List.of(level("staff", "IC4", "Staff Engineer", "senior-em"),
                        level("principal", "IC5", "Principal Engineer", "director"),
                        level("distinguished", "IC6", "Distinguished Engineer", "vp")))
                .management(List.of(level("em", "M1", "Engineering Manager", null),
                        level("senior-em", "M2", "Senior Engineering Manager", null),
                        level("director", "M3", "Director of Engineering", null),
                        level("vp", "M4", "VP Engineering", null)))
                .build();
    }

    private static Level level(String id, String code, String title, String peer) {
        return new Level.Builder(id, title).code(code).peer(peer).build();
    }

    /** Everyone climbs at comparable speed on both tracks; a couple reach the top of each. */
    public static String healthy() {
        GeneratedHistories h = new GeneratedHistories();
        h.common();
        for (int i = 0; i < 12; i++) {      // technical: Staff after 2 years, Principal after 2.5 more for every other one
            h.path(i * 3, "senior", 24, "staff", i % 3 != 2 ? 30 : 0, "principal", i < 4 && i % 3 != 2 ? 30 : 0, "distinguished");
        }
        return h.text();
    }

    /** Principals leave the technical track for Director or Senior EM roles instead of growing further. */
    public static String principalFunnel() {
        GeneratedHistories h = new GeneratedHistories();
        h.common();
        for (int i = 0; i < 12; i++) {      // as healthy, but the Principals who do not become Distinguished move to Director after a year
            boolean principal = i % 3 != 2;
            boolean distinguished = principal && i < 4;
            h.path(i * 3, "senior", 24, "staff", principal ? 30 : 0, "principal",
                    distinguished ? 30 : 12, distinguished ? "distinguished" : "director");
        }
        return h.text();
    }

    /** As healthy, but nobody is ever promoted to Distinguished: the level exists only on paper. */
    public static String unreachedDistinguished() {
        GeneratedHistories h = new GeneratedHistories();
        h.common();
        for (int i = 0; i < 12; i++) {
            h.path(i * 3, "senior", 24, "staff", i % 3 != 2 ? 36 : 0, "principal");
        }
        return h.text();
    }

    /**
     * The technical track barely moves: engineers reach Staff and stay there while managers climb;
     * the two who reach Principal were hired into Staff.
     */
    public static String stalledTechnicalTrack() {
        GeneratedHistories h = new GeneratedHistories();
        h.common();
        for (int i = 0; i < 12; i++) {
            h.path(i * 3, "senior", 24, "staff");
        }
        h.path(0, "staff", 48, "principal", 36, "distinguished");
        h.path(6, "staff", 60, "principal");
        return h.text();
    }

    /** The ladder without Distinguished: the technical track stops at Principal while management goes on to VP. */
    public static Ladder ladderWithLowerTechnicalTop() {
        Ladder l = ladder();
        return l.removeLevel("distinguished");
    }

    /** On the lower-topped ladder, Principals wait: three of them for more than three years. */
    public static String principalCeiling() {
        GeneratedHistories h = new GeneratedHistories();
        h.common();
        for (int i = 0; i < 12; i++) {
            h.path(i * 3, "senior", 24, "staff", i % 3 != 2 ? 36 : 0, "principal");
        }
        return h.text();
    }

    /** Juniors joining recently, and a management track with the same rhythm as the technical one. */
    private void common() {
        for (int i = 0; i < 6; i++) {       // juniors hired in the last three years keep L1 and L2 reached
            path(60 + i * 4, "engineer-1", 18, "engineer-2", 18, "senior");
        }
        for (int i = 0; i < 10; i++) {      // managers: EM after 1.5 years, Senior EM after 2 more, Director after 2 more for half
            path(i * 4, "senior", 18, "em", 24, "senior-em", i % 2 == 0 ? 24 : 0, "director");
        }
        path(20, "vp");                       // one VP, hired from outside
    }

    /**
     * One person: starts {@code startMonth} months after 2018-01-01 at the first level, then each
     * (months, level) pair is a step taken that many months later; 0 months means the step never comes.
     */
    private void path(int startMonth, Object... steps) {
        String person = "p" + (++people);
        LocalDate date = START.plusMonths(startMonth);
        rows.add(person + "," + date + "," + steps[0]);
        for (int i = 1; i + 1 < steps.length; i += 2) {
            int months = (Integer) steps[i];
            if (months == 0) {
                return;
            }
            date = date.plusMonths(months);
            if (date.isAfter(TODAY)) {
                return;
            }
            rows.add(person + "," + date + "," + steps[i + 1]);
        }
    }

    private String text() {
        return String.join("\n", rows) + "\n";
    }
}
