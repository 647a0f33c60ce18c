package app.dualtrack.analysis;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The rules described in {@code rules.json}: titles, explanations and message templates. */
public final class RuleCatalog {
    private static final RuleCatalog BUILT_IN = new RuleCatalog(Resources.json("rules.json"));

    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();
    private final Map<String, String> hints = new LinkedHashMap<>();
    private final String question;

    private RuleCatalog(JsonNode root) {
        question = root.path("question").asText();
        for (JsonNode r : root.path("rules")) {
            RuleInfo info = new RuleInfo(r.path("id").asText(),
                    Severity.fromKey(r.path("severity").asText()).orElseThrow(),
                    r.path("flaw").asText(), r.path("title").asText(), r.path("explanation").asText(),
                    r.path("message").asText(), r.path("suggestion").asText());
            rules.put(info.id(), info);
        }
        root.path("hints").fields().forEachRemaining(e -> hints.put(e.getKey(), e.getValue().asText()));
    }

    /** The built-in catalogue. */
    public static RuleCatalog builtIn() {
        return BUILT_IN;
    }

    /** Describes a rule by id, for the warnings pane and the guide. */
    public static Optional<RuleInfo> describe(String ruleId) {
        return Optional.ofNullable(BUILT_IN.rules.get(ruleId));
    }

    public Collection<RuleInfo> all() {
        return rules.values();
    }

    public RuleInfo rule(String id) {
        RuleInfo info = rules.get(id);
        if (info == null) {
            throw new IllegalArgumentException("unknown rule " + id);
        }
        return info;
    }

    public boolean knows(String id) {
        return rules.containsKey(id);
    }

    /** The rewrite hint for a category of management language, or "". */
    public String hint(String category) {
        return hints.getOrDefault(category, "");
    }

    /** The design question every language suggestion starts from. */
    public String question() {
        return question;
    }

    /** Fills {name} placeholders; {question} is always available. A hand-written scan: this runs for every finding. */
    String fill(String template, Map<String, String> values) {
        StringBuilder sb = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String key = template.substring(i + 1, close);
                String v = "question".equals(key) ? question : values.get(key);
                if (v != null) {
                    sb.append(v);
                    i = close + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString().strip();
    }
}
