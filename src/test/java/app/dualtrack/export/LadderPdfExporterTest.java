package app.dualtrack.export;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Exports the samples and reads the PDFs back with PDFBox. */
class LadderPdfExporterTest {
    private static final ExportOptions OPTIONS = ExportOptions.defaults(LocalDate.of(2026, 11, 23));

    private static byte[] export(Ladder ladder, ExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LadderPdfExporter().export(ladder, options, out);
        return out.toByteArray();
    }

    /** Text with line breaks and hyphenation undone, so a sentence can be found whole. */
    private static String text(PDDocument doc) throws Exception {
        return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }

    private static List<String> outlineTitles(PDDocument doc) {
        List<String> titles = new ArrayList<>();
        collect(doc.getDocumentCatalog().getDocumentOutline().getFirstChild(), titles);
        return titles;
    }

    private static void collect(PDOutlineItem item, List<String> titles) {
        for (PDOutlineItem i = item; i != null; i = i.getNextSibling()) {
            titles.add(i.getTitle());
            collect(i.getFirstChild(), titles);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"single-track-in-disguise.ladder.json", "dual-track.ladder.json"})
    void theSampleExportsWithEveryTitleAndSentenceAnOutlineEntryPerLevelAndEmbeddedFonts(String name) throws Exception {
        Ladder ladder = LadderFiles.read(TestFiles.example(name));
        try (PDDocument doc = Loader.loadPDF(export(ladder, OPTIONS.withAudit(true)))) {
            String text = text(doc);
            for (Level l : ladder.allLevels()) {
                assertThat(text).contains(l.title());
                for (Behaviour b : l.primary()) {
                    assertThat(text).contains(b.text());
                }
                for (Behaviour b : l.supporting()) {
                    assertThat(text).contains(b.text());
                }
            }
            List<String> outline = outlineTitles(doc);
            for (Level l : ladder.allLevels()) {
                assertThat(outline).anyMatch(t -> t.endsWith(l.title()));
            }
            assertThat(outline).contains("How to read this ladder", "The ladder at a glance", "Peer levels", "Appendix: design audit");
            assertThat(doc.getNumberOfPages()).isBetween(6, 30);
            for (PDPage page : doc.getPages()) {
                for (var fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(ladder.name());
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Northwind");
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < 3; i++) {
                assertThat(inkRatio(renderer.renderImage(i, 0.4f))).as("page %d has ink", i + 1).isGreaterThan(0.005);
            }
        }
    }

    private static double inkRatio(BufferedImage img) {
        long dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (lum < 200) dark++;
            }
        }
        return dark / (double) (img.getWidth() * img.getHeight());
    }

    @Test
    void payBandsAreLeftOutUnlessAskedFor() throws Exception {
        Ladder ladder = new Ladder.Builder("Banded").technical(new Level.Builder("staff", "Staff Engineer").primary("Owns the storage engine.")
                .band(new app.dualtrack.model.Band(new java.math.BigDecimal("98765"), new java.math.BigDecimal("123456"), "EUR")).build()).build();
        try (PDDocument without = Loader.loadPDF(export(ladder, OPTIONS)); PDDocument with = Loader.loadPDF(export(ladder, OPTIONS.withBands(true)))) {
            assertThat(text(without)).doesNotContain("98,765");
            assertThat(text(with)).contains("98,765 – 123,456 EUR");
        }
    }

    @Test
    void letterPaperIsLetterSized() throws Exception {
        Ladder ladder = LadderFiles.read(TestFiles.fixedSample());
        try (PDDocument doc = Loader.loadPDF(export(ladder, OPTIONS.withPaper(ExportOptions.Paper.LETTER)))) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void anyTextExportsAndLatinGreekAndCyrillicReadBackExactly() throws Exception {
        String french = "Conçoit l'architecture des systèmes à haute disponibilité, même sous forte charge.";
        String polish = "Projektuje żółte łącza między usługami.";
        String greek = "Σχεδιάζει την αρχιτεκτονική του συστήματος.";
        String russian = "Проектирует архитектуру платёжной системы.";
        String chinese = "负责多个团队使用的系统的设计。";
        String arabic = "يصمم بنية النظام.";
        String emoji = "Ships the launch 🚀 on time.";
        Ladder ladder = new Ladder.Builder("Ünïcödé — Лестница").organisation("Zürich & Co <test>")
                .technical(new Level.Builder("staff", "Staff Ingénieur").primary(french, polish, greek, russian, chinese, arabic, emoji).build())
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = new LadderPdfExporter().export(ladder, OPTIONS, out);
        assertThat(result.missingCharacters()).contains("🚀");
        assertThat(result.missingCharactersMessage()).contains("🚀");
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = text(doc);
            assertThat(text).contains(french, polish, greek, russian, "Ünïcödé — Лестница", "Zürich & Co <test>");
            assertThat(text).contains("Ships the launch \u25A1 on time.");
            boolean cjkFont = FontLibrary.fallbacks().stream().anyMatch(f -> {
                try {
                    return FontLibrary.has(f.font(), '负');
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            assumeTrue(cjkFont, "no CJK font on this machine (on Debian: apt-get install fonts-wqy-microhei)");
            assertThat(result.missingCharacters()).doesNotContain("负");
            assertThat(text).contains(chinese);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"single-track-in-disguise.ladder.json", "dual-track.ladder.json"})
    void textExtractsAsPlainLettersWithoutLigatureCharactersAndTheDocumentIsTaggedInEnglish(String name) throws Exception {
        Ladder ladder = LadderFiles.read(TestFiles.example(name));
        try (PDDocument doc = Loader.loadPDF(export(ladder, OPTIONS.withAudit(true).withChanges(true)))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text.codePoints().filter(cp -> cp >= 0xFB00 && cp <= 0xFB06).count()).as("ligature characters").isZero();
            assertThat(text).contains("Staff", "ff");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).startsWith("en");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    /** The lines of each page, without the running head and the footer. */
    private static List<List<String>> pageLines(PDDocument doc) throws Exception {
        List<List<String>> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            List<String> lines = new ArrayList<>();
            for (String line : stripper.getText(doc).split("\\R")) {
                String l = line.strip().replaceAll("\\s+", " ");
                if (!l.isEmpty() && !l.equals("Made with Dualtrack") && !l.matches("\\d+ / \\d+") && !l.endsWith("(continued)")
                        && !l.equals(doc.getDocumentInformation().getTitle())) {
                    lines.add(l);
                }
            }
            pages.add(lines);
        }
        return pages;
    }

    @Test
    void aLongTechnicalOnlyLadderWithAreasNeverEndsAPageOnAHeadingAndNamesContinuedLevelsInTheHead() throws Exception {
        Ladder ladder = LadderFiles.read(Path.of("src/test/resources/app/dualtrack/export/long-behaviours.ladder.json"));
        try (PDDocument doc = Loader.loadPDF(export(ladder, OPTIONS.withAudit(true).withChanges(true)))) {
            List<String> headings = new ArrayList<>(List.of("THE BAR: PRIMARY BEHAVIOURS", "SUPPORTING EVIDENCE"));
            ladder.allLevels().forEach(l -> headings.add(l.code() + " " + l.title()));
            ladder.areas().forEach(a -> headings.add(a.title()));
            List<List<String>> pages = pageLines(doc);
            for (int p = 0; p < pages.size() - 1; p++) {
                List<String> lines = pages.get(p);
                String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
                assertThat(headings).as("page %d ends with a heading", p + 1).doesNotContain(last);
                assertThat(last).as("page %d", p + 1).doesNotStartWith("WHAT CHANGES FROM");
            }
            String text = text(doc);
            assertThat(text).doesNotContain("management track (", "no level at this height", "Peer levels", "(0 levels)")
                    .contains("It describes technical careers only")
                    .contains("IC3 Staff Engineer (continued)", "Systems and architecture", "Working with others");
            for (Level l : ladder.allLevels()) {
                for (Behaviour b : l.primary()) {
                    assertThat(text).contains(b.text());
                }
            }
        }
    }

    @Test
    void aFiveLevelLadderFitsInSixPagesWithItsFrontMatterOnTwo() throws Exception {
        Ladder fixed = LadderFiles.read(TestFiles.fixedSample());
        Ladder five = fixed.toBuilder().management(List.of()).visibility(List.of()).suppressions(List.of()).build();
        five = five.updateLevel("staff", l -> l.toBuilder().peer(null).build()).updateLevel("principal", l -> l.toBuilder().peer(null).build());
        assertThat(five.allLevels()).hasSize(5);
        try (PDDocument doc = Loader.loadPDF(export(five, OPTIONS))) {
            assertThat(doc.getNumberOfPages()).isLessThanOrEqualTo(6);
            List<List<String>> pages = pageLines(doc);
            assertThat(String.join(" ", pages.get(2)).replaceAll("\\s+", " ")).contains("Shared levels", "L1 Engineer I");
            assertThat(text(doc)).contains("It describes technical careers only").doesNotContain("management track");
        }
    }
}
