package app.dualtrack.importer;

import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Track;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * YAML data files. The data shape (a list of levels and a list of competencies, each competency
 * naming its level by key, with ids kept) is read directly; any other tree is read as a document
 * (keys as headings, strings as paragraphs, lists of strings as items).
 */
final class YamlReader {
    private static final List<String> BEHAVIOUR_LISTS = List.of("competencies", "behaviours", "behaviors", "expectations", "criteria", "skills");
    private static final List<String> TEXT_KEYS = List.of("text", "summary", "description", "behaviour", "behavior", "statement", "name", "title");
    private static final List<String> AREA_KEYS = List.of("area", "competency", "category", "theme", "pillar", "topic", "section");

    private final String file;
    private final Draft draft;

    YamlReader(String file, Draft draft) {
        this.file = file;
        this.draft = draft;
    }

    /** Reads the file into the draft; returns blocks when the file is document-shaped, else an empty list. */
    List<Block> read(String text) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new SourceProblem(Where.line(file, line), "is not valid YAML (" + e.getOriginalMessage() + ")");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new SourceProblem(Where.line(file, 0), "is empty");
        }
        JsonNode levels = root.isObject() ? field(root, "levels") : null;
        JsonNode competencies = null;
        if (root.isObject()) {
            for (String k : BEHAVIOUR_LISTS) {
                if (field(root, k) != null && field(root, k).isArray()) {
                    competencies = field(root, k);
                    break;
                }
            }
        } else if (root.isArray() && root.size() > 0 && root.get(0).isObject() && field(root.get(0), "level") != null) {
            competencies = root;
        }
        if (competencies == null && (levels == null || !levels.isArray())) {
            List<Block> blocks = new ArrayList<>();
            tree(root, 1, blocks);
            return blocks;
        }
        if (root.isObject()) {
            draft.name = firstText(root, "name", "title");
            draft.organisation = firstText(root, "organisation", "organization", "company");
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String k = e.getKey().toLowerCase(Locale.ROOT);
                if (!k.equals("levels") && !BEHAVIOUR_LISTS.contains(k) && !List.of("name", "title", "organisation", "organization", "company").contains(k)) {
                    keepAll(e.getValue(), Where.line(file, 0), "the top-level field “" + e.getKey() + "” is not one a ladder has");
                }
            }
        }
        if (levels != null && levels.isArray()) {
            levels(levels);
        }
        if (competencies != null) {
            competencies(competencies);
        }
        return List.of();
    }

    private void levels(JsonNode levels) {
        int n = 0;
        for (JsonNode l : levels) {
            n++;
            Where where = new Where(file, null, "level", n);
            if (!l.isObject()) {
                String t = l.asText();
                DraftLevel level = draft.level(t, where);
                LevelLabels.Parsed p = LevelLabels.parse(t);
                level.title = p.title();
                level.code = p.code();
                level.grade = p.grade();
                continue;
            }
            String id = firstText(l, "id", "key", "slug");
            String title = firstText(l, "title", "name", "label");
            String code = firstText(l, "code");
            if (id == null && title == null && code == null) {
                throw new SourceProblem(where, "the level has no id, name or code");
            }
            DraftLevel level = draft.level(id != null ? id : title != null ? title : code, where);
            level.title = title != null ? title : code != null ? code : id;
            level.code = code;
            level.sourceId = id;
            String track = firstText(l, "track", "path");
            level.trackHint = track == null ? null : LevelLabels.trackWord(track);
            String order = firstText(l, "order", "grade", "rank", "number");
            level.grade = order != null && order.matches("-?\\d+") ? Integer.valueOf(order) : LevelLabels.grade(code);
            level.peerRef = firstText(l, "peer", "equivalent");
            String summary = firstText(l, "summary", "description");
            if (summary != null) {
                level.addSummary(summary);
            }
            String scope = firstText(l, "scope");
            if (scope != null) {
                level.addScope(scope);
            }
        }
    }

    private void competencies(JsonNode list) {
        int n = 0;
        for (JsonNode c : list) {
            n++;
            Where where = new Where(file, null, "competency", n);
            if (!c.isObject()) {
                draft.unplaced(c.asText(), where, "the entry names no level");
                continue;
            }
            List<String> levelRefs = new ArrayList<>();
            JsonNode lv = field(c, "level") != null ? field(c, "level") : field(c, "levels");
            if (lv != null && lv.isArray()) {
                lv.forEach(x -> levelRefs.add(x.asText()));
            } else if (lv != null) {
                levelRefs.add(lv.asText());
            }
            String id = firstText(c, "id", "uuid");
            String area = null;
            for (String k : AREA_KEYS) {
                if (field(c, k) != null && field(c, k).isValueNode()) {
                    area = field(c, k).asText();
                    break;
                }
            }
            String kindText = firstText(c, "kind", "type");
            BehaviourKind kind = kindText == null ? null : kindText.toLowerCase(Locale.ROOT).startsWith("support") ? BehaviourKind.SUPPORTING
                    : BehaviourKind.PRIMARY;
            List<String> texts = new ArrayList<>();
            for (String k : TEXT_KEYS) {
                String t = firstText(c, k);
                if (t != null) {
                    texts.add(t);
                    break;
                }
            }
            JsonNode examples = field(c, "examples");
            if (examples != null && examples.isArray()) {
                examples.forEach(x -> texts.add(x.asText()));
            }
            if (levelRefs.isEmpty()) {
                texts.forEach(t -> draft.unplaced(t, where, "the competency names no level"));
                continue;
            }
            for (String ref : levelRefs) {
                DraftLevel level = draft.existing(ref);
                if (level == null) {
                    level = findByTitleOrCode(ref);
                }
                if (level == null) {
                    level = draft.level(ref, where);
                    LevelLabels.Parsed p = LevelLabels.parse(ref);
                    level.title = p.title();
                    level.code = p.code();
                    level.grade = p.grade();
                    level.sourceId = ref;
                }
                for (int i = 0; i < texts.size(); i++) {
                    level.behaviours.add(new DraftBehaviour(texts.get(i).strip(), null, area, kind, i == 0 ? id : null, where));
                }
            }
        }
    }

    private DraftLevel findByTitleOrCode(String ref) {
        return draft.levels().stream().filter(l -> ref.equalsIgnoreCase(l.title) || ref.equalsIgnoreCase(l.code)).findFirst().orElse(null);
    }

    private void keepAll(JsonNode n, Where where, String reason) {
        if (n.isValueNode()) {
            draft.unplaced(n.asText(), where, reason);
        } else {
            n.forEach(c -> keepAll(c, where, reason));
        }
    }

    private void tree(JsonNode n, int depth, List<Block> blocks) {
        Where where = Where.line(file, 0);
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isValueNode() && depth > 1 && !e.getValue().asText().contains(" ")) {
                    blocks.add(new Block.Paragraph(e.getKey() + ": " + e.getValue().asText(), where));
                    continue;
                }
                blocks.add(new Block.Heading(Math.min(depth, 6), e.getKey(), where));
                tree(e.getValue(), depth + 1, blocks);
            }
        } else if (n.isArray()) {
            for (JsonNode c : n) {
                if (c.isValueNode()) {
                    blocks.add(new Block.Item(c.asText(), null, where));
                } else {
                    tree(c, depth, blocks);
                }
            }
        } else if (!n.isNull()) {
            blocks.add(new Block.Paragraph(n.asText(), where));
        }
    }

    private static JsonNode field(JsonNode obj, String name) {
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (k.equalsIgnoreCase(name)) {
                return obj.get(k);
            }
        }
        return null;
    }

    private static String firstText(JsonNode obj, String... names) {
        for (String name : names) {
            JsonNode v = field(obj, name);
            if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }
}
