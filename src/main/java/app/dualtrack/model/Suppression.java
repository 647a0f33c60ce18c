package app.dualtrack.model;

import java.util.Objects;

/**
 * A finding the authors looked at and chose to keep.
 *
 * @param rule  rule id such as {@code language/management-primary}
 * @param level level id, or null for the whole ladder
 */
public record Suppression(String rule, String level, String reason, Extras extras) {
    public Suppression {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        extras = extras == null ? Extras.NONE : extras;
    }

    public Suppression(String rule, String level, String reason) {
        this(rule, level, reason, Extras.NONE);
    }

    /** True when this suppression silences {@code ruleId} for the level {@code levelId} (null: ladder-wide finding). */
    public boolean covers(String ruleId, String levelId) {
        return rule.equals(ruleId) && (level == null || level.equals(levelId));
    }
}
