package app.dualtrack.importer;

import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static app.dualtrack.importer.ImportFixtures.fixture;
import static app.dualtrack.importer.ImportFixtures.importFiles;
import static app.dualtrack.importer.ImportFixtures.lostWords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImporterTest {
    private static List<String> titles(List<Level> levels) {
        return levels.stream().map(Level::title).toList();
    }

    private static List<String> texts(List<Behaviour> behaviours) {
        return behaviours.stream().map(Behaviour::text).toList();
    }

    @Test
    void markdownTablesWithALevelPerColumnMakeBothTracks() throws Exception {
        ImportResult r = importFiles(ImportOptions.DEFAULT, fixture("levels-as-columns.md"));
        Ladder l = r.ladder();
        assertThat(l.name()).isEqualTo("Harbour Engineering Levels");
        // both tracks count from 1: two scales, so the tops are aligned and E1, E2 are shared
        assertThat(l.shared()).extracting(Level::code).containsExactly("E1", "E2");
        assertThat(titles(l.technical())).containsExactly("Senior Engineer", "Staff Engineer", "Principal Engineer");
        assertThat(l.technical()).extracting(t -> l.peerOf(t.id()).orElseThrow().code()).containsExactly("M1", "M2", "M3");
        assertThat(titles(l.management())).containsExactly("Engineering Manager", "Senior Engineering Manager", "Director of Engineering");
        assertThat(l.areas()).extracting(a -> a.title()).containsExactly("Technical scope", "Delivery", "Collaboration", "People");
        Level e1 = l.shared().get(0);
        assertThat(texts(e1.primary())).contains("Fixes well-described defects in one service.", "Writes tests for the code they change.");
        assertThat(e1.primary().get(0).area()).isEqualTo("technical-scope");
        assertThat(l.notes()).contains("single place where engineers", "Last reviewed by the working group");
        assertThat(r.report().inNotes()).hasSize(2);
        assertThat(r.report().notesLine()).contains("2 paragraphs", "before the first level");
        // "track" is only in the headings that say which track a table is
        assertThat(lostWords(Files.readString(fixture("levels-as-columns.md")), l, List.of("track"))).isEmpty();
    }

    @Test
    void frontMatterNamesTheLadderAndTheTrackAndSectionsBecomeAreasOrSupporting() throws Exception {
        ImportResult r = importFiles(ImportOptions.DEFAULT, fixture("front-matter.md"));
        Ladder l = r.ladder();
        assertThat(l.name()).isEqualTo("Backend Engineering");
        assertThat(titles(l.technical())).containsExactly("Level 1", "Level 2", "Level 3");
        assertThat(l.management()).isEmpty();
        Level two = l.technical().get(1);
        assertThat(texts(two.supporting())).containsExactly("Helps a new joiner set up their machine.");
        assertThat(two.primary()).extracting(Behaviour::area).containsExactly("technical-skill", "delivery");
        assertThat(l.technical().get(0).summary()).isEqualTo("Early in their career; learns the codebase and the tools.");
        assertThat(l.technical().get(2).scope()).isEqualTo("a whole service and its on-call rotation.");
        assertThat(l.notes()).contains("Each level builds on the one below it", "from first ticket to company-wide technical direction");
        assertThat(r.report().remarks()).anyMatch(s -> s.contains("layout, sidebar"));
    }

    @Test
    void yamlDataKeepsIdsTracksPeersAndKinds() throws Exception {
        ImportResult r = importFiles(ImportOptions.DEFAULT, fixture("ft-style.yaml"));
        Ladder l = r.ladder();
        assertThat(l.shared()).extracting(Level::id).containsExactly("junior-engineer", "engineer");
        assertThat(l.technical()).extracting(Level::id).containsExactly("senior-engineer", "principal-engineer");
        assertThat(l.management()).extracting(Level::id).containsExactly("engineering-manager", "head-of-engineering");
        assertThat(l.peerOf("senior-engineer").orElseThrow().id()).isEqualTo("engineering-manager");
        assertThat(l.peerOf("principal-engineer").orElseThrow().id()).isEqualTo("head-of-engineering");
        Behaviour first = l.shared().get(0).primary().get(0);
        assertThat(first.extras().fields()).containsEntry("sourceId", "5d0c2f7e-2b8a-4b1e-9a57-0c1f3e4d5a61");
        assertThat(first.area()).isEqualTo("technical");
        assertThat(texts(l.shared().get(1).primary())).containsExactly("Adds the logging and metrics a feature needs before it ships.",
                "Added a latency histogram to the checkout call before launch.");
        assertThat(texts(l.level("senior-engineer").orElseThrow().supporting())).containsExactly("Writes the design document the team builds from.");
        assertThat(r.report().peers()).isEqualTo(2);
    }

    @Test
    void googleSheetsCsvMatrixSplitsBulletedCellsAndKeepsTheNotesColumn() throws Exception {
        ImportResult r = importFiles(ImportOptions.DEFAULT, fixture("sheets-export.csv"));
        Ladder l = r.ladder();
        assertThat(titles(l.technical())).containsExactly("Software Engineer I", "Software Engineer II", "Senior Software Engineer", "Staff Software Engineer");
        assertThat(texts(l.technical().get(0).primary())).containsExactly("Writes readable code with tests", "Uses the debugger instead of guessing",
                "Joins the on-call rotation with a buddy.", "Gives clear status in stand-up.");
        assertThat(texts(l.technical().get(2).primary())).contains("Writes the post-incident review, \"blameless\" and specific.");
        assertThat(r.report().inNotes()).singleElement().satisfies(u -> {
            assertThat(u.text()).isEqualTo("Ops expectations were rewritten this year.");
            assertThat(u.where().toString()).isEqualTo("sheets-export.csv, row 3");
            assertThat(u.reason()).contains("Notes");
        });
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "formulas with stored values: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void spreadsheetWithMergedAreasFormulasAndTwoSheetsReadsAsSeen(boolean cachedFormulas, @TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("ladder.xlsx");
        Files.write(xlsx, ImportFixtures.workbookWithMergedAreas(cachedFormulas));
        ImportResult r = importFiles(ImportOptions.DEFAULT, xlsx);
        Ladder l = r.ladder();
        assertThat(titles(l.technical())).containsExactly("Engineer", "Senior Engineer", "Staff Engineer", "Principal Engineer");
        Level engineer = l.technical().get(0);
        assertThat(engineer.primary()).extracting(Behaviour::text, Behaviour::area).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Follows the team's design patterns.", "design"),
                org.assertj.core.groups.Tuple.tuple("Asks why a design was chosen.", "design"),
                org.assertj.core.groups.Tuple.tuple("Writes unit tests.", "quality"),
                org.assertj.core.groups.Tuple.tuple("Fixes flaky tests they meet.", "quality"));
        assertThat(r.report().remarks()).anyMatch(s -> s.contains("Engineering ladder") && s.contains("Read me") && s.contains("--sheet"));

        assertThatThrownBy(() -> importFiles(new ImportOptions("auto", "Read me", null), xlsx)).hasMessageEndingWith("ladder.xlsx: no levels found; "
                + "a level is a heading, a column or a row naming one (\"Senior Engineer\", \"IC3\", \"Level 2\")");
        assertThatThrownBy(() -> importFiles(new ImportOptions("auto", "Salaries", null), xlsx))
                .hasMessage("ladder.xlsx: has no sheet “Salaries”; its sheets are Engineering ladder, Read me");
    }

    @Test
    void confluenceTableSpansAreSpreadOverTheCellsTheyCover() throws Exception {
        ImportResult r = importFiles(ImportOptions.DEFAULT, fixture("confluence.html"));
        Ladder l = r.ladder();
        assertThat(l.name()).isEqualTo("Platform Career Ladder");
        assertThat(titles(l.technical())).containsExactly("Senior Engineer", "Staff Engineer", "Principal Engineer");
        assertThat(titles(l.management())).containsExactly("Engineering Manager", "Director");
        Level em = l.management().get(0);
        Level director = l.management().get(1);
        assertThat(texts(em.primary())).contains("Makes sure the platform has an owner for every component.");
        assertThat(texts(director.primary())).contains("Makes sure the platform has an owner for every component.", "Grows managers of managers.");
        assertThat(texts(l.technical().get(0).primary())).containsExactly("Owns the deploy pipeline of one platform service.",
                "Keeps the build under ten minutes.", "Automates a manual release step.", "Reviews designs from other teams.");
        assertThat(l.technical().get(0).primary().get(1).area()).isEqualTo("systems");
        assertThat(l.notes()).contains("agreed by the platform leads", "Ask in the platform channel");
        assertThat(lostWords(ImportFixtures.htmlText(fixture("confluence.html")), l, List.of("track"))).isEmpty();
    }

    @Test
    void pastedPlainTextMakesALevelPerHeadingLine() throws Exception {
        ImportResult r = importFiles(ImportOptions.DEFAULT, fixture("pasted.txt"));
        Ladder l = r.ladder();
        assertThat(l.name()).isEqualTo("Support Engineering ladder");
        assertThat(titles(l.technical())).containsExactly("Support Engineer I", "Support Engineer II", "Senior Support Engineer");
        assertThat(texts(l.technical().get(1).primary())).containsExactly("Writes knowledge-base articles for recurring questions.",
                "Reproduces customer issues in a staging account.");
        assertThat(l.technical().get(2).summary()).isEqualTo("We revisit this list every six months.");
    }

    @Test
    void rowShapedCsvTakesTracksCodesKindsAndPeersFromColumns() throws Exception {
        String csv = """
                Track,Code,Level,Order,Peer,Area,Kind,Text
                shared,L1,Engineer,1,,Craft,primary,Ships tested changes.
                technical,L2,Senior Engineer,2,M2,Craft,primary,Designs a service.
                technical,L2,Senior Engineer,2,M2,People,supporting,Reviews designs.
                management,M2,Engineering Manager,2,,People,primary,Runs one-to-ones.
                """;
        ImportResult r = Importer.assemble(draft(csv, "rows.csv"), MappingGuesser.guess(draft(csv, "rows.csv"), "x"));
        Ladder l = r.ladder();
        assertThat(titles(l.shared())).containsExactly("Engineer");
        assertThat(l.technical().get(0).code()).isEqualTo("L2");
        assertThat(texts(l.technical().get(0).supporting())).containsExactly("Reviews designs.");
        assertThat(l.peerOf(l.technical().get(0).id()).orElseThrow().title()).isEqualTo("Engineering Manager");
    }

    @Test
    void badInputIsOneSentenceWithFileAndRow() {
        String csv = "Track,Level,Text\nsideways,Engineer,Ships.\n";
        assertThatThrownBy(() -> draft(csv, "bad.csv")).isInstanceOf(ImportException.class)
                .hasMessage("bad.csv, row 2: the track “sideways” is none of shared, technical or management");
        assertThatThrownBy(() -> draft("a,\"b\nc", "open.csv")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("open.csv").hasMessageContaining("quoted cell is never closed");
        assertThatThrownBy(() -> Importer.read(List.of(new Importer.Source("x.yaml", SourceFormat.YAML, "levels: [a\n  b: c".getBytes())), ImportOptions.DEFAULT))
                .hasMessageStartingWith("x.yaml, line ");
        assertThatThrownBy(() -> Importer.read(List.of(new Importer.Source("empty.md", SourceFormat.MARKDOWN, "Just a note.".getBytes())), ImportOptions.DEFAULT))
                .hasMessageStartingWith("empty.md: no levels found");
    }

    @Test
    void mappingFileMovesTheBranchPointRenamesAndMakesASectionSupporting() throws Exception {
        Draft draft = Importer.read(List.of(Importer.load(fixture("levels-as-columns.md"), null)), ImportOptions.DEFAULT);
        ImportMapping m = MappingGuesser.guess(draft, "x");
        MappingFile.apply("""
                name: Harbour
                branchAfter: E2 Engineer
                levels:
                  E5 Principal Engineer: {peer: M3 Director of Engineering, title: Principal}
                sections:
                  Collaboration: {kind: supporting}
                """, "map.yaml", m);
        Ladder l = Importer.assemble(draft, m).ladder();
        assertThat(l.name()).isEqualTo("Harbour");
        assertThat(l.shared()).extracting(Level::code).containsExactly("E1", "E2");
        assertThat(l.technical()).extracting(Level::code).containsExactly("E3", "E4", "E5");
        assertThat(l.technical().get(2).title()).isEqualTo("Principal");
        assertThat(l.peerOf(l.technical().get(2).id()).orElseThrow().code()).isEqualTo("M3");
        assertThat(l.technical().get(0).supporting()).extracting(Behaviour::area).containsOnly("collaboration");
        assertThat(l.technical().get(0).behaviours(BehaviourKind.SUPPORTING)).hasSize(1);
        String written = MappingFile.write(m);
        assertThat(written).contains("branchAfter: E2 Engineer").contains("kind: supporting");
        assertThatThrownBy(() -> MappingFile.apply("levels:\n  Wizard: {track: technical}\n", "map.yaml", m))
                .hasMessage("map.yaml: the mapping names the level “Wizard”, which the sources do not have");
    }

    private static Draft draft(String csv, String name) throws ImportException {
        return Importer.read(List.of(new Importer.Source(name, SourceFormat.CSV, csv.getBytes())), ImportOptions.DEFAULT);
    }

    @Test
    void everyWordOfEverySourceIsSomewhereInTheLadder() throws Exception {
        // words that are only structure: YAML keys, front matter switches, header labels
        List<String> structure = List.of("track", "layout", "framework", "sidebar", "description", "levels", "competencies", "name", "code",
                "area", "kind", "summary", "examples", "level", "shared", "technical", "management", "supporting", "peer", "communication",
                "people", "engineering", "progression", "file", "whole", "competency", "notes",
                "evidence");   // the heading "Supporting evidence" becomes the supporting list
        for (String name : new String[] {"front-matter.md", "ft-style.yaml", "sheets-export.csv", "pasted.txt"}) {
            Ladder l = importFiles(ImportOptions.DEFAULT, fixture(name)).ladder();
            String source = Files.readString(fixture(name));
            if (name.endsWith(".yaml")) {
                source = source.replaceAll("(?m)^\\s*#.*$", "");   // a YAML comment is not part of the ladder
            }
            assertThat(lostWords(source, l, structure)).as(name).isEmpty();
        }
    }
}
