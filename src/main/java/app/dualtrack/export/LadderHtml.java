package app.dualtrack.export;

import app.dualtrack.analysis.AnalysisReport;
import app.dualtrack.compare.BehaviourChange;
import app.dualtrack.compare.LevelStep;
import app.dualtrack.compare.WordDiff;
import app.dualtrack.model.Area;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    /** Sections made elsewhere (the outcomes), placed before the audit: id, title and finished XHTML. */
    private final List<String[]> extraSections = new ArrayList<>();

    LadderHtml(Ladder ladder, ExportOptions options, SafeText text, AnalysisReport report) {
        this.ladder = ladder;
        this.options = options;
        this.t = text;
        this.report = report;
        this.index = LadderIndex.of(ladder);
    }

    /** Adds a finished section before the audit; it gets a contents line and a bookmark. */
    LadderHtml withSection(String id, String title, String xhtml) {
        extraSections.add(new String[] {id, title, xhtml});
        return this;
    }

    String build(String css) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\"><head>");
        out.append("<title>").append(t.html(ladder.name())).append("</title>");
        meta("author", ladder.organisation() == null ? "Dualtrack" : ladder.organisation());
        meta("subject", "Engineering career ladder" + (ladder.edition() == null ? "" : ", edition " + ladder.edition()));
        meta("keywords", "career ladder, dual track, engineering levels");
        meta("generator", "Dualtrack");
        out.append("<style>").append(css.replace("@PAPER@", options.paper().css())).append("</style>");
        if (!options.overviewSheet()) {
            bookmarks();
        }
        out.append("</head><body").append(options.overviewSheet() ? " class=\"sheet\"" : "").append(">");
        out.append("<div id=\"running-title\">").append(t.html(ladder.name())).append("</div>");
        if (options.overviewSheet()) {
            overviewSheet();
        } else {
            cover();
            contents();
            howToRead();
            overview();
            levels();
            pairings();
            visibility();
            review();
            extraSections.forEach(x -> out.append(x[2]));
            if (options.includeAudit()) {
                audit();
            }
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

    private boolean dualTrack() {
        return !ladder.technical().isEmpty() && !ladder.management().isEmpty();
    }

    private List<Section> sections() {
        List<Section> s = new ArrayList<>(List.of(new Section("how-to-read", "How to read this ladder"),
                new Section("overview", "The ladder at a glance")));
        for (Track track : Track.values()) {
            if (!ladder.track(track).isEmpty()) {
                s.add(new Section("track-" + track.key(), trackHeading(track)));
            }
        }
        if (dualTrack()) {
            s.add(new Section("pairings", "Peer levels"));
        }
        s.add(new Section("visibility", "Making technical progress visible"));
        s.add(new Section("review", "Review"));
        extraSections.forEach(x -> s.add(new Section(x[0], x[1])));
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
                    out.append("<bookmark name=\"").append(name(l)).append("\" href=\"#level-").append(l.id()).append("\"/>");
                }
            }
            out.append("</bookmark>");
        }
        out.append("</bookmarks>");
    }

    /** "IC5 Principal Engineer", escaped. */
    private String name(Level l) {
        return t.html(LevelNames.name(l));
    }

    private String names(List<Level> levels) {
        return t.html(LevelNames.list(levels));
    }

    /** The title page: what this is, whose, which edition; the contents follow on the same page. */
    private void cover() {
        out.append("<div class=\"cover\">");
        out.append("<div class=\"cover-mark\"><span class=\"rail tech\"></span>")
                .append(ladder.management().isEmpty() ? "" : "<span class=\"rail mgmt\"></span>").append("</div>");
        out.append("<p class=\"cover-kicker\">Engineering career ladder</p>");
        out.append("<h1 class=\"cover-title\">").append(t.html(ladder.name())).append("</h1>");
        if (ladder.organisation() != null) {
            out.append("<p class=\"cover-org\">").append(t.html(ladder.organisation())).append("</p>");
        }
        List<String> facts = new ArrayList<>();
        if (ladder.edition() != null) {
            facts.add("Edition " + t.html(ladder.edition()));
        }
        facts.add("Issued " + options.today().format(LONG_DATE));
        if (ladder.reviewed() != null) {
            facts.add("last reviewed " + ladder.reviewed().format(LONG_DATE));
        }
        out.append("<p class=\"cover-facts\">").append(String.join(" · ", facts)).append("<br/>").append(shape()).append("</p>");
        out.append("</div>");
    }

    /** "2 shared levels, 3 technical, 4 management" — only the parts the ladder has. */
    private String shape() {
        List<String> parts = new ArrayList<>();
        if (!ladder.shared().isEmpty()) {
            parts.add(plural(ladder.shared().size(), "shared level"));
        }
        if (!ladder.technical().isEmpty()) {
            parts.add(plural(ladder.technical().size(), "technical level"));
        }
        if (!ladder.management().isEmpty()) {
            parts.add(plural(ladder.management().size(), "management level"));
        }
        return parts.isEmpty() ? "No levels yet" : String.join(", ", parts);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void contents() {
        out.append("<div class=\"contents\"><h2 class=\"plain\">Contents</h2><table class=\"toc\">");
        for (Section s : sections()) {
            tocRow(s.id(), t.html(s.title()), "toc-section");
            if (s.id().startsWith("track-")) {
                Track track = Track.valueOf(s.id().substring(6).toUpperCase(Locale.ROOT));
                for (Level l : ladder.track(track)) {
                    tocRow("level-" + l.id(), name(l), "toc-level");
                }
            }
        }
        out.append("</table></div>");
    }

    private void tocRow(String id, String title, String css) {
        out.append("<tr class=\"").append(css).append("\"><td><a href=\"#").append(id).append("\">").append(title)
                .append("</a></td><td class=\"toc-page\"><a href=\"#").append(id).append("\" class=\"page-ref\"></a></td></tr>");
    }

    /** How the ladder is built, in prose that follows its shape: dual-track, technical only, management only, or shared only. */
    private void howToRead() {
        out.append("<div class=\"chapter\" id=\"how-to-read\"><h2>How to read this ladder</h2>");
        List<Level> shared = ladder.shared();
        int tech = ladder.technical().size();
        int mgmt = ladder.management().size();
        String start = shared.isEmpty() ? "" : "Everyone starts on the shared levels (" + names(shared) + "). ";
        String branch = shared.isEmpty() ? "from the first level" : "above " + name(shared.get(shared.size() - 1));
        String techTrack = "the <b class=\"tech\">technical track</b> (" + plural(tech, "level")
                + ") for engineers who grow by holding harder technical problems";
        String mgmtTrack = "the <b class=\"mgmt\">management track</b> (" + plural(mgmt, "level") + ") for engineers who grow by leading people and teams";
        if (tech > 0 && mgmt > 0) {
            p(start + "The ladder then branches " + branch + " into two tracks of equal standing: " + techTrack + ", and " + mgmtTrack
                    + ". Moving between tracks is a change of job, not a promotion or a demotion.");
        } else if (tech > 0) {
            p(start + "The ladder continues " + branch + " as " + techTrack + ". It describes technical careers only; "
                    + "managing people is not a step on it.");
        } else if (mgmt > 0) {
            p(start + "The ladder continues " + branch + " as " + mgmtTrack + ". It has no technical track yet: "
                    + "above the shared levels, growing means managing.");
        } else {
            p(start.isEmpty() ? "This ladder has no levels yet." : start + "The ladder has no separate tracks yet.");
        }
        p("Each level has <b>primary behaviours</b> — the bar itself: what someone at that level does, consistently, one sentence each. "
                + "<b>Supporting evidence</b> is impact such as mentoring, communication and collaboration; it supports a case "
                + "for a level but does not replace the bar. A level's <b>scope</b> says which problems it holds that the level below does not."
                + (ladder.areas().isEmpty() ? "" : " Behaviours are grouped by area."));
        if (!ladder.pairings().isEmpty()) {
            p("Levels on the two tracks are paired as <b>peers</b>: a peer has the same standing, scope of influence and pay range on the other track. "
                    + "The ladder at a glance draws each pairing at the same height.");
        }
        if (tech > 0) {
            Level top = ladder.technical().get(tech - 1);
            List<Growth> g = top.growth().stream().filter(x -> x != Growth.SCOPE).toList();
            if (!g.isEmpty()) {
                p("At the top of the technical track, " + name(top) + ", growth does not stop: it is recognised as "
                        + String.join(", ", g.stream().map(x -> x.label().toLowerCase(Locale.ROOT)).toList())
                        + " — harder problems, more areas, and contribution beyond the company — rather than ever more scope.");
            } else {
                p("The top of the technical track is " + name(top) + ".");
            }
        }
        if (!ladder.visibility().isEmpty()) {
            p("Progress on the technical track is made visible through " + ladder.visibility().size()
                    + (ladder.visibility().size() == 1 ? " mechanism" : " mechanisms") + ", described at the end of this document.");
        }
        out.append("</div>");
    }

    private void p(String html) {
        out.append("<p>").append(html).append("</p>");
    }

    /** The overview diagram, drawn with boxes and rules, rising like the ladder; its structure tag is a figure with alternative text. */
    private void overview() {
        out.append("<div class=\"chapter-cont\" id=\"overview\"><h2>The ladder at a glance</h2>");
        diagram(false);
        out.append("</div>");
    }

    /** One page for noticeboards and onboarding packs: the diagram with each level's one-line summary. */
    private void overviewSheet() {
        out.append("<div class=\"sheet-head\"><p class=\"cover-kicker\">Engineering career ladder at a glance</p><h1 class=\"sheet-title\">")
                .append(t.html(ladder.name())).append("</h1><p class=\"sheet-facts\">")
                .append(ladder.organisation() == null ? "" : t.html(ladder.organisation()) + " · ")
                .append(ladder.edition() == null ? "" : "edition " + t.html(ladder.edition()) + " · ").append(shape()).append("</p></div>");
        diagram(true);
        out.append("<p class=\"sheet-foot\">Each level's full bar — its primary behaviours, scope and supporting evidence — is in the complete ladder document.</p>");
    }

    private void diagram(boolean withSummaries) {
        out.append("<div class=\"figure\" title=\"").append(t.html(diagramAlt())).append("\">");
        boolean tech = !ladder.technical().isEmpty();
        boolean mgmt = !ladder.management().isEmpty();
        if (tech && mgmt) {
            out.append("<table class=\"diagram\"><tr class=\"diagram-head\"><td class=\"col tech-head\">Technical track</td><td class=\"link\"></td>"
                    + "<td class=\"col mgmt-head\">Management track</td></tr>");
            List<Rungs.Rung> rows = new ArrayList<>(Rungs.of(ladder));
            Collections.reverse(rows);
            for (Rungs.Rung r : rows) {
                out.append("<tr>");
                diagramCell(r.technical(), "tech", withSummaries);
                out.append("<td class=\"link\">").append(r.paired() ? "<div class=\"peer-line\"></div>" : "").append("</td>");
                diagramCell(r.management(), "mgmt", withSummaries);
                out.append("</tr>");
            }
            if (!ladder.shared().isEmpty()) {
                out.append("<tr class=\"fork\"><td class=\"fork-left\"></td><td class=\"fork-mid\"></td><td class=\"fork-right\"></td></tr>");
                out.append("<tr><td colspan=\"3\" class=\"branch-note\">Both tracks start above ")
                        .append(name(ladder.shared().get(ladder.shared().size() - 1))).append("</td></tr>");
            }
        } else {
            out.append("<table class=\"diagram single\">");
            Track only = tech ? Track.TECHNICAL : Track.MANAGEMENT;
            String css = tech ? "tech" : "mgmt";
            if (tech || mgmt) {
                out.append("<tr class=\"diagram-head\"><td class=\"col ").append(css).append("-head\">").append(tech ? "Technical track" : "Management track")
                        .append("</td></tr>");
                List<Level> list = new ArrayList<>(ladder.track(only));
                Collections.reverse(list);
                for (Level l : list) {
                    out.append("<tr><td class=\"col\">");
                    box(l, css, withSummaries);
                    out.append("</td></tr>");
                }
            }
        }
        List<Level> shared = new ArrayList<>(ladder.shared());
        Collections.reverse(shared);
        for (Level l : shared) {
            out.append("<tr><td colspan=\"3\">");
            box(l, "shared", withSummaries);
            out.append("</td></tr>");
        }
        out.append("</table>");
        out.append("<p class=\"legend\">").append(tech ? "<span class=\"key tech\"></span> technical " : "")
                .append(mgmt ? "<span class=\"key mgmt\"></span> management " : "")
                .append(ladder.shared().isEmpty() ? "" : "<span class=\"key shared\"></span> shared ")
                .append(tech && mgmt ? "· a dashed rule joins peers · an empty rung means the track has no level at that height" : "")
                .append("</p></div>");
    }

    /** The diagram in words, for screen readers (the peer table says the pairings again as a table). */
    private String diagramAlt() {
        StringBuilder sb = new StringBuilder(DiagramTags.ALT_PREFIX + ", lowest level first. ");
        if (!ladder.shared().isEmpty()) {
            sb.append("Shared levels: ").append(LevelNames.list(ladder.shared())).append(". ");
        }
        if (!ladder.technical().isEmpty()) {
            sb.append("Technical track: ").append(LevelNames.list(ladder.technical())).append(". ");
        }
        if (!ladder.management().isEmpty()) {
            sb.append("Management track: ").append(LevelNames.list(ladder.management())).append(". ");
        }
        if (!ladder.pairings().isEmpty()) {
            sb.append("Peers, drawn at the same height: ");
            List<String> pairs = new ArrayList<>();
            ladder.pairings().forEach((a, b) -> pairs.add(LevelNames.name(a) + " with " + LevelNames.name(b)));
            sb.append(String.join("; ", pairs)).append(". The peer table lists them too.");
        }
        return sb.toString().strip();
    }

    private void diagramCell(Level l, String css, boolean withSummary) {
        out.append("<td class=\"col\">");
        if (l == null) {
            out.append("<div class=\"gap\">no level at this height</div>");
        } else {
            box(l, css, withSummary);
        }
        out.append("</td>");
    }

    private void box(Level l, String css, boolean withSummary) {
        out.append("<div class=\"box ").append(css).append("\">");
        if (!withSummary) {
            out.append("<a href=\"#level-").append(l.id()).append("\">");
        }
        if (l.code() != null) {
            out.append("<span class=\"code\">").append(t.html(l.code())).append("</span> ");
        }
        out.append("<span class=\"box-title\">").append(t.html(l.title())).append("</span>");
        if (!withSummary) {
            out.append("</a>");
        } else if (l.summary() != null) {
            out.append("<div class=\"box-summary\">").append(t.html(l.summary())).append("</div>");
        }
        out.append("</div>");
    }

    private void levels() {
        boolean first = true;
        for (Track track : Track.values()) {
            List<Level> list = ladder.track(track);
            if (list.isEmpty()) {
                continue;
            }
            String css = track == Track.TECHNICAL ? "tech" : track == Track.MANAGEMENT ? "mgmt" : "shared";
            out.append("<div class=\"").append(first ? "chapter" : "chapter-cont").append(" track ").append(css).append("\" id=\"track-")
                    .append(track.key()).append("\">");
            first = false;
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
            case SHARED -> "Every engineer climbs these levels" + (dualTrack() ? " before the tracks branch" : "") + ", lowest first.";
            case TECHNICAL -> "Engineers who grow by holding larger and harder technical problems. Lowest level first.";
            case MANAGEMENT -> "Engineers who grow by leading people and teams. Lowest level first.";
        };
    }

    /**
     * One level's section; the place to add more parts to every level. A running element at its start
     * names it in the header of the pages it continues on, and an empty one at its end clears that.
     */
    private void level(Level l, String css) {
        int start = out.length();
        out.append("<div class=\"level ").append(css).append("\" id=\"level-").append(l.id()).append("\">");
        out.append("<div class=\"level-run\">").append(name(l)).append(" (continued)</div>");
        out.append("<h3>");
        if (l.code() != null) {
            out.append("<span class=\"code\">").append(t.html(l.code())).append("</span> ");
        }
        out.append(t.html(l.title())).append("</h3>");
        if (l.summary() != null) {
            out.append("<p class=\"summary\">").append(t.html(l.summary())).append("</p>");
        }
        if (l.scope() != null) {
            out.append("<p class=\"scope\"><span class=\"label\">Scope</span> ").append(t.html(l.scope())).append("</p>");
        }
        behaviours("The bar: primary behaviours", "primary", l.primary());
        behaviours("Supporting evidence", "supporting", l.supporting());
        levelFacts(l);
        if (options.includeChanges()) {
            index.levelBelow(l.id()).ifPresent(below -> changesFrom(below, l));
        }
        endRunningHead(start);
        out.append("</div>");
    }

    /**
     * Clears the running head from the level's last paragraph or list item on: placed at the start of
     * that block, it lies on the page where the block starts, so the next page's head is empty unless
     * the block itself continues there. (A marker after the level would land on the next page
     * whenever the level ends flush with the foot of a page.)
     */
    private void endRunningHead(int levelStart) {
        int li = out.lastIndexOf("<li", out.length());
        int p = out.lastIndexOf("<p", out.length());
        int at = Math.max(li, p);
        if (at < levelStart) {
            return;
        }
        int close = out.indexOf(">", at) + 1;
        out.insert(close, "<span class=\"level-run level-run-end\"></span>");
    }

    private void levelFacts(Level l) {
        List<String> facts = new ArrayList<>();
        if (!l.growth().isEmpty()) {
            facts.add("<span class=\"label\">Growth</span> " + String.join(", ", l.growth().stream().map(Growth::label).toList()));
        }
        index.peerOf(l.id()).ifPresent(p -> facts.add("<span class=\"label\">Peer</span> <a href=\"#level-" + p.id() + "\">" + name(p) + "</a>"));
        if (l.minHeadcount() != null) {
            facts.add("<span class=\"label\">Exists from</span> " + l.minHeadcount() + " engineers");
        }
        if (options.includeBands() && l.band() != null) {
            facts.add("<span class=\"label\">Pay band</span> " + band(l));
        }
        if (!facts.isEmpty()) {
            out.append("<p class=\"facts\">").append(String.join(" &#160;·&#160; ", facts)).append("</p>");
        }
    }

    /** "What changes from the level below": added, reworded (word by word) and dropped primary behaviours. */
    private void changesFrom(Level below, Level l) {
        LevelStep step = LevelStep.between(below, l);
        if (step.added().isEmpty() && step.reworded().isEmpty() && step.dropped().isEmpty()) {
            return;
        }
        out.append("<div class=\"changes\"><h4>What changes from ").append(name(below)).append("</h4><ul>");
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

    /**
     * Deletions struck through, insertions underlined: never colour alone. A rewrite arrives as one
     * removal and one addition (see {@link WordDiff}); a space keeps them apart. Shared with the comparison report.
     */
    static String diffHtml(SafeText t, WordDiff diff) {
        StringBuilder sb = new StringBuilder();
        List<WordDiff.Segment> segments = diff.segments();
        for (int i = 0; i < segments.size(); i++) {
            WordDiff.Segment s = segments.get(i);
            switch (s.kind()) {
                case SAME -> sb.append(t.html(s.text()));
                case REMOVED -> sb.append("<del>").append(t.html(s.text())).append("</del>").append(diff.separatorAfter(i));
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

    /** A list of behaviours under its heading; with areas, grouped under one subhead per area in the ladder's area order. */
    private void behaviours(String heading, String css, List<Behaviour> list) {
        if (list.isEmpty()) {
            return;
        }
        out.append("<div class=\"behaviours ").append(css).append("\"><h4>").append(heading).append("</h4>");
        Map<String, List<Behaviour>> byArea = new LinkedHashMap<>();
        for (Area a : ladder.areas()) {
            byArea.put(a.id(), new ArrayList<>());
        }
        List<Behaviour> general = new ArrayList<>();
        for (Behaviour b : list) {
            if (b.area() == null) {
                general.add(b);
            } else {
                byArea.computeIfAbsent(b.area(), k -> new ArrayList<>()).add(b);
            }
        }
        boolean grouped = byArea.values().stream().anyMatch(x -> !x.isEmpty());
        if (!general.isEmpty()) {
            if (grouped) {
                out.append("<h5>General</h5>");
            }
            list(general);
        }
        byArea.forEach((area, items) -> {
            if (!items.isEmpty()) {
                out.append("<h5>").append(t.html(ladder.area(area).map(Area::title).orElse(area))).append("</h5>");
                list(items);
            }
        });
        out.append("</div>");
    }

    private void list(List<Behaviour> items) {
        out.append("<ul>");
        for (Behaviour b : items) {
            out.append("<li>").append(t.html(b.text())).append("</li>");
        }
        out.append("</ul>");
    }

    private void pairings() {
        if (!dualTrack()) {
            return;
        }
        out.append("<div class=\"chapter-cont\" id=\"pairings\"><h2>Peer levels</h2>");
        if (ladder.pairings().isEmpty()) {
            p("No levels are paired across the tracks yet.");
        } else {
            p("Each row pairs levels of equal standing on the two tracks.");
            out.append("<table class=\"grid\"><thead><tr><th class=\"tech\">Technical track</th><th class=\"mgmt\">Management track</th>")
                    .append(options.includeBands() ? "<th>Technical band</th><th>Management band</th>" : "").append("</tr></thead><tbody>");
            ladder.pairings().forEach((a, b) -> {
                out.append("<tr><td>").append(name(a)).append("</td><td>").append(name(b)).append("</td>");
                if (options.includeBands()) {
                    out.append("<td>").append(a.band() == null ? "—" : band(a)).append("</td><td>").append(b.band() == null ? "—" : band(b)).append("</td>");
                }
                out.append("</tr>");
            });
            out.append("</tbody></table>");
            List<Level> unpaired = ladder.allLevels().stream().filter(l -> !ladder.trackOf(l.id()).orElseThrow().equals(Track.SHARED))
                    .filter(l -> index.peerOf(l.id()).isEmpty()).toList();
            if (!unpaired.isEmpty()) {
                p("Without a peer: " + names(unpaired) + ".");
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
            out.append("<div class=\"mechanism\"><h3>").append(t.html(m.title())).append("</h3><p class=\"facts\"><span class=\"label\">")
                    .append(m.kind().label()).append("</span> ").append(m.cadence().label());
            if (m.appliesFrom() != null) {
                ladder.level(m.appliesFrom()).ifPresent(from -> out.append(" · from ").append(name(from)));
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
        new AuditAppendix(ladder, report, t, options.today()).write(out);
        out.append("</div>");
    }
}
