package app.dualtrack.analysis;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the language analysis knows, loaded from {@code lexicon.json} and extended by a
 * user's rules file. Verbs are stored by every inflected form, so that a lookup is one hash probe.
 */
public final class Lexicon {
    /** Inflected verb form → base form, for management verbs (judged whatever follows). */
    final Map<String, String> managementVerbForms = new HashMap<>();
    /** Base management verb → category. */
    final Map<String, String> managementVerbCategory = new HashMap<>();
    /** Inflected form → base, for verbs judged by their object. */
    final Map<String, String> objectVerbForms = new HashMap<>();
    /** Noun → category of management object. */
    final Map<String, String> managementObjects = new HashMap<>();
    final Set<String> technicalNouns = new HashSet<>();
    /** Inflected form → base, for collaboration verbs. */
    final Map<String, String> collaborationVerbForms = new HashMap<>();
    final List<String> placeholders;
    final List<String> seniorTitles;
    final List<String> inventedTitles;
    final int inventedTitleMinHeadcount;
    /** Scope a small company does not have ("across several organisations"). */
    final List<String> largeScopePhrases;
    /** Growth as depth, breadth or external contribution ("goes further into", "open source"). */
    final List<String> growthPhrases;
    /** Growth as organisational scope ("company-wide"). */
    final List<String> organisationScopePhrases;
    private final Map<String, String> irregular = new HashMap<>();
    /** Base forms of the management verbs a user's rules file added: the user's word is final. */
    final Set<String> userManagementVerbs = new HashSet<>();

    private Lexicon(JsonNode root) {
        root.path("irregularForms").fields().forEachRemaining(e -> irregular.put(e.getKey(), e.getValue().asText()));
        root.path("managementVerbs").fields().forEachRemaining(e -> addManagementVerb(e.getKey(), e.getValue().asText()));
        root.path("objectVerbs").forEach(v -> addForms(objectVerbForms, v.asText()));
        root.path("managementObjects").fields().forEachRemaining(e -> managementObjects.put(lower(e.getKey()), e.getValue().asText()));
        root.path("technicalNouns").forEach(n -> technicalNouns.add(lower(n.asText())));
        root.path("collaborationVerbs").forEach(v -> addForms(collaborationVerbForms, v.asText()));
        placeholders = strings(root.path("placeholders"));
        seniorTitles = strings(root.path("seniorTitles"));
        inventedTitles = strings(root.path("inventedTitles"));
        inventedTitleMinHeadcount = root.path("inventedTitleMinHeadcount").asInt(250);
        largeScopePhrases = strings(root.path("largeScopePhrases"));
        growthPhrases = strings(root.path("growthPhrases"));
        organisationScopePhrases = strings(root.path("organisationScopePhrases"));
    }

    private static final Lexicon BUILT_IN = new Lexicon(Resources.json("lexicon.json"));

    public static Lexicon builtIn() {
        return BUILT_IN;
    }

    /** A copy of this lexicon with a user's additions. */
    Lexicon extendedWith(RuleOverrides o) {
        Lexicon copy = new Lexicon(Resources.json("lexicon.json"));
        o.managementVerbs().forEach(copy::addManagementVerb);
        o.managementVerbs().keySet().forEach(v -> copy.userManagementVerbs.add(lower(v)));
        o.managementObjects().forEach((k, v) -> copy.managementObjects.put(lower(k), v));
        o.technicalNouns().forEach(n -> {
            copy.technicalNouns.add(lower(n));
            copy.managementObjects.remove(lower(n));
        });
        return copy;
    }

    private void addManagementVerb(String base, String category) {
        managementVerbCategory.put(lower(base), category);
        addForms(managementVerbForms, base);
    }

    private void addForms(Map<String, String> forms, String base) {
        String b = lower(base);
        for (String f : inflections(b)) {
            forms.putIfAbsent(f, b);
        }
        irregular.forEach((form, irregularBase) -> {
            if (irregularBase.equals(b)) {
                forms.putIfAbsent(form, b);
            }
        });
    }

    /** drive → drive, drives, driving, drived…; wrong forms are harmless since they never occur. */
    static List<String> inflections(String base) {
        String stem = base.endsWith("e") ? base.substring(0, base.length() - 1) : base;
        String sForm = base.matches(".*(s|x|z|ch|sh)") ? base + "es" : base.endsWith("y") && !base.matches(".*[aeiou]y")
                ? base.substring(0, base.length() - 1) + "ies" : base + "s";
        String edForm = base.endsWith("e") ? base + "d" : base.endsWith("y") && !base.matches(".*[aeiou]y")
                ? base.substring(0, base.length() - 1) + "ied" : base + "ed";
        return List.of(base, sForm, stem + "ing", base + "ing", edForm);
    }

    private static List<String> strings(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(n -> lower(n.asText())).toList();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
