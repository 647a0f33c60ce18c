package app.dualtrack.importer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HTML exported from a wiki or a document editor (Confluence, Notion, Google Docs) into blocks:
 * headings, paragraphs, list items and tables, with rowspan and colspan spread over the cells they
 * cover, the way a reader sees the table.
 */
final class HtmlReader {
    private static final Set<String> SKIP = Set.of("script", "style", "nav", "head", "noscript", "template", "svg", "button", "form");
    private static final Set<String> BLOCKY = Set.of("p", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section",
            "article", "main", "header", "footer", "aside", "blockquote", "dl", "dt", "dd", "pre", "figure", "details", "summary");

    private final String file;
    private final List<Block> blocks = new ArrayList<>();

    HtmlReader(String file) {
        this.file = file;
    }

    List<Block> read(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        walk(doc.body());
        return blocks;
    }

    /** Blocks of an HTML fragment (a raw HTML block inside Markdown). */
    List<Block> blocks(String fragment) {
        Document doc = Jsoup.parseBodyFragment(fragment);
        walk(doc.body());
        return blocks;
    }

    String title(String html) {
        return Jsoup.parse(html).title();
    }

    private Where where(Element e) {
        int line = e.sourceRange().isTracked() ? e.sourceRange().start().lineNumber() : 0;
        return Where.line(file, line);
    }

    private void walk(Element parent) {
        StringBuilder loose = new StringBuilder();
        for (Node n : parent.childNodes()) {
            if (n instanceof TextNode t) {
                loose.append(t.getWholeText());
            } else if (n instanceof Element e) {
                String tag = e.normalName();
                if (SKIP.contains(tag)) {
                    continue;
                }
                if (!BLOCKY.contains(tag)) {
                    if (tag.equals("br")) {
                        loose.append('\n');
                    } else {
                        loose.append(text(e));
                    }
                    continue;
                }
                flushLoose(loose, parent);
                element(e, tag);
            }
        }
        flushLoose(loose, parent);
    }

    private void flushLoose(StringBuilder loose, Element parent) {
        String t = normalise(loose.toString());
        if (!t.isEmpty()) {
            blocks.add(new Block.Paragraph(t, where(parent)));
        }
        loose.setLength(0);
    }

    private void element(Element e, String tag) {
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String t = normalise(text(e));
                if (!t.isEmpty()) {
                    blocks.add(new Block.Heading(tag.charAt(1) - '0', t, where(e)));
                }
            }
            case "p", "dt", "dd", "pre", "summary" -> {
                String t = normalise(text(e));
                if (!t.isEmpty()) {
                    blocks.add(new Block.Paragraph(t, where(e)));
                }
            }
            case "ul", "ol" -> {
                for (Element li : e.children()) {
                    if (li.normalName().equals("li")) {
                        item(li);
                    }
                }
            }
            case "table" -> blocks.add(new Block.Table(table(e), where(e)));
            default -> walk(e);
        }
    }

    private void item(Element li) {
        StringBuilder own = new StringBuilder();
        List<Element> nested = new ArrayList<>();
        String area = null;
        boolean first = true;
        for (Node n : li.childNodes()) {
            if (n instanceof Element e && (e.normalName().equals("ul") || e.normalName().equals("ol") || e.normalName().equals("table"))) {
                nested.add(e);
                continue;
            }
            if (first && n instanceof Element e && (e.normalName().equals("strong") || e.normalName().equals("b"))) {
                String label = normalise(e.text());
                Node next = e.nextSibling();
                boolean colonAfter = next instanceof TextNode t && t.text().stripLeading().startsWith(":");
                if (label.endsWith(":") || colonAfter) {
                    area = label.endsWith(":") ? label.substring(0, label.length() - 1).strip() : label;
                    first = false;
                    if (colonAfter) {
                        own.append(((TextNode) next).text().stripLeading().substring(1));
                        n = next;
                    }
                    continue;
                }
            }
            if (n instanceof TextNode t && t.isBlank() && first) {
                continue;
            }
            first = false;
            own.append(n instanceof TextNode t ? t.getWholeText() : n instanceof Element e ? text(e) : "");
        }
        String t = normalise(own.toString());
        if (area != null && t.isEmpty()) {
            t = area;
            area = null;
        }
        if (!t.isEmpty()) {
            blocks.add(new Block.Item(t, area, where(li)));
        }
        for (Element e : nested) {
            element(e, e.normalName());
        }
    }

    /** Text of an element with {@code <br>} and block children as line breaks. */
    private static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (n instanceof Element c) {
                String tag = c.normalName();
                if (SKIP.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    sb.append('\n');
                } else if (tag.equals("li") || tag.equals("p") || tag.equals("div")) {
                    sb.append('\n').append(tag.equals("li") ? "• " : "").append(text(c)).append('\n');
                } else {
                    sb.append(text(c));
                }
            }
        }
        return sb.toString();
    }

    /** Collapses runs of spaces inside lines but keeps line breaks. */
    private static String normalise(String s) {
        StringBuilder out = new StringBuilder();
        for (String line : s.replace('\u00a0', ' ').split("\n")) {
            String l = line.replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
            if (!l.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(l);
            }
        }
        return out.toString();
    }

    private Grid table(Element table) {
        Map<Long, String> cells = new HashMap<>();
        List<Where> wheres = new ArrayList<>();
        int row = 0;
        int width = 0;
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;   // a table nested in a cell is part of that cell's text
            }
            int col = 0;
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                while (cells.containsKey(key(row, col))) {
                    col++;
                }
                int rs = span(cell.attr("rowspan"));
                int cs = span(cell.attr("colspan"));
                String t = normalise(text(cell));
                for (int r = 0; r < rs; r++) {
                    for (int c = 0; c < cs; c++) {
                        cells.put(key(row + r, col + c), t);
                    }
                }
                col += cs;
                width = Math.max(width, col);
            }
            wheres.add(where(tr));
            row++;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < row; r++) {
            List<String> cols = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cols.add(cells.getOrDefault(key(r, c), ""));
            }
            rows.add(cols);
        }
        return new Grid(null, rows, wheres);
    }

    private static long key(int row, int col) {
        return ((long) row << 32) | col;
    }

    private static int span(String attr) {
        try {
            int n = Integer.parseInt(attr.strip());
            return Math.max(1, Math.min(n, 500));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
