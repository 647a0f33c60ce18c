package app.dualtrack.kit;

import app.dualtrack.TestFiles;
import app.dualtrack.export.ExportOptions;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.model.Ladder;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KitWriterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static LocalDate day(Date d) {
        return d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFixedExampleGetsTemplatesForStaffAndPrincipalAndACalendarThatReadsBack(@TempDir Path dir) throws Exception {
        Ladder ladder = LadderFiles.read(TestFiles.fixedSample());
        KitWriter.Result result = KitWriter.write(ladder, dir, TODAY, ExportOptions.Paper.A4, false);
        assertThat(result.proposed()).isFalse();
        assertThat(names(dir)).containsExactly("scope-document-principal.md", "scope-document-principal.pdf",
                "scope-document-staff.md", "scope-document-staff.pdf",
                "technical-review-outline.md", "technical-review-outline.pdf", "visibility-calendar.ics");

        String staff = Files.readString(dir.resolve("scope-document-staff.md"));
        assertThat(staff).startsWith("# Technical scope document: IC4 Staff Engineer")
                .contains("> - " + ladder.level("staff").orElseThrow().primary().get(0).text())
                .contains("## Systems I own", "## Cross-cutting problems I am working on", "## What changed this quarter", "## What the result was");
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("scope-document-staff.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).as("one page").isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("The bar for IC4 Staff Engineer", "What the result was");
        }
        String outline = Files.readString(dir.resolve("technical-review-outline.md"));
        assertThat(outline).contains("ten minutes", "## 1. The problem I chose (2 minutes)", "## 2. Why this over other things",
                "## 3. What I built", "## 4. The evidence it was worth building", "for peers and managers");

        ICalendar ical = Biweekly.parse(dir.resolve("visibility-calendar.ics").toFile()).first();
        List<VEvent> events = ical.getEvents();
        assertThat(events).extracting(e -> e.getSummary().getValue()).containsExactly("Technical scope document",
                "Technical review presentation", "Northwind Engineering Ladder: yearly review due",
                "Warning: Northwind Engineering Ladder not reviewed for 18 months");
        // quarterly from the next quarter: scope documents on the 15th of its first month, reviews a month later
        assertThat(day(events.get(0).getDateStart().getValue())).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(day(events.get(1).getDateStart().getValue())).isEqualTo(LocalDate.of(2027, 2, 15));
        for (VEvent session : events.subList(0, 2)) {
            Recurrence r = session.getRecurrenceRule().getValue();
            assertThat(r.getFrequency()).isEqualTo(Frequency.MONTHLY);
            assertThat(r.getInterval()).isEqualTo(3);
            assertThat(session.getDateStart().getValue().hasTime()).isFalse();
        }
        // reviewed 2026-11-02, every 12 months: due 2027-11-02, warning at 18 months
        assertThat(day(events.get(2).getDateStart().getValue())).isEqualTo(LocalDate.of(2027, 11, 2));
        assertThat(events.get(2).getRecurrenceRule()).isNull();
        assertThat(events.get(2).getAlarms()).hasSize(1);
        assertThat(day(events.get(3).getDateStart().getValue())).isEqualTo(LocalDate.of(2028, 5, 2));
        assertThat(events).extracting(e -> e.getUid().getValue()).doesNotHaveDuplicates();
    }

    @Test
    void theFlawedExampleGetsAProposedKitForEveryTechnicalLevel(@TempDir Path dir) throws Exception {
        Ladder ladder = LadderFiles.read(TestFiles.flawedSample());
        KitWriter.Result result = KitWriter.write(ladder, dir, TODAY, ExportOptions.Paper.LETTER, false);
        assertThat(result.proposed()).isTrue();
        assertThat(names(dir)).contains("scope-document-staff.md", "scope-document-principal.md", "scope-document-distinguished.pdf",
                "technical-review-outline.md", "visibility-calendar.ics");
        assertThat(Files.readString(dir.resolve("scope-document-distinguished.md"))).contains("proposed: the ladder does not name this mechanism yet");
        List<VEvent> events = Biweekly.parse(dir.resolve("visibility-calendar.ics").toFile()).first().getEvents();
        assertThat(events).extracting(e -> e.getSummary().getValue()).startsWith("Quarterly scope document (proposed)",
                "Technical review presentation (proposed)");
        // reviewed 2024-02-12: due 2025-02-12, warning 2025-08-12
        assertThat(day(events.get(2).getDateStart().getValue())).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(day(events.get(3).getDateStart().getValue())).isEqualTo(LocalDate.of(2025, 8, 12));
    }

    @Test
    void aFolderWithTheKitAlreadyInItIsLeftAlone(@TempDir Path dir) throws Exception {
        Ladder ladder = LadderFiles.read(TestFiles.fixedSample());
        Path filledIn = Files.writeString(dir.resolve("scope-document-staff.md"), "my filled-in quarter");
        assertThatThrownBy(() -> KitWriter.write(ladder, dir, TODAY, ExportOptions.Paper.A4, false))
                .isInstanceOf(KitWriter.KitException.class)
                .hasMessageStartingWith(filledIn + " already exists").hasMessageContaining("nothing was written");
        assertThat(Files.readString(filledIn)).isEqualTo("my filled-in quarter");
        assertThat(names(dir)).containsExactly("scope-document-staff.md");
    }

    @Test
    void aMechanismStartingHigherCoversOnlyTheLevelsFromThere() throws Exception {
        Ladder ladder = LadderFiles.read(TestFiles.flawedSample());
        Ladder withMechanism = ladder.toBuilder().visibility(List.of(new app.dualtrack.model.Mechanism(
                app.dualtrack.model.MechanismKind.SCOPE_DOCUMENT, "Half-yearly scope note", app.dualtrack.model.Cadence.HALF_YEARLY,
                "principal", true, null))).build();
        KitPlan plan = KitPlan.of(withMechanism);
        assertThat(plan.parts(app.dualtrack.model.MechanismKind.SCOPE_DOCUMENT)).singleElement()
                .satisfies(p -> assertThat(p.levels()).extracting(l -> l.id()).containsExactly("principal", "distinguished"));
        ICalendar ical = KitCalendar.of(plan, TODAY);
        Recurrence r = ical.getEvents().get(0).getRecurrenceRule().getValue();
        assertThat(r.getInterval()).isEqualTo(6);
        assertThat(day(ical.getEvents().get(0).getDateStart().getValue())).isEqualTo(LocalDate.of(2027, 1, 15));
    }
}
