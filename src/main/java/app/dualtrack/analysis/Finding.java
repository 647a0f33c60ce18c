package app.dualtrack.analysis;

import java.util.Objects;

/**
 * One thing the analysis found.
 *
 * @param rule       rule id such as {@code language/management-behaviour}; part of the interface
 * @param severity   how serious it is
 * @param location   where it points: level, field, sentence and phrase
 * @param message    the problem in plain words
 * @param suggestion what to do about it
 */
public record Finding(String rule, Severity severity, FindingLocation location, String message, String suggestion) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        suggestion = suggestion == null ? "" : suggestion;
    }

    // The accessors below derive the flat view the editor, exporter, comparison and lint's JSON read.

    /** The level id, or null for a ladder-wide finding. */
    public String level() {
        return location.level();
    }

    /** The field's key in the file format ({@code primary}, {@code scope}, {@code reviewed}, …). */
    public String field() {
        return location.field().key();
    }

    /** The sentence's position within a list field, or -1. */
    public int index() {
        return location.index() == null ? -1 : location.index();
    }

    /** Start of the blamed phrase within the sentence, or -1. */
    public int start() {
        return location.span() == null ? -1 : location.span().start();
    }

    /** End (exclusive) of the blamed phrase, or -1. */
    public int end() {
        return location.span() == null ? -1 : location.span().end();
    }

    /** The blamed phrase, or null. */
    public String text() {
        return location.span() == null ? null : location.span().text();
    }

    public boolean hasSpan() {
        return location.span() != null;
    }

    public boolean isLadderWide() {
        return location.isLadderWide();
    }
}
