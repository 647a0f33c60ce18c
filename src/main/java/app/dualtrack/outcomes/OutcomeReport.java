package app.dualtrack.outcomes;

import app.dualtrack.analysis.Severity;
import app.dualtrack.model.Level;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcomes analysis of one ladder against one records file: findings, and the figures the
 * charts draw. Every figure about people is a {@link GroupFigure}, withheld for small groups.
 *
 * @param from   first day of the period looked at
 * @param to     the analysis day
 * @param people how many people the records describe (the whole file, never a small group)
 */
public record OutcomeReport(LocalDate from, LocalDate to, int people, List<OutcomeFinding> findings,
                            List<YearRates> promotionRates, List<RungTimes> timeAtLevel, List<Flow> flows) {

    /** Promotions per person-year on each branch track in one calendar year. */
    public record YearRates(int year, GroupFigure technical, GroupFigure management) {
    }

    /** Median years at a level, technical and management side by side at the same height. */
    public record RungTimes(Level technical, GroupFigure technicalYears, Level management, GroupFigure managementYears) {
    }

    /** How many people moved from one place to another in the period. */
    public record Flow(String from, String to, GroupFigure people) {
    }

    public OutcomeReport {
        findings = List.copyOf(findings);
        promotionRates = List.copyOf(promotionRates);
        timeAtLevel = List.copyOf(timeAtLevel);
        flows = List.copyOf(flows);
    }

    /** "42 people", or "fewer than 3 people" for a file so small that even its size would point at someone. */
    public String peopleText() {
        return people < GroupFigure.MIN_GROUP ? "fewer than " + GroupFigure.MIN_GROUP + " people" : people + " people";
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** "2021-01-04 to 2026-12-02". */
    public String periodText() {
        return from + " to " + to;
    }
}
