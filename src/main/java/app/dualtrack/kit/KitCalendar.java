package app.dualtrack.kit;

import app.dualtrack.model.Cadence;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Mechanism;
import app.dualtrack.model.MechanismKind;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * The kit's calendar: one open-ended all-day series per visibility mechanism at its cadence, and
 * the ladder's own review (last review + the review cadence) with a warning six months later.
 * All-day events import into any calendar without time-zone surprises; stable UIDs mean importing
 * a newer kit updates the events instead of doubling them.
 */
final class KitCalendar {
    /** How long after the review is due the warning comes: the review cadence plus half a year. */
    static final int WARNING_AFTER_DUE_MONTHS = 6;

    private KitCalendar() {
    }

    static ICalendar of(KitPlan plan, LocalDate today) {
        Ladder ladder = plan.ladder();
        String prefix = KitText.slug(ladder.name());
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Dualtrack//Visibility kit//EN");
        ical.setName(ladder.name() + ": visibility and review");
        for (KitPlan.Part part : plan.parts()) {
            Mechanism m = part.mechanism();
            LocalDate first = firstSession(m, today);
            VEvent e = allDay(first, m.title() + (part.proposed() ? " (proposed)" : ""),
                    description(part), prefix + "-" + m.kind().key() + "-" + KitText.slug(m.title()) + "@dualtrack");
            Recurrence rule = m.cadence() == Cadence.YEARLY
                    ? new Recurrence.Builder(Frequency.YEARLY).build()
                    : new Recurrence.Builder(Frequency.MONTHLY).interval(m.cadence().months()).build();
            e.setRecurrenceRule(rule);
            ical.addEvent(e);
        }
        LocalDate due = reviewDue(ladder, today);
        VEvent review = allDay(due, ladder.name() + ": yearly review due",
                (ladder.reviewed() == null ? "The ladder has no review date yet. " : "Last reviewed " + ladder.reviewed() + ". ")
                        + "Read the ladder against the work people do now; check the outcomes; update the reviewed date.",
                prefix + "-ladder-review@dualtrack");
        review.addAlarm(VAlarm.display(new Trigger(new Duration.Builder().prior(true).days(7).build(), Related.START),
                "The ladder review is due in a week"));
        ical.addEvent(review);
        LocalDate late = due.plusMonths(WARNING_AFTER_DUE_MONTHS);
        ical.addEvent(allDay(late, "Warning: " + ladder.name() + " not reviewed for "
                        + (ladder.reviewCadenceMonths() + WARNING_AFTER_DUE_MONTHS) + " months",
                "If the review has not happened, the ladder is drifting from what the company rewards: schedule it now.",
                prefix + "-ladder-review-warning@dualtrack"));
        return ical;
    }

    static String text(KitPlan plan, LocalDate today) {
        return Biweekly.write(of(plan, today)).go();
    }

    /** When the ladder's review is due: the last review plus its cadence, or next month when it was never reviewed. */
    static LocalDate reviewDue(Ladder ladder, LocalDate today) {
        return ladder.reviewed() == null ? today.withDayOfMonth(1).plusMonths(1) : ladder.reviewed().plusMonths(ladder.reviewCadenceMonths());
    }

    /**
     * Periods follow the calendar (quarters start in January, April, July, October). Scope documents
     * are due on the 15th of a period's first month, about the period just ended; technical reviews
     * a month later, once the documents have been read (for a monthly cadence, on the 25th).
     */
    static LocalDate firstSession(Mechanism m, LocalDate today) {
        int months = m.cadence().months();
        LocalDate periodStart = LocalDate.of(today.getYear(), 1, 1);
        while (true) {
            LocalDate session = session(m.kind(), periodStart, months);
            if (!session.isBefore(today)) {
                return session;
            }
            periodStart = periodStart.plusMonths(months);
        }
    }

    private static LocalDate session(MechanismKind kind, LocalDate periodStart, int months) {
        if (kind != MechanismKind.TECHNICAL_REVIEW) {
            return periodStart.withDayOfMonth(15);
        }
        return months == 1 ? periodStart.withDayOfMonth(25) : periodStart.plusMonths(1).withDayOfMonth(15);
    }

    private static String description(KitPlan.Part part) {
        String who = part.levels().isEmpty() ? "" : "For " + ReviewOutline.range(part.levels()) + ". ";
        String what = part.mechanism().description() == null ? "" : part.mechanism().description() + " ";
        return who + what + (part.mechanism().isRequired() ? "Required by the ladder." : "Optional in the ladder.");
    }

    private static VEvent allDay(LocalDate day, String summary, String description, String uid) {
        VEvent e = new VEvent();
        e.setUid(uid);
        e.setSummary(summary);
        e.setDescription(description);
        e.setDateStart(new DateStart(date(day), false));
        e.setDateEnd(new DateEnd(date(day.plusDays(1)), false));
        return e;
    }

    /** biweekly writes a date-only value in the JVM's zone; reading it back uses the same zone. */
    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
