package app.dualtrack.publish;

import app.dualtrack.LadderArbitraries;
import app.dualtrack.importer.Draft;
import app.dualtrack.importer.ImportOptions;
import app.dualtrack.importer.Importer;
import app.dualtrack.importer.MappingGuesser;
import app.dualtrack.importer.SourceFormat;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.LadderIndex;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export to Markdown, CSV or Excel and import the result: the same levels on the same tracks, with
 * the same codes, titles, behaviours (text, kind, area) and peers, for random ladders.
 */
class PublishRoundTripTest {
    /** What a round trip keeps: per level, its place, label, behaviours and peer, all as text. */
    record LevelView(Track track, String code, String title, List<String> primary, List<String> supporting, String peer) {
    }

    @Provide
    Arbitrary<Ladder> ladders() {
        return LadderArbitraries.ladders();
    }

    @Property(tries = 200)
    void markdown(@ForAll("ladders") Ladder ladder) throws Exception {
        Assume.that(!ladder.allLevels().isEmpty());   // the importer refuses a source without levels, as it should
        // Markdown names a peer by code and title: two levels of one track with the same title and no code cannot
        // be told apart there (a known limit, in the README), so the property covers ladders whose peers are nameable
        Assume.that(peersAreNameable(ladder));
        byte[] md = MarkdownPublisher.write(ladder).getBytes(StandardCharsets.UTF_8);
        assertSame(ladder, reimport("ladder.md", SourceFormat.MARKDOWN, md), new String(md, StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void csv(@ForAll("ladders") Ladder ladder) throws Exception {
        Assume.that(!ladder.allLevels().isEmpty());   // the importer refuses a source without levels, as it should
        byte[] csv = CsvPublisher.write(ladder, TableShape.ROWS).getBytes(StandardCharsets.UTF_8);
        assertSame(ladder, reimport("ladder.csv", SourceFormat.CSV, csv), new String(csv, StandardCharsets.UTF_8));
    }

    @org.junit.jupiter.api.Test
    void csvCellsASpreadsheetWouldRunAsFormulasAreWrittenInertAndComeBackAsTheyWere() throws Exception {
        Ladder ladder = app.dualtrack.format.LadderFiles.read(app.dualtrack.TestFiles.fixedSample());
        String staff = ladder.track(Track.TECHNICAL).get(0).id();
        Ladder risky = ladder.renameLevel(staff, "=HYPERLINK(\"http://example.invalid\",\"Staff\")")
                .toBuilder().name("+1 Engineering @ Northwind").build();
        String csv = CsvPublisher.write(risky, TableShape.ROWS);
        assertThat(csv).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(").doesNotContain("\"=HYPERLINK(");
        assertThat(csv.lines()).noneMatch(line -> java.util.Arrays.stream(line.split(",")).map(c -> c.replace("\"", ""))
                .anyMatch(c -> !c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0));
        assertSame(risky, reimport("ladder.csv", SourceFormat.CSV, csv.getBytes(StandardCharsets.UTF_8)), csv);
    }

    @Property(tries = 25)
    void xlsx(@ForAll("ladders") Ladder ladder) throws Exception {
        Assume.that(!ladder.allLevels().isEmpty());   // the importer refuses a source without levels, as it should
        byte[] xlsx = XlsxPublisher.write(ladder, TableShape.ROWS);
        assertSame(ladder, reimport("ladder.xlsx", SourceFormat.XLSX, xlsx), "(workbook)");
    }

    /** Every level that is someone's peer has a code-and-title label no other level of its track shares. */
    static boolean peersAreNameable(Ladder ladder) {
        LadderIndex index = LadderIndex.of(ladder);
        for (Track t : Track.values()) {
            List<Level> levels = ladder.track(t);
            for (Level l : levels) {
                boolean isPeer = t.isBranch() && index.peerOf(l.id()).isPresent();
                long sameLabel = levels.stream().filter(o -> java.util.Objects.equals(o.code(), l.code()) && o.title().equals(l.title())).count();
                if (isPeer && sameLabel > 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Ladder reimport(String name, SourceFormat format, byte[] bytes) throws Exception {
        Draft draft = Importer.read(List.of(new Importer.Source(name, format, bytes)), ImportOptions.DEFAULT);
        return Importer.assemble(draft, MappingGuesser.guess(draft, "x")).ladder();
    }

    private static void assertSame(Ladder original, Ladder back, String published) {
        assertThat(view(back)).as(published).isEqualTo(view(original));
    }

    static List<LevelView> view(Ladder ladder) {
        LadderIndex index = LadderIndex.of(ladder);
        List<LevelView> out = new ArrayList<>();
        for (Track t : Track.values()) {
            for (Level l : ladder.track(t)) {
                String peer = t.isBranch() ? index.peerOf(l.id()).map(p -> p.code() + "|" + p.title()).orElse(null) : null;
                out.add(new LevelView(t, l.code(), l.title(), behaviours(ladder, l, BehaviourKind.PRIMARY),
                        behaviours(ladder, l, BehaviourKind.SUPPORTING), peer));
            }
        }
        return out;
    }

    private static List<String> behaviours(Ladder ladder, Level l, BehaviourKind kind) {
        List<String> out = new ArrayList<>();
        for (Behaviour b : l.behaviours(kind)) {
            out.add(b.text() + " @ " + (b.area() == null ? "-" : ladder.area(b.area()).map(a -> a.title()).orElse("?")));
        }
        return out;
    }
}
