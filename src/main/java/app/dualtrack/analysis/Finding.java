package app.dualtrack.analysis;

import java.util.Objects;

/**
 * One thing the analysis found.
 *
 * @param rule       rule id such as {@code language/management-behaviour}; part of the interface
 * @param severity   how serious it is
 * @param level      the level id, or null for a ladder-wide finding
 * @param field      the field it points at ({@code title}, {@code summary}, {@code scope},
 *                   {@code primary}, {@code supporting}, {@code growth}, {@code peer}, {@code band},
 *                   {@code reviewed}, {@code visibility}, …), or null
 * @param index      the position within a list field (0-based), or -1
 * @param start      start of the character span within the text, or -1 when no phrase is to blame
 * @param end        end (exclusive) of the character span, or -1
 * @param text       the phrase the span points at, or null
 * @param message    the problem in plain words
 * @param suggestion what to do about it
 */
public record Finding(String rule, Severity severity, String level, String field, int index,
                      int start, int end, String text, String message, String suggestion) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        suggestion = suggestion == null ? "" : suggestion;
    }

    /** A ladder-wide or level-wide finding with no phrase to point at. */
    public static Finding of(String rule, Severity severity, String level, String field, String message, String suggestion) {
        return new Finding(rule, severity, level, field, -1, -1, -1, null, message, suggestion);
    }

    public boolean hasSpan() {
        return start >= 0 && end > start;
    }

    public boolean isLadderWide() {
        return level == null;
    }
}
