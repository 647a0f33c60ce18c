package app.dualtrack.cli;

import app.dualtrack.history.LadderRepoFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** log, diff with REV:PATH and --format markdown, git-diff with git's arguments, git-setup: in-process on a real repository. */
class GitCommandsTest {
    @TempDir
    static Path tmp;
    static LadderRepoFixture repo;

    @BeforeAll
    static void build() throws Exception {
        repo = LadderRepoFixture.create(tmp.resolve("repo"));
    }

    private static String id(int n) {
        return repo.commit(n).abbreviate(7).name();
    }

    @Test
    void logPrintsOneEntryPerVersionWithItsSummary() {
        CliRunner r = CliRunner.run("log", repo.file().toString(), "--today", "2026-06-01");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("History of eng/northwind.ladder.json: 6 versions\n");
        assertThat(r.out()).contains("working copy  ");
        assertThat(r.out()).contains(id(4) + "  2026-04-01  Carol Chen  Rename Staff Engineer\n    1 level changed\n");
        assertThat(r.out()).contains(id(3) + "  2026-03-01  Alice Archer  Move the ladder to eng/\n    renamed from ladder.ladder.json\n");
        assertThat(r.out()).contains(id(1) + "  2026-01-05  Alice Archer  First edition\n    first version · 9 levels · ");
        assertThat(r.out().indexOf(id(5))).isLessThan(r.out().indexOf(id(4)));
    }

    @Test
    void logAsMarkdownReadsAsReleaseNotes() {
        CliRunner r = CliRunner.run("log", repo.file().toString(), "--format", "markdown", "--today", "2026-06-01");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("# Northwind Engineering Ladder: changelog\n");
        assertThat(r.out()).contains("## 2026-04-01 · Rename Staff Engineer\n\n*" + id(4) + " by Carol Chen*\n\n**1 level changed**\n");
        assertThat(r.out()).contains("- **IC4 Staff Software Engineer**: id renamed from staff, title\n");
        assertThat(r.out()).contains("- **IC4 Staff Engineer**: 1 behaviour rewritten\n");
    }

    @Test
    void logAsJsonHasCommitsAndComparisons() throws Exception {
        CliRunner r = CliRunner.run("log", repo.file().toString(), "--format", "json", "--today", "2026-06-01");
        assertThat(r.exitCode()).isZero();
        JsonNode entries = new ObjectMapper().readTree(r.out());
        assertThat(entries).hasSize(6);
        assertThat(entries.get(0).get("kind").asText()).isEqualTo("uncommitted");
        assertThat(entries.get(0).get("commit").isNull()).isTrue();
        assertThat(entries.get(3).get("kind").asText()).isEqualTo("renamed");
        assertThat(entries.get(3).get("renamedFrom").asText()).isEqualTo("ladder.ladder.json");
        assertThat(entries.get(4).get("commit").asText()).isEqualTo(repo.commit(2).name());
        assertThat(entries.get(4).get("changes").get("changedLevels").get(0).get("id").asText()).isEqualTo("staff");
        assertThat(entries.get(5).get("changes").isNull()).isTrue();
    }

    @Test
    void diffComparesRevisionsInTheRepositoryOfTheWorkingFolder() {
        CliRunner r = CliRunner.run("diff", "-C", repo.dir.toString(), "HEAD~4:ladder.ladder.json", "HEAD:eng/northwind.ladder.json", "--today", "2026-06-01");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).startsWith("Comparing HEAD~4:ladder.ladder.json → HEAD:eng/northwind.ladder.json\n");
        assertThat(r.out()).contains("IC4 Staff Software Engineer  (was IC4 Staff Engineer)");
        CliRunner same = CliRunner.run("diff", "-C", repo.dir.resolve("eng").toString(), "HEAD~3:ladder.ladder.json", "HEAD~2:./northwind.ladder.json");
        assertThat(same.exitCode()).as(same.err()).isZero();
    }

    @Test
    void diffAsMarkdownIsAPullRequestComment() {
        CliRunner r = CliRunner.run("diff", "-C", repo.dir.toString(), "--format", "markdown", "HEAD~3:ladder.ladder.json", "eng/northwind.ladder.json",
                "--today", "2026-06-01");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).startsWith("### Ladder changes: Northwind Engineering Ladder\n\nHEAD\\~3:ladder.ladder.json → eng/northwind.ladder.json\n\n**2 levels changed**\n");
        assertThat(r.out()).contains("#### IC4 Staff Software Engineer\n\n- Id renamed from staff\n- Title: Staff **Software** Engineer\n");
        assertThat(r.out()).as("a level's id renamed is not a change to the mechanisms that apply from it").doesNotContain("Visibility mechanisms");
        assertThat(r.out()).contains("- Supporting, added: **" + LadderRepoFixture.UNCOMMITTED + "**\n");
        assertThat(r.out()).contains("- Supporting, added: **" + LadderRepoFixture.VP_ADDED + "**\n");
        assertThat(r.out().length()).isLessThan(60_000);
    }

    @Test
    void badGitInputIsOneSentenceAndExitTwo(@TempDir Path notARepo) throws Exception {
        Files.writeString(notARepo.resolve("a.ladder.json"), "{}");
        CliRunner outside = CliRunner.run("diff", "-C", notARepo.toString(), "HEAD:a.ladder.json", "a.ladder.json");
        assertThat(outside.exitCode()).isEqualTo(2);
        assertThat(outside.err().strip()).isEqualTo(notARepo.toAbsolutePath() + " is not inside a git repository.");

        CliRunner unknown = CliRunner.run("diff", "-C", repo.dir.toString(), "v2019:eng/northwind.ladder.json", "eng/northwind.ladder.json");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().strip()).startsWith("The revision \"v2019\" is not known in the git repository at ").doesNotContain("\n");

        CliRunner missing = CliRunner.run("diff", "-C", repo.dir.toString(), "HEAD~4:eng/northwind.ladder.json", "eng/northwind.ladder.json");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).startsWith("eng/northwind.ladder.json is not in revision HEAD~4 (commit " + id(1) + ")").doesNotContain("\n");

        CliRunner log = CliRunner.run("log", notARepo.resolve("a.ladder.json").toString());
        assertThat(log.exitCode()).isEqualTo(2);
        assertThat(log.err()).endsWith("is not inside a git repository.\n").doesNotContain("Exception");
    }

    @Test
    void logRefusesAShallowClone(@TempDir Path other) throws Exception {
        LadderRepoFixture shallow = LadderRepoFixture.create(other.resolve("shallow"));
        Files.writeString(shallow.dir.resolve(".git/shallow"), shallow.commit(4).name() + "\n");
        CliRunner r = CliRunner.run("log", shallow.file().toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).endsWith("the repository is a shallow clone, so the changelog would miss older commits;"
                + " fetch the full history first (git fetch --unshallow, or fetch-depth: 0 in CI).");
    }

    @Test
    void gitDiffTakesGitsSevenArgumentsIncludingDevNullForAddedAndDeletedFiles(@TempDir Path t) throws Exception {
        Path old = t.resolve("old.json");
        Path now = t.resolve("new.json");
        try (Git git = Git.open(repo.dir.toFile())) {
            Files.write(old, git.getRepository().open(git.getRepository().resolve("HEAD~1:eng/northwind.ladder.json")).getBytes());
        }
        Files.copy(repo.file(), now);
        String zero = "0".repeat(40);
        CliRunner changed = CliRunner.run("git-diff", "eng/northwind.ladder.json", old.toString(), "a".repeat(40), "100644", now.toString(), zero, "100644");
        assertThat(changed.exitCode()).isZero();
        assertThat(changed.out()).startsWith("ladder diff a/eng/northwind.ladder.json b/eng/northwind.ladder.json\n");
        assertThat(changed.out()).contains("  + supporting: " + LadderRepoFixture.VP_ADDED);

        CliRunner added = CliRunner.run("git-diff", "eng/northwind.ladder.json", "/dev/null", zero, ".", now.toString(), zero, "100644");
        assertThat(added.exitCode()).isZero();
        assertThat(added.out()).contains("new ladder: Northwind Engineering Ladder, 9 levels (3 shared, 2 technical, 4 management), ");

        CliRunner deleted = CliRunner.run("git-diff", "eng/northwind.ladder.json", old.toString(), "a".repeat(40), "100644", "/dev/null", zero, ".");
        assertThat(deleted.exitCode()).isZero();
        assertThat(deleted.out()).contains("deleted ladder: Northwind Engineering Ladder, 9 levels");

        CliRunner renamed = CliRunner.run("git-diff", "ladder.ladder.json", old.toString(), "a".repeat(40), "100644", now.toString(), zero, "100644",
                "eng/northwind.ladder.json", "similarity index 97%\nrename from ladder.ladder.json\nrename to eng/northwind.ladder.json\n");
        assertThat(renamed.out()).startsWith("ladder diff a/ladder.ladder.json b/eng/northwind.ladder.json\nrenamed from ladder.ladder.json to eng/northwind.ladder.json\n");

        Path broken = t.resolve("broken.json");
        Files.writeString(broken, Files.readString(now).replace("\"Staff Software Engineer\"", "\"Staff Software Engineer"));
        CliRunner halfEdited = CliRunner.run("git-diff", "eng/northwind.ladder.json", now.toString(), zero, "100644", broken.toString(), zero, "100644");
        assertThat(halfEdited.exitCode()).as("git stops at a failing external diff").isZero();
        assertThat(halfEdited.out()).contains("b/eng/northwind.ladder.json:").contains("; showing the lines instead.\n");
        assertThat(halfEdited.out()).contains("-      \"title\": \"Staff Software Engineer\",").contains("+      \"title\": \"Staff Software Engineer,");

        CliRunner wrong = CliRunner.run("git-diff", "only", "three", "args");
        assertThat(wrong.exitCode()).isEqualTo(2);
    }

    @Test
    void gitSetupWritesTheAttributeAndTheDriverOnceAndSaysWhatItDid(@TempDir Path other) throws Exception {
        LadderRepoFixture r = LadderRepoFixture.create(other.resolve("setup"));
        Files.writeString(r.dir.resolve(".gitattributes"), "*.png binary");
        CliRunner dry = CliRunner.run("git-setup", "-C", r.dir.resolve("eng").toString(), "--dry-run");
        assertThat(dry.out()).contains("Would add \"*.ladder.json diff=ladder\"");
        assertThat(Files.readString(r.dir.resolve(".gitattributes"))).isEqualTo("*.png binary");

        CliRunner first = CliRunner.run("git-setup", "-C", r.dir.resolve("eng").toString());
        assertThat(first.exitCode()).isZero();
        assertThat(Files.readString(r.dir.resolve(".gitattributes"))).isEqualTo("*.png binary\n*.ladder.json diff=ladder\n");
        assertThat(first.out()).contains("Set diff.ladder.command to \"dualtrack git-diff\"");
        try (Git git = Git.open(r.dir.toFile())) {
            assertThat(git.getRepository().getConfig().getString("diff", "ladder", "command")).isEqualTo("dualtrack git-diff");
        }
        CliRunner again = CliRunner.run("git-setup", "-C", r.dir.toString());
        assertThat(again.out()).contains("already routes").contains("is already \"dualtrack git-diff\"");
        assertThat(Files.readString(r.dir.resolve(".gitattributes"))).isEqualTo("*.png binary\n*.ladder.json diff=ladder\n");
        assertThat(Files.exists(r.dir.resolve(".gitattributes.bak"))).isFalse();
    }
}
