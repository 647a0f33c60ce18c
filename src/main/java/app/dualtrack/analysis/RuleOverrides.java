package app.dualtrack.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A user's rules file ({@code --rules FILE}, or {@code NAME.ladder-rules.json} beside a ladder),
 * in the spirit of Vale styles: switch rules off, change their severity, add management verbs,
 * management objects and technical nouns. The caller reads the file; this class parses its text.
 *
 * <pre>{
 *   "rules": { "structure/unpaired-level": "off", "currency/stale": "error" },
 *   "managementVerbs": { "galvanise": "influence" },
 *   "managementObjects": { "guild": "people" },
 *   "technicalNouns": [ "ledger", "settlement" ]
 * }</pre>
 */
public record RuleOverrides(Map<String, Severity> severities, Set<String> disabled,
                            Map<String, String> managementVerbs, Map<String, String> managementObjects,
                            Set<String> technicalNouns) {
    public static final RuleOverrides NONE = new RuleOverrides(Map.of(), Set.of(), Map.of(), Map.of(), Set.of());

    /** A rules file that cannot be used, with a message naming the file and what is wrong. */
    public static final class InvalidRulesException extends Exception {
        public InvalidRulesException(String message) {
            super(message);
        }
    }

    public boolean addsWords() {
        return !managementVerbs.isEmpty() || !managementObjects.isEmpty() || !technicalNouns.isEmpty();
    }

    /** The severity a rule has after overrides, or empty when it is switched off. */
    public Optional<Severity> severityOf(RuleInfo rule) {
        if (disabled.contains(rule.id())) {
            return Optional.empty();
        }
        return Optional.of(severities.getOrDefault(rule.id(), rule.defaultSeverity()));
    }

    /** Combines two override sets; {@code later} wins where both speak. */
    public RuleOverrides then(RuleOverrides later) {
        Map<String, Severity> sev = new LinkedHashMap<>(severities);
        Set<String> off = new LinkedHashSet<>(disabled);
        later.disabled.forEach(id -> {
            off.add(id);
            sev.remove(id);
        });
        later.severities.forEach((id, s) -> {
            sev.put(id, s);
            off.remove(id);
        });
        Map<String, String> verbs = new LinkedHashMap<>(managementVerbs);
        verbs.putAll(later.managementVerbs);
        Map<String, String> objects = new LinkedHashMap<>(managementObjects);
        objects.putAll(later.managementObjects);
        Set<String> nouns = new LinkedHashSet<>(technicalNouns);
        nouns.addAll(later.technicalNouns);
        return new RuleOverrides(sev, off, verbs, objects, nouns);
    }

    /** Parses a rules file's text; {@code source} names it in messages. */
    public static RuleOverrides parse(String json, String source) throws InvalidRulesException {
        JsonNode root;
        try {
            root = Resources.tree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InvalidRulesException(source + (loc != null ? ":" + loc.getLineNr() + ":" + loc.getColumnNr() : "")
                    + ": this rules file is not valid JSON: " + e.getOriginalMessage());
        } catch (NumberFormatException e) {
            throw new InvalidRulesException(source + ": this rules file has a number whose exponent is too large to be a number at all");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidRulesException(source + ": a rules file must contain one JSON object");
        }
        Map<String, Severity> severities = new LinkedHashMap<>();
        Set<String> disabled = new LinkedHashSet<>();
        for (var it = root.path("rules").fields(); it.hasNext(); ) {
            var e = it.next();
            String id = e.getKey();
            if (!RuleCatalog.builtIn().knows(id)) {
                throw new InvalidRulesException(source + ": `rules` names \"" + id + "\", which is not a rule; known rules: "
                        + String.join(", ", RuleCatalog.builtIn().all().stream().map(RuleInfo::id).toList()));
            }
            String value = e.getValue().asText();
            if ("off".equals(value)) {
                disabled.add(id);
            } else {
                severities.put(id, Severity.fromKey(value).orElseThrow(() -> new InvalidRulesException(source
                        + ": rule \"" + id + "\" is set to \"" + value + "\"; use \"error\", \"warning\", \"info\" or \"off\"")));
            }
        }
        Map<String, String> verbs = words(root, "managementVerbs", source);
        Map<String, String> objects = words(root, "managementObjects", source);
        Set<String> nouns = new LinkedHashSet<>();
        JsonNode list = root.path("technicalNouns");
        if (!list.isMissingNode() && !list.isArray()) {
            throw new InvalidRulesException(source + ": `technicalNouns` must be a list of words");
        }
        list.forEach(n -> nouns.add(n.asText()));
        return new RuleOverrides(severities, disabled, verbs, objects, nouns);
    }

    private static Map<String, String> words(JsonNode root, String field, String source) throws InvalidRulesException {
        JsonNode node = root.path(field);
        if (node.isMissingNode()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new InvalidRulesException(source + ": `" + field + "` must map each word to a category, e.g. {\"galvanise\": \"influence\"}");
        }
        Map<String, String> m = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        return m;
    }
}
