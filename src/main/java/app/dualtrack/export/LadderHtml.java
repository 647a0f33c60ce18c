package app.dualtrack.export;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.analysis.Finding;
import app.dualtrack.analysis.RuleCatalog;
import app.dualtrack.analysis.Severity;
import app.dualtrack.analysis.SuppressedFinding;
import app.dualtrack.compare.BehaviourChange;
import app.dualtrack.compare.LevelStep;
import app.dualtrack.compare.WordDiff;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.Growth;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.LadderIndex;
import app.dualtrack.model.Level;
import app.dualtrack.model.Mechanism;
import app.dualtrack.model.Rungs;
import app.dualtrack.model.Track;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The ladder document as XHTML for openhtmltopdf: cover, contents, how to read it, the overview
 * diagram, one section per level, pairings, visibility mechanisms, review, and the optional audit.
 * Every piece of user text passes through {@link SafeText}.
 */
final class LadderHtml {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private final Ladder ladder;
    private final ExportOptions options;
    private final SafeText t;
    private final AnalysisReport report;
    private final LadderIndex index;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    LadderHtml(Ladder ladder, ExportOptions options, SafeText text, AnalysisReport report) {
        this.ladder = ladder;
        this.options = options;
        this.t = text;
        this.report = report;
        this.index = LadderIndex.of(ladder);
    }

    String build(String css) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>");
        out.append("<title>").append(t.html(ladder.name())).append("</title>");
        meta("author", ladder.organisation() == null ? "Dualtrack" : ladder.organisation());
        meta("subject", "Engineering career ladder" + (ladder.edition() == null ? "" : ", edition " + ladder.edition()));
        meta("keywords", "career ladder, dual track, engineering levels");
        meta("generator", "Dualtrack");
        out.append("<style>").append(css.replace("@PAPER@", options.paper().css())).append("</style>");
        bookmarks();
        out.append("</head><body>");
        out.append("<div id=\"running-title\">").append(t.html(ladder.name())).append("</div>");
        cover();
        contents();
        howToRead();
        overview();
        levels();
        pairings();
        visibility();
        review();
        if (options.includeAudit()) {
            audit();
        }
        if (options.includeMatrix()) {
            out.append(MatrixAppendixHtml.chapter(ladder, t));
        }
        out.append("</body></html>");
        return out.toString();
    }

    private void meta(String name, String content) {
        out.append("<meta name=\"").append(name).append("\" content=\"").append(t.html(content)).append("\"/>");
    }

    private record Section(String id, String title) {
    }

    private List<Section> sections() {
        List<Section> s = new ArrayList<>(List.of(new Section("how-to-read", "How to read this ladder"),
                new Section("overview", "The ladder at a glance")));
        for (Track track : Track.values()) {
            if (!ladder.track(track).isEmpty()) {
                s.add(new Section("track-" + track.key(), trackHeading(track)));
            }
        }
        s.add(new Section("pairings", "Peer levels"));
        s.add(new Section("visibility", "Making technical progress visible"));
        s.add(new Section("review", "Review"));
        if (options.includeAudit()) {
            s.add(new Section("audit", "Appendix: design audit"));
        }
        if (options.includeMatrix()) {
            s.add(new Section(MatrixAppendixHtml.ID, MatrixAppendixHtml.TITLE));
        }
        return s;
    }

    private static String trackHeading(Track track) {
        return switch (track) {
            case SHARED -> "Shared levels";
            case TECHNICAL -> "The technical track";
            case MANAGEMENT -> "The management track";
        };
    }

    private void bookmarks() {
        out.append("<bookmarks>");
        for (Section s : sections()) {
            out.append("<bookmark name=\"").append(t.html(s.title())).append("\" href=\"#").append(s.id()).append("\">");
            if (s.id().startsWith("track-")) {
                Track track = Track.valueOf(s.id().substring(6).toUpperCase(Locale.ROOT));
                for (Level l : ladder.track(track)) {
                    out.append("<bookmark name=\"").append(t.html(levelLabel(l))).append("\" href=\"#level-").append(l.id()).append("\"/>");
                }
            }
            out.append("</bookmark>");
        }
        out.append("</bookmarks>");
    }

    private String levelLabel(Level l) {
        return l.code() == null || l.code().isBlank() ? l.title() : l.code() + " · " + l.title();
    }

    private void cover() {
        out.append("<div class=\"cover\">");
        out.append("<div class=\"cover-mark\"><span class=\"rail tech\"></span><span class=\"rail mgmt\"></span></div>");
        out.append("<div class=\"cover-kicker\">Engineering career ladder</div>");
        out.append("<h1 class=\"cover-title\">").append(t.html(ladder.name())).append("</h1>");
        if (ladder.organisation() != null) {
            out.append("<div class=\"cover-org\">").append(t.html(ladder.organisation())).append("</div>");
        }
        out.append("<table class=\"cover-facts\">");
        if (ladder.edition() != null) {
            fact("Edition", t.html(ladder.edition()));
        }
        fact("Issued", options.today().format(LONG_DATE));
        if (ladder.reviewed() != null) {
            fact("Last reviewed", ladder.reviewed().format(LONG_DATE));
        }
        fact("Levels", ladder.shared().size() + " shared · " + ladder.technical().size() + " technical · " + ladder.management().size() + " management");
        out.append("</table></div>");
    }

    private void fact(String label, String value) {
        out.append("<tr><th>").append(label).append("</th><td>").append(value).append("</td></tr>");
    }

    private void contents() {
        out.append("<div class=\"contents\"><h2 class=\"plain\">Contents</h2><table class=\"toc\">");
        for (Section s : sections()) {
            tocRow(s.id(), s.title(), "toc-section");
            if (s.id().startsWith("track-")) {
                Track track = Track.valueOf(s.id().substring(6).toUpperCase(Locale.ROOT));
                for (Level l : ladder.track(track)) {
                    tocRow("level-" + l.id(), levelLabel(l), "toc-level");
                }
            }
        }
        out.append("</table></div>");
    }

    private void tocRow(String id, String title, String css) {
        out.append("<tr class=\"").append(css).append("\"><td><a href=\"#").append(id).append("\">").append(t.html(title))
                .append("</a></td><td class=\"toc-page\"><a href=\"#").append(id).append("\" class=\"page-ref\"></a></td></tr>");
    }

    private void howToRead() {
        out.append("<div class=\"chapter\" id=\"how-to-read\"><h2>How to read this ladder</h2>");
        String branch = ladder.shared().isEmpty() ? "from the first level" : "above " + t.html(ladder.shared().get(ladder.shared().size() - 1).title());
        p("Everyone starts on the shared levels" + (ladder.shared().isEmpty() ? "" : " (" + joinTitles(ladder.shared()) + ")")
                + ". The ladder then branches " + branch + " into two tracks of equal standing: the <b class=\"tech\">technical track</b> ("
                + ladder.technical().size() + " levels) for engineers who grow by holding harder technical problems, and the "
                + "<b class=\"mgmt\">management track</b> (" + ladder.management().size() + " levels) for engineers who grow by leading people and teams. "
                + "Moving between tracks is a change of job, not a promotion or a demotion.");
        p("Each level has <b>primary behaviours</b> — the bar itself: what someone at that level does, consistently, one sentence each. "
                + "<b>Supporting behaviours</b> are evidence of impact, such as mentoring, communication and collaboration; they support a case "
                + "for a level but do not replace the bar. A level's <b>scope</b> says which problems it holds that the level below does not.");
        if (!ladder.pairings().isEmpty()) {
            p("Levels on the two tracks are paired as <b>peers</b>: a peer has the same standing, scope of influence and pay range on the other track. "
                    + "The overview on the next page draws each pairing at the same height.");
        }
        if (!ladder.technical().isEmpty()) {
            Level top = ladder.technical().get(ladder.technical().size() - 1);
            List<Growth> g = top.growth().stream().filter(x -> x != Growth.SCOPE).toList();
            if (!g.isEmpty()) {
                p("At the top of the technical track, " + t.html(top.title()) + ", growth does not stop: it is recognised as "
                        + String.join(", ", g.stream().map(x -> x.label().toLowerCase(Locale.ROOT)).toList())
                        + " — harder problems, more areas, and contribution beyond the company — rather than ever more scope.");
            } else {
                p("The top of the technical track is " + t.html(top.title()) + ".");
            }
        }
        if (!ladder.visibility().isEmpty()) {
            p("Progress on the technical track is made visible through " + ladder.visibility().size()
                    + (ladder.visibility().size() == 1 ? " mechanism" : " mechanisms") + ", described at the end of this document.");
        }
        out.append("</div>");
    }

    private String joinTitles(List<Level> levels) {
        return String.join(", ", levels.stream().map(l -> t.html(l.title())).toList());
    }

    private void p(String html) {
        out.append("<p>").append(html).append("</p>");
    }

    /** The overview diagram: vectors drawn by the renderer from boxes and rules, rising like the ladder. */
    private void overview() {
        out.append("<div class=\"chapter\" id=\"overview\"><h2>The ladder at a glance</h2>");
        out.append("<table class=\"diagram\"><tr class=\"diagram-head\"><td class=\"col tech-head\">Technical track</td><td class=\"link\"></td>"
                + "<td class=\"col mgmt-head\">Management track</td></tr>");
        List<Rungs.Rung> rows = new ArrayList<>(Rungs.of(ladder));
        Collections.reverse(rows);
        for (Rungs.Rung r : rows) {
            out.append("<tr>");
            diagramCell(r.technical(), "tech");
            out.append("<td class=\"link\">").append(r.paired() ? "<div class=\"peer-line\"></div>" : "").append("</td>");
            diagramCell(r.management(), "mgmt");
            out.append("</tr>");
        }
        String below = ladder.shared().isEmpty() ? "" : t.html(ladder.shared().get(ladder.shared().size() - 1).title());
        out.append("<tr class=\"fork\"><td class=\"fork-left\"></td><td class=\"fork-mid\"></td><td class=\"fork-right\"></td></tr>");
        out.append("<tr><td colspan=\"3\" class=\"branch-note\">Branch point").append(below.isEmpty() ? "" : " — both tracks start above " + below).append("</td></tr>");
        List<Level> shared = new ArrayList<>(ladder.shared());
        Collections.reverse(shared);
        for (Level l : shared) {
            out.append("<tr><td colspan=\"3\">");
            box(l, "shared");
            out.append("</td></tr>");
        }
        out.append("</table>");
        out.append("<p class=\"legend\"><span class=\"key tech\"></span> technical <span class=\"key mgmt\"></span> management "
                + "<span class=\"key shared\"></span> shared · a dashed rule joins peers · an empty rung means the track has no level at that height</p>");
        out.append("</div>");
    }

    private void diagramCell(Level l, String css) {
        out.append("<td class=\"col\">");
        if (l == null) {
            out.append("<div class=\"gap\">no level at this height</div>");
        } else {
            box(l, css);
        }
        out.append("</td>");
    }

    private void box(Level l, String css) {
        out.append("<div class=\"box ").append(css).append("\"><a href=\"#level-").append(l.id()).append("\">");
        if (l.code() != null) {
            out.append("<span class=\"code\">").append(t.html(l.code())).append("</span> ");
        }
        out.append("<span class=\"box-title\">").append(t.html(l.title())).append("</span></a></div>");
    }

    private void levels() {
        for (Track track : Track.values()) {
            List<Level> list = ladder.track(track);
            if (list.isEmpty()) {
                continue;
            }
            String css = track == Track.TECHNICAL ? "tech" : track == Track.MANAGEMENT ? "mgmt" : "shared";
            out.append("<div class=\"chapter track ").append(css).append("\" id=\"track-").append(track.key()).append("\">");
            out.append("<h2>").append(trackHeading(track)).append("</h2>");
            out.append("<p class=\"track-intro\">").append(trackIntro(track)).append("</p>");
            for (Level l : list) {
                level(l, css);
            }
            out.append("</div>");
        }
    }

    private String trackIntro(Track track) {
        return switch (track) {
            case SHARED -> "Every engineer climbs these levels before the tracks branch, lowest first.";
            case TECHNICAL -> "Engineers who grow by holding larger and harder technical problems. Lowest level first.";
            case MANAGEMENT -> "Engineers who grow by leading people and teams. Lowest level first.";
        };
    }

    /** One level's section; the place to add more parts to every level. */
    private void level(Level l, String css) {
        out.append("<div class=\"level ").append(css).append("\" id=\"level-").append(l.id()).append("\">");
        out.append("<div class=\"level-head\">");
        if (l.code() != null) {
            out.append("<span class=\"code\">").append(t.html(l.code())).append("</span>");
        }
        out.append("<h3>").append(t.html(l.title())).append("</h3></div>");
        if (l.summary() != null) {
            out.append("<p class=\"summary\">").append(t.html(l.summary())).append("</p>");
        }
        if (l.scope() != null) {
            out.append("<div class=\"scope\"><span class=\"label\">Scope</span> ").append(t.html(l.scope())).append("</div>");
        }
        behaviours("Primary behaviours — the bar", "primary", l.primary());
        behaviours("Supporting evidence", "supporting", l.supporting());
        List<String> facts = new ArrayList<>();
        if (!l.growth().isEmpty()) {
            facts.add("<span class=\"label\">Growth</span> " + String.join(", ", l.growth().stream().map(Growth::label).toList()));
        }
        index.peerOf(l.id()).ifPresent(p -> facts.add("<span class=\"label\">Peer</span> <a href=\"#level-" + p.id() + "\">" + t.html(p.title()) + "</a>"));
        if (l.minHeadcount() != null) {
            facts.add("<span class=\"label\">Exists from</span> " + l.minHeadcount() + " engineers");
        }
        if (options.includeBands() && l.band() != null) {
            facts.add("<span class=\"label\">Pay band</span> " + band(l));
        }
        if (!facts.isEmpty()) {
            out.append("<p class=\"facts\">").append(String.join(" &#160;·&#160; ", facts)).append("</p>");
        }
        if (options.includeChanges()) {
            index.levelBelow(l.id()).ifPresent(below -> changesFrom(below, l));
        }
        out.append("</div>");
    }

    /** "What changes from the level below": added, reworded (word by word) and dropped primary behaviours. */
    private void changesFrom(Level below, Level l) {
        LevelStep step = LevelStep.between(below, l);
        if (step.added().isEmpty() && step.reworded().isEmpty() && step.dropped().isEmpty()) {
            return;
        }
        out.append("<div class=\"changes\"><span class=\"label\">What changes from ").append(t.html(below.title())).append("</span><ul>");
        for (BehaviourChange c : step.reworded()) {
            out.append("<li>").append(diffHtml(c.diff())).append("</li>");
        }
        for (BehaviourChange c : step.added()) {
            out.append("<li class=\"added\">+ ").append(t.html(c.after())).append("</li>");
        }
        for (BehaviourChange c : step.dropped()) {
            out.append("<li class=\"removed\">− ").append(t.html(c.before())).append("</li>");
        }
        out.append("</ul></div>");
    }

    private String diffHtml(WordDiff diff) {
        return diffHtml(t, diff);
    }

    /** Deletions struck through, insertions underlined: never colour alone. Shared with the comparison report. */
    static String diffHtml(SafeText t, WordDiff diff) {
        StringBuilder sb = new StringBuilder();
        for (WordDiff.Segment s : diff.segments()) {
            switch (s.kind()) {
                case SAME -> sb.append(t.html(s.text()));
                case REMOVED -> sb.append("<del>").append(t.html(s.text())).append("</del>");
                case ADDED -> sb.append("<ins>").append(t.html(s.text())).append("</ins>");
            }
        }
        return sb.toString();
    }

    private String band(Level l) {
        String cur = l.band().currency() == null ? "" : " " + t.html(l.band().currency());
        String min = l.band().min() == null ? "…" : String.format(Locale.ENGLISH, "%,.0f", l.band().min());
        String max = l.band().max() == null ? "…" : String.format(Locale.ENGLISH, "%,.0f", l.band().max());
        return min + " – " + max + cur;
    }

    private void behaviours(String heading, String css, List<Behaviour> list) {
        if (list.isEmpty()) {
            return;
        }
        out.append("<div class=\"behaviours ").append(css).append("\"><div class=\"label\">").append(heading).append("</div><ul>");
        for (Behaviour b : list) {
            out.append("<li>").append(t.html(b.text()));
            if (b.area() != null) {
                String area = ladder.area(b.area()).map(a -> a.title()).orElse(b.area());
                out.append(" <span class=\"area\">").append(t.html(area)).append("</span>");
            }
            out.append("</li>");
        }
        out.append("</ul></div>");
    }

    private void pairings() {
        out.append("<div class=\"chapter\" id=\"pairings\"><h2>Peer levels</h2>");
        if (ladder.pairings().isEmpty()) {
            p("No levels are paired across the tracks yet.");
        } else {
            p("Each row pairs levels of equal standing on the two tracks.");
            out.append("<table class=\"grid\"><thead><tr><th class=\"tech\">Technical track</th><th class=\"mgmt\">Management track</th>")
                    .append(options.includeBands() ? "<th>Technical band</th><th>Management band</th>" : "").append("</tr></thead><tbody>");
            ladder.pairings().forEach((a, b) -> {
                out.append("<tr><td>").append(t.html(levelLabel(a))).append("</td><td>").append(t.html(levelLabel(b))).append("</td>");
                if (options.includeBands()) {
                    out.append("<td>").append(a.band() == null ? "—" : band(a)).append("</td><td>").append(b.band() == null ? "—" : band(b)).append("</td>");
                }
                out.append("</tr>");
            });
            out.append("</tbody></table>");
            List<Level> unpaired = ladder.allLevels().stream().filter(l -> !ladder.trackOf(l.id()).orElseThrow().equals(Track.SHARED))
                    .filter(l -> index.peerOf(l.id()).isEmpty()).toList();
            if (!unpaired.isEmpty()) {
                p("Without a peer: " + joinTitles(unpaired) + ".");
            }
        }
        out.append("</div>");
    }

    private void visibility() {
        out.append("<div class=\"chapter-cont\" id=\"visibility\"><h2>Making technical progress visible</h2>");
        p("A manager's progress shows in the organisation chart; an engineer's needs a mechanism that puts it in front of peers and managers.");
        if (ladder.visibility().isEmpty()) {
            p("<i>This ladder does not yet define a mechanism.</i>");
        }
        for (Mechanism m : ladder.visibility()) {
            out.append("<div class=\"mechanism\"><h4>").append(t.html(m.title())).append("</h4><p class=\"facts\"><span class=\"label\">")
                    .append(m.kind().label()).append("</span> ").append(m.cadence().label());
            if (m.appliesFrom() != null) {
                out.append(" · from ").append(t.html(ladder.level(m.appliesFrom()).map(Level::title).orElse(m.appliesFrom())));
            }
            out.append(" · ").append(m.isRequired() ? "<b>required</b>" : "optional").append("</p>");
            if (m.description() != null) {
                out.append("<p>").append(t.html(m.description())).append("</p>");
            }
            out.append("</div>");
        }
        out.append("</div>");
    }

    private void review() {
        out.append("<div class=\"chapter-cont\" id=\"review\"><h2>Review</h2>");
        p("This ladder is reviewed every " + ladder.reviewCadenceMonths() + " months, so that it keeps describing the work as the company grows. "
                + (ladder.reviewed() == null ? "It has no recorded review yet." : "It was last reviewed on " + ladder.reviewed().format(LONG_DATE) + "."));
        if (ladder.edition() != null) {
            p("This is edition " + t.html(ladder.edition()) + ".");
        }
        out.append("</div>");
    }

    private void audit() {
        out.append("<div class=\"chapter audit\" id=\"audit\"><h2>Appendix: design audit</h2>");
        p("Dualtrack checks a ladder for the ways dual-track ladders fail: technical levels written in management language, "
                + "invisible technical progress, a technical track that runs out first, and drift. As of "
                + options.today().format(LONG_DATE) + ": " + report.count(Severity.ERROR) + " errors, " + report.count(Severity.WARNING)
                + " warnings, " + report.count(Severity.INFO) + " notes, " + report.suppressed().size() + " kept on purpose.");
        if (!report.findings().isEmpty()) {
            out.append("<table class=\"grid findings\"><thead><tr><th>Severity</th><th>Where</th><th>Finding</th></tr></thead><tbody>");
            for (Finding f : report.findings()) {
                findingRow(f, null);
            }
            out.append("</tbody></table>");
        }
        if (!report.suppressed().isEmpty()) {
            out.append("<h4>Kept on purpose</h4><table class=\"grid findings\"><tbody>");
            for (SuppressedFinding s : report.suppressed()) {
                findingRow(s.finding(), s.reason());
            }
            out.append("</tbody></table>");
        }
        out.append("</div>");
    }

    private void findingRow(Finding f, String reason) {
        String where = f.level() == null ? "Ladder" : ladder.level(f.level()).map(Level::title).orElse(f.level());
        String title = RuleCatalog.describe(f.rule()).map(r -> r.title()).orElse(f.rule());
        out.append("<tr><td class=\"sev ").append(reason == null ? f.severity().key() : "kept").append("\">")
                .append(reason == null ? f.severity().key() : "kept").append("</td><td>").append(t.html(where)).append("</td><td><b>")
                .append(t.html(title)).append("</b><br/>").append(t.html(f.message()));
        if (reason != null) {
            out.append("<br/><i>Reason: ").append(t.html(reason)).append("</i>");
        } else if (!f.suggestion().isEmpty()) {
            out.append("<br/><span class=\"suggestion\">").append(t.html(f.suggestion())).append("</span>");
        }
        out.append("</td></tr>");
    }
}
