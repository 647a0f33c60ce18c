package app.dualtrack.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Markdown (CommonMark with GitHub tables) into blocks, plus the YAML front matter as a map.
 * Inline markup becomes plain text; {@code <br>} and hard breaks become line breaks; an item that
 * starts with a bold "Area:" names its area.
 */
final class MarkdownReader {
    record Result(List<Block> blocks, Map<String, JsonNode> frontMatter, boolean statesStructure) {
    }

    /** The comment Dualtrack's Markdown export starts with (see MarkdownPublisher.MARKER). */
    static final String MARKER = "<!-- Written by Dualtrack: tracks and peers are as stated. -->";
    private boolean statesStructure;

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private final String file;
    private int lineOffset;
    private final List<Block> blocks = new ArrayList<>();

    MarkdownReader(String file) {
        this.file = file;
    }

    Result read(String text) {
        Map<String, JsonNode> front = new LinkedHashMap<>();
        String body = text;
        if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
            int end = closingFence(text);
            if (end > 0) {
                String yaml = text.substring(text.indexOf('\n') + 1, end);
                front = frontMatter(yaml);
                int bodyStart = text.indexOf('\n', end);
                bodyStart = bodyStart < 0 ? text.length() : bodyStart + 1;
                lineOffset = (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count();
                body = text.substring(bodyStart);
            }
        }
        Node doc = PARSER.parse(body);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            block(n);
        }
        return new Result(blocks, front, statesStructure);
    }

    private static int closingFence(String text) {
        int pos = text.indexOf('\n') + 1;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            String line = (eol < 0 ? text.substring(pos) : text.substring(pos, eol)).strip();
            if (line.equals("---") || line.equals("...")) {
                return pos;
            }
            if (eol < 0) {
                return -1;
            }
            pos = eol + 1;
        }
        return -1;
    }

    private Map<String, JsonNode> frontMatter(String yaml) {
        try {
            JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            Map<String, JsonNode> map = new LinkedHashMap<>();
            if (node != null && node.isObject()) {
                node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue()));
            }
            return map;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + 1;
            throw new SourceProblem(Where.line(file, line), "the front matter is not valid YAML (" + e.getOriginalMessage() + ")");
        }
    }

    private Where where(Node n) {
        int line = n.getSourceSpans().isEmpty() ? 0 : n.getSourceSpans().get(0).getLineIndex() + 1 + lineOffset;
        return Where.line(file, line);
    }

    private void block(Node n) {
        if (n instanceof Heading h) {
            blocks.add(new Block.Heading(h.getLevel(), inline(h).strip(), where(h)));
        } else if (n instanceof Paragraph p) {
            String t = inline(p).strip();
            if (!t.isEmpty()) {
                blocks.add(new Block.Paragraph(t, where(p)));
            }
        } else if (n instanceof ListBlock list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem li) {
                    item(li);
                }
            }
        } else if (n instanceof TableBlock table) {
            blocks.add(new Block.Table(table(table), where(table)));
        } else if (n instanceof BlockQuote q) {
            for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                block(c);
            }
        } else if (n instanceof FencedCodeBlock code) {
            paragraph(code.getLiteral(), where(code));
        } else if (n instanceof IndentedCodeBlock code) {
            paragraph(code.getLiteral(), where(code));
        } else if (n instanceof HtmlBlock html) {
            if (html.getLiteral().contains(MARKER)) {
                statesStructure = true;
                return;
            }
            int line = where(html).index();
            for (Block b : new HtmlReader(file).blocks(html.getLiteral())) {
                blocks.add(shift(b, line));
            }
        }
    }

    private static Block shift(Block b, int line) {
        Where w = Where.line(b.where().file(), line);
        if (b instanceof Block.Heading h) {
            return new Block.Heading(h.depth(), h.text(), w);
        } else if (b instanceof Block.Paragraph p) {
            return new Block.Paragraph(p.text(), w);
        } else if (b instanceof Block.Item i) {
            return new Block.Item(i.text(), i.area(), w);
        }
        return b;
    }

    private void paragraph(String text, Where where) {
        if (text != null && !text.isBlank()) {
            blocks.add(new Block.Paragraph(text.strip(), where));
        }
    }

    private void item(ListItem li) {
        StringBuilder text = new StringBuilder();
        String area = null;
        List<Node> nested = new ArrayList<>();
        for (Node c = li.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph p) {
                if (text.isEmpty() && p.getFirstChild() instanceof StrongEmphasis strong) {
                    String label = inline(strong).strip();
                    Node next = strong.getNext();
                    boolean colonInside = label.endsWith(":");
                    boolean colonAfter = next instanceof Text t && t.getLiteral().startsWith(":");
                    if ((colonInside || colonAfter) && next != null) {
                        area = colonInside ? label.substring(0, label.length() - 1).strip() : label;
                        StringBuilder rest = new StringBuilder();
                        for (Node r = next; r != null; r = r.getNext()) {
                            inline(r, rest);
                        }
                        String restText = rest.toString();
                        text.append(colonAfter ? restText.substring(1).strip() : restText.strip());
                        continue;
                    }
                }
                text.append(text.isEmpty() ? "" : " ").append(inline(p).strip());
            } else {
                nested.add(c);
            }
        }
        if (!text.isEmpty()) {
            blocks.add(new Block.Item(text.toString(), area, where(li)));
        }
        for (Node c : nested) {
            block(c);
        }
    }

    private Grid table(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        List<Where> wheres = new ArrayList<>();
        collectRows(table, rows, wheres);
        return new Grid(null, rows, wheres);
    }

    private void collectRows(Node parent, List<List<String>> rows, List<Where> wheres) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.ext.gfm.tables.TableRow row) {
                List<String> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) {
                        cells.add(inline(cell).strip());
                    }
                }
                rows.add(cells);
                wheres.add(where(row));
            } else {
                collectRows(n, rows, wheres);
            }
        }
    }

    static String inline(Node parent) {
        StringBuilder sb = new StringBuilder();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            inline(c, sb);
        }
        return sb.toString();
    }

    private static void inline(Node n, StringBuilder sb) {
        if (n instanceof Text t) {
            sb.append(t.getLiteral());
        } else if (n instanceof Code c) {
            sb.append(c.getLiteral());
        } else if (n instanceof SoftLineBreak) {
            sb.append(' ');
        } else if (n instanceof HardLineBreak) {
            sb.append('\n');
        } else if (n instanceof HtmlInline html) {
            if (html.getLiteral().matches("(?i)<br\\s*/?>")) {
                sb.append('\n');
            }
        } else if (n instanceof Image img) {
            sb.append(inline(img));
        } else {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                inline(c, sb);
            }
        }
    }
}
