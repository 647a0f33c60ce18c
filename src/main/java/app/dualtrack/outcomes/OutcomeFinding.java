package app.dualtrack.outcomes;

import app.dualtrack.analysis.Severity;

import java.util.Objects;

/**
 * One thing the outcomes analysis found, shaped like a lint finding so that the command line and
 * the app show both the same way.
 *
 * @param rule    rule id such as {@code outcomes/funnel}
 * @param level   the level it points at, or null for the whole ladder
 * @param message the problem in plain words, with the figures and the period
 */
public record OutcomeFinding(String rule, Severity severity, String level, String message, String suggestion) {
    /** The field every outcomes finding points at, in the lint JSON shape. */
    public static final String FIELD = "outcomes";

    public OutcomeFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        suggestion = suggestion == null ? "" : suggestion;
    }
}
