package app.dualtrack.compare;

/** A field whose value changed: "summary", "headcount", "peer", … with its old and new text. */
public record FieldChange(String field, String before, String after, WordDiff diff) {
    static FieldChange of(String field, Object before, Object after) {
        String b = before == null ? null : before.toString();
        String a = after == null ? null : after.toString();
        return new FieldChange(field, b, a, b != null && a != null && b.contains(" ") ? WordDiff.between(b, a) : null);
    }
}
