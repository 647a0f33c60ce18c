package app.dualtrack.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects findings for one analysis run, applying the catalogue's texts and the user's overrides. */
final class Findings {
    private final RuleCatalog catalog;
    private final RuleOverrides overrides;
    private final List<Finding> found = new ArrayList<>();

    Findings(RuleCatalog catalog, RuleOverrides overrides) {
        this.catalog = catalog;
        this.overrides = overrides;
    }

    boolean enabled(String ruleId) {
        return overrides.severityOf(catalog.rule(ruleId)).isPresent();
    }

    /** Adds a finding; {@code values} fill the rule's message and suggestion templates. */
    void add(String ruleId, FindingLocation where, Map<String, String> values) {
        add(ruleId, null, where, values);
    }

    /** As {@link #add}, with a severity other than the rule's own (before user overrides). */
    void add(String ruleId, Severity severity, FindingLocation where, Map<String, String> values) {
        RuleInfo rule = catalog.rule(ruleId);
        var effective = overrides.severityOf(rule);
        if (effective.isEmpty()) {
            return;
        }
        Severity s = overrides.severities().containsKey(ruleId) || severity == null ? effective.get() : severity;
        found.add(new Finding(ruleId, s, where,
                catalog.fill(rule.messageTemplate(), values), catalog.fill(rule.suggestionTemplate(), values)));
    }

    /** A collector with the same catalogue and overrides, for findings that are cached per level. */
    Findings fresh() {
        return new Findings(catalog, overrides);
    }

    void addAll(List<Finding> findings) {
        found.addAll(findings);
    }

    List<Finding> all() {
        return found;
    }
}
