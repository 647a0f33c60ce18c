package app.dualtrack.publish;

import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.LadderIndex;
import app.dualtrack.model.LadderMatrix;
import app.dualtrack.model.Level;
import app.dualtrack.model.Rungs;
import app.dualtrack.model.Track;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The ladder as one self-contained HTML page to publish on an intranet: the PDF's content (the
 * overview of both tracks, a section per level, the competency matrix, the notes) with its style
 * inline, no scripts and nothing fetched. Landmarks, one h1 and headings in order, table headers
 * with scope, a skip link, wide tables in labelled scrollable regions; it reflows down to a phone's
 * width, follows the reader's dark mode and prints cleanly.
 */
public final class HtmlPublisher {
    private final Ladder ladder;
    private final LadderIndex index;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private HtmlPublisher(Ladder ladder) {
        this.ladder = ladder;
        this.index = LadderIndex.of(ladder);
    }

    public static String write(Ladder ladder) {
        return new HtmlPublisher(ladder).build();
    }

    private String build() {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Dualtrack\">\n")
                .append("<title>").append(esc(ladder.name())).append("</title>\n<style>\n").append(css()).append("</style>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">Skip to the ladder</a>\n");
        header();
        out.append("<main id=\"main\" tabindex=\"-1\">\n");
        overview();
        for (Track t : Track.values()) {
            track(t);
        }
        matrix();
        notes();
        out.append("</main>\n<footer><p>Published with Dualtrack.</p></footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private void header() {
        out.append("<header>\n<h1>").append(esc(ladder.name())).append("</h1>\n");
        StringBuilder facts = new StringBuilder();
        if (ladder.organisation() != null) {
            facts.append(esc(ladder.organisation()));
        }
        if (ladder.edition() != null) {
            facts.append(facts.isEmpty() ? "" : " · ").append("Edition ").append(esc(ladder.edition()));
        }
        if (ladder.reviewed() != null) {
            facts.append(facts.isEmpty() ? "" : " · ").append("Reviewed <time datetime=\"").append(ladder.reviewed()).append("\">")
                    .append(ladder.reviewed()).append("</time>");
        }
        if (!facts.isEmpty()) {
            out.append("<p class=\"facts\">").append(facts).append("</p>\n");
        }
        out.append("<nav aria-label=\"Contents\"><ul>\n<li><a href=\"#overview\">Overview</a></li>\n");
        for (Track t : Track.values()) {
            if (!ladder.track(t).isEmpty()) {
                out.append("<li><a href=\"#").append(t.key()).append("\">").append(Labels.trackHeading(t)).append("</a></li>\n");
            }
        }
        if (!LadderMatrix.of(ladder).rows().isEmpty()) {
            out.append("<li><a href=\"#matrix\">Competency matrix</a></li>\n");
        }
        if (ladder.notes() != null) {
            out.append("<li><a href=\"#notes\">Notes</a></li>\n");
        }
        out.append("</ul></nav>\n</header>\n");
    }

    private void overview() {
        out.append("<section id=\"overview\" aria-labelledby=\"overview-h\">\n<h2 id=\"overview-h\">Overview</h2>\n");
        out.append("<p>Each row is one rung: a technical level and its management peer stand side by side. ")
                .append("The shared levels below the branch point are climbed by every engineer.</p>\n");
        out.append("<div class=\"scroll\" role=\"region\" aria-labelledby=\"overview-cap\" tabindex=\"0\">\n<table class=\"rungs\">\n")
                .append("<caption id=\"overview-cap\">The two tracks, highest rung first</caption>\n")
                .append("<thead><tr><th scope=\"col\">Technical track</th><th scope=\"col\">Management track</th></tr></thead>\n<tbody>\n");
        List<Rungs.Rung> rungs = Rungs.of(ladder);
        for (int i = rungs.size() - 1; i >= 0; i--) {
            Rungs.Rung r = rungs.get(i);
            out.append("<tr>").append(rungCell(r.technical())).append(rungCell(r.management())).append("</tr>\n");
        }
        for (int i = ladder.shared().size() - 1; i >= 0; i--) {
            Level l = ladder.shared().get(i);
            out.append("<tr class=\"shared\"><td colspan=\"2\">").append(link(l)).append(" <span class=\"tag\">shared</span></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private String rungCell(Level l) {
        return l == null ? "<td class=\"gap\"><span class=\"sr\">No level on this rung</span><span aria-hidden=\"true\">—</span></td>" : "<td>" + link(l) + "</td>";
    }

    private String link(Level l) {
        return "<a href=\"#level-" + esc(l.id()) + "\">" + esc(label(l)) + "</a>";
    }

    private static String label(Level l) {
        return l.code() == null ? l.title() : l.code() + " " + l.title();
    }

    private void track(Track t) {
        List<Level> levels = ladder.track(t);
        if (levels.isEmpty()) {
            return;
        }
        out.append("<section id=\"").append(t.key()).append("\" aria-labelledby=\"").append(t.key()).append("-h\">\n<h2 id=\"")
                .append(t.key()).append("-h\">").append(Labels.trackHeading(t)).append("</h2>\n");
        for (int i = levels.size() - 1; i >= 0; i--) {
            level(levels.get(i), t);
        }
        out.append("</section>\n");
    }

    private void level(Level l, Track t) {
        String id = "level-" + esc(l.id());
        out.append("<article class=\"level ").append(t.key()).append("\" id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-h\">\n")
                .append("<h3 id=\"").append(id).append("-h\">");
        if (l.code() != null) {
            out.append("<span class=\"code\">").append(esc(l.code())).append("</span> ");
        }
        out.append(esc(l.title())).append("</h3>\n");
        index.peerOf(l.id()).filter(p -> t.isBranch()).ifPresent(p -> out.append("<p class=\"peer\">Peer on the ")
                .append(index.trackOf(p.id()).map(x -> x.label().toLowerCase(java.util.Locale.ROOT)).orElse("other"))
                .append(" track: ").append(link(p)).append("</p>\n"));
        if (l.summary() != null) {
            out.append("<p>").append(multiline(l.summary())).append("</p>\n");
        }
        if (l.scope() != null) {
            out.append("<p><strong>Scope:</strong> ").append(multiline(l.scope())).append("</p>\n");
        }
        for (BehaviourKind kind : BehaviourKind.values()) {
            List<Behaviour> list = l.behaviours(kind);
            if (list.isEmpty()) {
                continue;
            }
            out.append("<h4>").append(kind.label()).append("</h4>\n<ul class=\"").append(kind.key()).append("\">\n");
            for (Behaviour b : list) {
                out.append("<li>");
                String area = Labels.areaTitle(ladder, b.area());
                if (area != null) {
                    out.append("<span class=\"area\">").append(esc(area)).append(":</span> ");
                }
                out.append(multiline(b.text())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (l.primary().isEmpty() && l.supporting().isEmpty() && l.summary() == null) {
            out.append("<p class=\"empty\">Nothing is written for this level yet.</p>\n");
        }
        out.append("</article>\n");
    }

    private void matrix() {
        LadderMatrix m = LadderMatrix.of(ladder);
        if (m.rows().isEmpty() || m.columns().isEmpty()) {
            return;
        }
        out.append("<section id=\"matrix\" aria-labelledby=\"matrix-h\">\n<h2 id=\"matrix-h\">Competency matrix</h2>\n")
                .append("<p>Areas down the side, levels across: read a row to see what changes in an area from level to level.</p>\n")
                .append("<div class=\"scroll\" role=\"region\" aria-labelledby=\"matrix-cap\" tabindex=\"0\">\n<table class=\"matrix\">\n")
                .append("<caption id=\"matrix-cap\">Behaviours by area and level</caption>\n<thead><tr><th scope=\"col\">Area</th>");
        for (LadderMatrix.Column c : m.columns()) {
            out.append("<th scope=\"col\" class=\"").append(c.track().key()).append("\">").append(esc(label(c.level())))
                    .append("<span class=\"track\">").append(c.track().label()).append("</span></th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (LadderMatrix.Row r : m.rows()) {
            out.append("<tr><th scope=\"row\">").append(esc(r.title())).append("</th>");
            for (List<LadderMatrix.Entry> cell : r.cells()) {
                if (cell.isEmpty()) {
                    out.append("<td class=\"gap\"><span class=\"sr\">Nothing in this area</span><span aria-hidden=\"true\">—</span></td>");
                    continue;
                }
                out.append("<td><ul>");
                for (LadderMatrix.Entry e : cell) {
                    out.append("<li").append(e.kind() == BehaviourKind.SUPPORTING ? " class=\"supporting\"" : "").append(">")
                            .append(multiline(e.behaviour().text()));
                    if (e.kind() == BehaviourKind.SUPPORTING) {
                        out.append(" <span class=\"tag\">supporting</span>");
                    }
                    out.append("</li>");
                }
                out.append("</ul></td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private void notes() {
        if (ladder.notes() == null) {
            return;
        }
        out.append("<section id=\"notes\" aria-labelledby=\"notes-h\">\n<h2 id=\"notes-h\">Notes</h2>\n");
        for (String para : ladder.notes().split("\\n\\s*\\n")) {
            out.append("<p>").append(multiline(para.strip())).append("</p>\n");
        }
        out.append("</section>\n");
    }

    private static String multiline(String s) {
        return esc(s).replace("\n", "<br>");
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String css() {
        try (InputStream in = HtmlPublisher.class.getResourceAsStream("ladder-page.css")) {
            if (in == null) {
                throw new IllegalStateException("ladder-page.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
