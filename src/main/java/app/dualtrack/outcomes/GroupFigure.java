package app.dualtrack.outcomes;

import java.util.OptionalDouble;

/**
 * A figure about a group of people that is only ever available when the group is large enough:
 * for fewer than {@link #MIN_GROUP} people neither the figure nor the group's size is kept, so no
 * view, report or JSON can show it by mistake.
 */
public final class GroupFigure {
    /**
     * Below three people a figure points at individuals: with two, each learns the other's; with
     * one, everyone who knows who holds the level learns theirs. Three is the usual floor for
     * HR statistics shared inside a company.
     */
    public static final int MIN_GROUP = 3;

    private static final GroupFigure WITHHELD = new GroupFigure(Double.NaN, -1);
    /** "Nobody": safe to show, since it points at no one. */
    private static final GroupFigure NOBODY = new GroupFigure(0, 0);
    private final double value;
    private final int people;

    private GroupFigure(double value, int people) {
        this.value = value;
        this.people = people;
    }

    /** The figure, or a withheld one when {@code people} is under {@link #MIN_GROUP}. */
    public static GroupFigure of(double value, int people) {
        return people < MIN_GROUP ? WITHHELD : new GroupFigure(value, people);
    }

    /** A count of people: zero is shown (it points at nobody), one or two are withheld. */
    public static GroupFigure count(int people) {
        return people == 0 ? NOBODY : of(people, people);
    }

    public boolean withheld() {
        return people < 0;
    }

    public OptionalDouble value() {
        return withheld() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** The group's size; 0 when withheld (the true size is not kept). */
    public int people() {
        return Math.max(0, people);
    }

    @Override
    public String toString() {
        return withheld() ? "withheld" : value + " (" + people + " people)";
    }
}
