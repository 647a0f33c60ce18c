package app.dualtrack.cli;

import app.dualtrack.format.LadderFiles;
import app.dualtrack.importer.ImportFixtures;
import app.dualtrack.model.Ladder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {
    @Test
    void importsEveryFixtureShapeAndReportsWhatWentToTheNotes(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"levels-as-columns.md", "front-matter.md", "ft-style.yaml", "sheets-export.csv", "confluence.html", "pasted.txt"}) {
            Path out = dir.resolve(name + ".ladder.json");
            CliRunner r = CliRunner.run("import", ImportFixtures.fixture(name).toString(), "-o", out.toString());
            assertThat(r.exitCode()).as(name + ": " + r.err()).isZero();
            assertThat(r.out()).startsWith("Wrote " + out).contains(" levels").contains("sentences");
            Ladder l = LadderFiles.read(out);
            assertThat(l.allLevels()).as(name).isNotEmpty();
        }
        Path xlsx = dir.resolve("merged.xlsx");
        Files.write(xlsx, ImportFixtures.workbookWithMergedAreas());
        CliRunner r = CliRunner.run("import", xlsx.toString(), "-o", dir.resolve("x.ladder.json").toString(), "--sheet", "Engineering ladder");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("4 levels (4 technical), 13 behaviours in 2 areas");
    }

    @Test
    void showMappingPrintsTheGuessAndTheOptionsChangeIt(@TempDir Path dir) throws Exception {
        String md = ImportFixtures.fixture("levels-as-columns.md").toString();
        CliRunner shown = CliRunner.run("import", md, "--show-mapping", "--branch-after", "E2 Engineer", "--supporting", "Collaboration");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("branchAfter: E2 Engineer", "Collaboration:", "kind: supporting");
        Path map = dir.resolve("map.yaml");
        Files.writeString(map, "levels:\n  E4 Staff Engineer: {peer: M1 Engineering Manager}\n");
        Path out = dir.resolve("h.ladder.json");
        CliRunner r = CliRunner.run("import", md, "-o", out.toString(), "--mapping", map.toString(), "--peer", "E5=M3", "--name", "Harbour");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Ladder l = LadderFiles.read(out);
        assertThat(l.name()).isEqualTo("Harbour");
        assertThat(l.pairings()).hasSize(2);
    }

    @Test
    void refusesWithOneLineAndLeavesExistingFilesAlone(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("keep.ladder.json");
        Files.writeString(out, "precious");
        String md = ImportFixtures.fixture("front-matter.md").toString();
        CliRunner r = CliRunner.run("import", md, "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(out + ": already exists; choose another name or add --force to replace it (the old one is kept as .bak)");
        assertThat(Files.readString(out)).isEqualTo("precious");

        Path odd = dir.resolve("ladder.docx");
        Files.writeString(odd, "x");
        CliRunner unknown = CliRunner.run("import", odd.toString(), "-o", dir.resolve("n.ladder.json").toString());
        assertThat(unknown.err().strip()).isEqualTo(odd + ": cannot tell the format from the name; say which with --from markdown|csv|xlsx|yaml|html|text");
        CliRunner missing = CliRunner.run("import", dir.resolve("none.md").toString(), "-o", dir.resolve("n.ladder.json").toString());
        assertThat(missing.err().strip()).isEqualTo(dir.resolve("none.md") + ": no such file");
        assertThat(CliRunner.run("import", md, "-o", dir.resolve("n.ladder.json").toString(), "--peer", "Wizard=Level 1").err().strip())
                .isEqualTo("--peer: the sources have no level “Wizard”");
    }
}
