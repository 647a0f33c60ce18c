package app.dualtrack.export;

import app.dualtrack.model.Ladder;
import app.dualtrack.outcomes.GeneratedHistories;
import app.dualtrack.outcomes.OutcomeAnalyzer;
import app.dualtrack.outcomes.OutcomeRecords;
import app.dualtrack.outcomes.OutcomeReport;
import app.dualtrack.outcomes.RecordsCsv;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF's Outcomes section: findings, the three charts, and nothing about groups under three. */
class OutcomesSectionTest {

    private static OutcomeReport report(Ladder ladder, String csv) {
        OutcomeRecords records = new RecordsCsv(ladder, GeneratedHistories.TODAY).parse(csv, "r.csv");
        return OutcomeAnalyzer.analyze(ladder, records.records(), null, GeneratedHistories.TODAY);
    }

    @Test
    void theFunnelHistoryGetsAnOutcomesSectionWithItsFindingAndCharts() throws Exception {
        Ladder ladder = GeneratedHistories.ladder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LadderPdfExporter().export(ladder, ExportOptions.defaults(LocalDate.of(2026, 12, 1)),
                report(ladder, GeneratedHistories.principalFunnel()), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Outcomes", "5 of the 8 people who held IC5 Principal Engineer",
                    "Promotions per person-year, by track", "Median years at level, side by side", "Moves between tracks, and out",
                    "marks fewer than 3 people, not shown");
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).contains("Outcomes");
        }
    }

    @Test
    void withheldGroupsShowNoFigureInTheSection() {
        Ladder ladder = GeneratedHistories.ladder();
        String csv = """
                person,date,level
                y1,2020-01-01,staff
                y1,2022-01-01,principal
                y2,2020-01-01,em
                y2,2022-06-01,senior-em
                """;
        String html = new OutcomesHtml(ladder, report(ladder, csv), new SafeText(List.of())).build();
        String visible = html.replaceAll("<[^>]+>", " ").replaceAll("\\d{4}-\\d{2}-\\d{2}", "").replaceAll("\\b(IC|M|L)\\d\\b", "")
                .replace("fewer than 3", "").replaceAll("&#\\d+;", "").replace("the 3 years", "");
        // no rate, median or count is printed: only years on the axis
        assertThat(visible.replaceAll("\\b20\\d\\d\\b", "")).doesNotContainPattern("\\d");
        assertThat(html).contains("withheld");
    }
}
