package app.dualtrack.publish;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.Ladder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PublishTest {
    @Test
    void markdownOfTheDualTrackExampleReadsAsADocument() throws Exception {
        Ladder ladder = LadderFiles.read(TestFiles.fixedSample());
        String md = MarkdownPublisher.write(ladder);
        assertThat(md).startsWith("# " + MarkdownPublisher.inline(ladder.name()) + "\n");
        assertThat(md).contains("## Technical track", "## Management track", "#### Primary behaviours", "Peer: ");
        ladder.allLevels().forEach(l -> assertThat(md).contains("### " + MarkdownPublisher.inline(Labels.level(l))));
    }

    @Test
    void markdownEscapesWhatWouldBecomeMarkup() {
        assertThat(MarkdownPublisher.inline("<b>bold</b> & *stars* | pipe")).isEqualTo("\\<b\\>bold\\</b\\> \\& \\*stars\\* \\| pipe");
        assertThat(MarkdownPublisher.inline("- not a list")).isEqualTo("\\- not a list");
        assertThat(MarkdownPublisher.inline("1. not a list")).isEqualTo("1\\. not a list");
        assertThat(MarkdownPublisher.inline("two\nlines")).isEqualTo("two<br>lines");
    }

    @Test
    void htmlPageIsOneAccessibleDocument() throws Exception {
        for (var file : new java.nio.file.Path[] {TestFiles.fixedSample(), TestFiles.flawedSample()}) {
            Ladder ladder = LadderFiles.read(file);
            String html = HtmlPublisher.write(ladder);
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("html").attr("lang")).isEqualTo("en");
            assertThat(doc.select("meta[name=viewport]")).hasSize(1);
            assertThat(doc.select("h1")).hasSize(1);
            assertThat(doc.select("script, link[rel=stylesheet], img, iframe")).as("self-contained, no scripts").isEmpty();
            assertThat(doc.select("main#main")).hasSize(1);
            assertThat(doc.select("a.skip").attr("href")).isEqualTo("#main");
            // headings never skip a level
            int previous = 1;
            for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                assertThat(level).as(h.text()).isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
            // every table has a caption and header cells with scope; scrollable regions are labelled and focusable
            for (Element t : doc.select("table")) {
                assertThat(t.select("caption")).isNotEmpty();
                assertThat(t.select("th")).allMatch(th -> th.hasAttr("scope"));
            }
            for (Element r : doc.select("[role=region]")) {
                assertThat(doc.getElementById(r.attr("aria-labelledby"))).isNotNull();
                assertThat(r.attr("tabindex")).isEqualTo("0");
            }
            // ids are unique and every in-page link lands somewhere
            Set<String> ids = new HashSet<>();
            doc.select("[id]").forEach(e -> assertThat(ids.add(e.id())).as("duplicate id " + e.id()).isTrue());
            doc.select("a[href^=#]").forEach(a -> assertThat(ids).contains(a.attr("href").substring(1)));
            ladder.allLevels().forEach(l -> assertThat(doc.getElementById("level-" + l.id())).isNotNull());
            assertThat(html).contains("@media print", "prefers-color-scheme: dark", "max-width: 40rem");
        }
    }

    @Test
    void htmlEscapesUserText() {
        Ladder ladder = new Ladder.Builder("<script>alert(1)</script>")
                .technical(new app.dualtrack.model.Level.Builder("a", "Eng & \"Co\"").primary("<img src=x onerror=alert(1)>").build()).build();
        Document doc = Jsoup.parse(HtmlPublisher.write(ladder));
        assertThat(doc.select("script, img")).isEmpty();
        assertThat(doc.select("h1").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(doc.select("article li").text()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void matrixTableHasABandRowOfTracksAndSupportingRowsApart() throws Exception {
        Ladder ladder = LadderFiles.read(TestFiles.fixedSample());
        LadderTable t = LadderTable.of(ladder, TableShape.MATRIX);
        assertThat(t.rows().get(1).get(0)).isEqualTo("Area");
        assertThat(t.bands()).contains("Technical track", "Management track");
        assertThat(t.rows().get(1)).hasSize(ladder.allLevels().size() + 1);
    }
}
