package app.dualtrack.importer;

import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Track;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A small YAML (or JSON) file of mapping choices, applied over the guess. {@code import --show-mapping}
 * prints the guess in this form, so a user can save it, edit it and pass it back with {@code --mapping}:
 * <pre>
 * name: Acme Engineering Ladder
 * branchAfter: IC2 Engineer II          # levels up to this one are shared
 * levels:
 *   IC3 Senior Engineer: {track: technical, code: IC3, title: Senior Engineer, order: 3, peer: M1 Engineering Manager}
 *   Old level: {include: false}
 * sections:
 *   Collaboration: {kind: supporting}
 *   Delivery: {kind: primary, area: Delivery}
 * </pre>
 * Levels are named by their label, title or code.
 */
public final class MappingFile {
    private MappingFile() {
    }

    public static void apply(String text, String file, ImportMapping mapping) throws ImportException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportException(Where.line(file, line), "the mapping file is not valid YAML (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new ImportException(file + ": the mapping file must be a YAML object with name, levels, sections or branchAfter");
        }
        if (root.hasNonNull("name")) {
            mapping.name(root.get("name").asText());
        }
        JsonNode levels = root.get("levels");
        if (levels != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = levels.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = mapping.find(e.getKey());
                if (key == null) {
                    throw new ImportException(file + ": the mapping names the level “" + e.getKey() + "”, which the sources do not have");
                }
                applyLevel(mapping, key, e.getValue(), file);
            }
        }
        if (root.hasNonNull("branchAfter")) {
            String b = root.get("branchAfter").asText();
            String key = mapping.find(b);
            if (key == null) {
                throw new ImportException(file + ": branchAfter names “" + b + "”, which is not one of the levels");
            }
            mapping.branchAfter(key);
        }
        JsonNode sections = root.get("sections");
        if (sections != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = sections.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                BehaviourKind kind = v.hasNonNull("kind") ? kind(v.get("kind").asText(), file, e.getKey()) : BehaviourKind.PRIMARY;
                String area = v.has("area") ? (v.get("area").isNull() ? null : v.get("area").asText())
                        : mapping.section(e.getKey()) != null ? mapping.section(e.getKey()).area() : null;
                mapping.section(e.getKey(), new ImportMapping.SectionChoice(kind, area));
            }
        }
    }

    private static void applyLevel(ImportMapping mapping, String key, JsonNode v, String file) throws ImportException {
        ImportMapping.LevelChoice c = mapping.level(key);
        if (v.hasNonNull("include")) {
            c = c.withInclude(v.get("include").asBoolean());
        }
        if (v.hasNonNull("track")) {
            Track t = LevelLabels.trackWord(v.get("track").asText());
            if (t == null) {
                throw new ImportException(file + ": the track “" + v.get("track").asText() + "” of “" + key + "” is none of shared, technical or management");
            }
            c = c.withTrack(t);
        }
        if (v.has("code")) {
            c = c.withCode(v.get("code").isNull() ? null : v.get("code").asText());
        }
        if (v.hasNonNull("title")) {
            c = c.withTitle(v.get("title").asText());
        }
        if (v.hasNonNull("order")) {
            if (!v.get("order").canConvertToInt()) {
                throw new ImportException(file + ": the order of “" + key + "” is not a whole number");
            }
            c = c.withOrder(v.get("order").asInt());
        }
        mapping.level(key, c);
        if (v.has("peer")) {
            if (v.get("peer").isNull()) {
                mapping.unpair(key);
            } else {
                String peer = mapping.find(v.get("peer").asText());
                if (peer == null) {
                    throw new ImportException(file + ": the peer “" + v.get("peer").asText() + "” of “" + key + "” is not one of the levels");
                }
                mapping.pair(key, peer);
            }
        }
    }

    private static BehaviourKind kind(String s, String file, String section) throws ImportException {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "primary" -> BehaviourKind.PRIMARY;
            case "supporting" -> BehaviourKind.SUPPORTING;
            default -> throw new ImportException(file + ": the kind “" + s + "” of section “" + section + "” is neither primary nor supporting");
        };
    }

    /** The mapping in the file's form, for --show-mapping. */
    public static String write(ImportMapping mapping) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", mapping.name());
        if (mapping.branchPoint() != null) {
            root.put("branchAfter", mapping.branchPoint());
        }
        Map<String, Object> levels = new LinkedHashMap<>();
        mapping.levels().forEach((k, c) -> {
            Map<String, Object> l = new LinkedHashMap<>();
            if (!c.include()) {
                l.put("include", false);
            }
            l.put("track", c.track().key());
            l.put("code", c.code());
            l.put("title", c.title());
            l.put("order", c.order());
            l.put("peer", c.peer());
            levels.put(k, l);
        });
        root.put("levels", levels);
        Map<String, Object> sections = new LinkedHashMap<>();
        mapping.sections().forEach((k, s) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", s.kind().key());
            m.put("area", s.area());
            sections.put(k, m);
        });
        if (!sections.isEmpty()) {
            root.put("sections", sections);
        }
        try {
            return new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a mapping of strings and numbers always writes", e);
        }
    }
}
