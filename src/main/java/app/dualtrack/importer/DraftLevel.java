package app.dualtrack.importer;

import app.dualtrack.model.Track;

import java.util.ArrayList;
import java.util.List;

/**
 * A level as found in a source: a heading, a column, or the rows naming it. Mutable while a reader
 * fills it; the {@link #key()} is the label the mapping refers to.
 */
public final class DraftLevel {
    private final String key;
    private final Where where;
    String title;
    String code;
    Track trackHint;
    Integer grade;
    String peerRef;
    String summary;
    String scope;
    String sourceId;
    final List<DraftBehaviour> behaviours = new ArrayList<>();

    DraftLevel(String key, Where where) {
        this.key = key;
        this.where = where;
    }

    /** The label the source used for this level; unique within a draft. */
    public String key() { return key; }
    public Where where() { return where; }
    public String title() { return title; }
    public String code() { return code; }
    public Track trackHint() { return trackHint; }
    public Integer grade() { return grade; }
    public String peerRef() { return peerRef; }
    public String summary() { return summary; }
    public String scope() { return scope; }
    public String sourceId() { return sourceId; }
    public List<DraftBehaviour> behaviours() { return List.copyOf(behaviours); }

    void addSummary(String text) {
        summary = summary == null ? text : summary + "\n\n" + text;
    }

    void addScope(String text) {
        scope = scope == null ? text : scope + "\n\n" + text;
    }
}
