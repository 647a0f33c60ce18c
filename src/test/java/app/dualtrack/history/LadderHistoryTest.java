package app.dualtrack.history;

import app.dualtrack.compare.BehaviourChange;
import app.dualtrack.model.BehaviourKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LadderHistoryTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    static Path tmp;
    static LadderRepoFixture repo;

    @BeforeAll
    static void build() throws Exception {
        repo = LadderRepoFixture.create(tmp.resolve("repo"));
    }

    @Test
    void listsUncommittedChangesThenEveryCommitThatChangedTheFileFollowingItsRename() throws Exception {
        try (LadderHistory h = LadderHistory.of(repo.file())) {
            List<LadderVersion> v = h.versions();
            assertThat(v).extracting(LadderVersion::kind).containsExactly(VersionKind.UNCOMMITTED, VersionKind.MODIFIED,
                    VersionKind.MODIFIED, VersionKind.RENAMED, VersionKind.MODIFIED, VersionKind.ADDED);
            assertThat(v.subList(1, 6)).extracting(LadderVersion::commit)
                    .containsExactly(repo.commit(5).name(), repo.commit(4).name(), repo.commit(3).name(), repo.commit(2).name(), repo.commit(1).name());
            assertThat(v.get(3).path()).isEqualTo(LadderRepoFixture.PATH);
            assertThat(v.get(3).oldPath()).isEqualTo(LadderRepoFixture.OLD_PATH);
            assertThat(v.get(4).path()).isEqualTo(LadderRepoFixture.OLD_PATH);
            assertThat(v.get(2).author()).isEqualTo("Carol Chen");
            assertThat(v.get(2).message()).isEqualTo("Rename Staff Engineer");
            assertThat(v.get(2).when().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(h.shallow()).isFalse();
        }
    }

    @Test
    void summarisesWhatEachVersionChangedInOneLine() throws Exception {
        try (LadderHistory h = LadderHistory.of(repo.file())) {
            List<String> s = h.changes(TODAY).stream().map(VersionChange::summary).toList();
            assertThat(s.get(0)).isEqualTo("1 level changed");
            assertThat(s.get(1)).isEqualTo("1 level changed");
            assertThat(s.get(2)).isEqualTo("1 level changed");
            assertThat(s.get(3)).isEqualTo("file renamed; no change to the ladder");
            assertThat(s.get(4)).startsWith("1 level changed");
            assertThat(s.get(5)).startsWith("first version · 9 levels · ");
            VersionChange renamed = h.change(h.versions().get(2), TODAY);
            assertThat(renamed.comparison().changedLevels().get(0).renamedFrom()).isEqualTo("staff");
        }
    }

    @Test
    void blameFollowsABehaviourThroughTheLevelRenameTheReorderAndTheFileRename() throws Exception {
        try (LadderHistory h = LadderHistory.of(repo.file())) {
            BehaviourBlame rewritten = h.blame("staff-engineer", BehaviourKind.PRIMARY, LadderRepoFixture.REWRITTEN).orElseThrow();
            assertThat(rewritten.version().commit()).isEqualTo(repo.commit(2).name());
            assertThat(rewritten.how()).isEqualTo(BehaviourChange.Kind.REWRITTEN);
            assertThat(rewritten.before()).isEqualTo("Makes architectural decisions for those systems without escalating.");
            assertThat(rewritten.describe()).isEqualTo("Last changed 2026-02-10 by Bob Baker in " + repo.commit(2).abbreviate(7).name()
                    + " “Sharpen the staff bar” (rewritten)");

            BehaviourBlame original = h.blame("staff-engineer", BehaviourKind.PRIMARY, LadderRepoFixture.ORIGINAL).orElseThrow();
            assertThat(original.version().commit()).isEqualTo(repo.commit(1).name());
            assertThat(original.how()).isEqualTo(BehaviourChange.Kind.ADDED);

            BehaviourBlame vp = h.blame("vp", BehaviourKind.SUPPORTING, LadderRepoFixture.VP_ADDED).orElseThrow();
            assertThat(vp.version().commit()).isEqualTo(repo.commit(5).name());

            BehaviourBlame uncommitted = h.blame("staff-engineer", BehaviourKind.SUPPORTING, LadderRepoFixture.UNCOMMITTED).orElseThrow();
            assertThat(uncommitted.version().uncommitted()).isTrue();
            assertThat(uncommitted.describe()).isEqualTo("Changed in the uncommitted working copy (added)");

            assertThat(h.blame("staff-engineer", BehaviourKind.PRIMARY, "Not a behaviour of this level.")).isEmpty();
            assertThat(h.blame("no-such-level", BehaviourKind.PRIMARY, LadderRepoFixture.ORIGINAL)).isEmpty();
        }
    }

    @Test
    void aCleanWorkingCopyHasNoUncommittedEntry(@TempDir Path other) throws Exception {
        LadderRepoFixture clean = LadderRepoFixture.create(other.resolve("clean"));
        clean.discardWorkingChanges();
        try (LadderHistory h = LadderHistory.of(clean.file())) {
            assertThat(h.versions()).hasSize(5);
            assertThat(h.versions().get(0).commit()).isEqualTo(clean.commit(5).name());
        }
    }

    @Test
    void revisionPathsReadVersionsFromTheRepository() throws Exception {
        Path wf = repo.dir.resolve("eng");
        assertThat(RevisionPath.parse("HEAD~3:ladder.ladder.json", wf)).contains(new RevisionPath("HEAD~3", "ladder.ladder.json"));
        assertThat(RevisionPath.parse("northwind.ladder.json", wf)).isEmpty();
        assertThat(RevisionPath.parse("C:\\ladders\\a.ladder.json", wf)).isEmpty();
        assertThat(new RevisionPath("HEAD~4", LadderRepoFixture.OLD_PATH).read(wf).level("staff")).isPresent();
        assertThat(new RevisionPath("HEAD", "./northwind.ladder.json").read(wf).level("vp").orElseThrow().supporting()).hasSize(1);
        assertThat(new RevisionPath(repo.commit(2).abbreviate(8).name(), LadderRepoFixture.OLD_PATH).read(repo.dir).level("staff")).isPresent();
    }

    @Test
    void badRequestsAreOneSentence(@TempDir Path notARepo) throws Exception {
        assertThatThrownBy(() -> LadderHistory.of(notARepo.resolve("x.ladder.json")))
                .isInstanceOf(HistoryException.class).hasMessageEndingWith("is not inside a git repository.");
        assertThatThrownBy(() -> new RevisionPath("v2019", LadderRepoFixture.PATH).read(repo.dir))
                .hasMessage("The revision \"v2019\" is not known in the git repository at " + repo.dir.toRealPath() + ".");
        assertThatThrownBy(() -> new RevisionPath("HEAD", LadderRepoFixture.OLD_PATH).read(repo.dir))
                .hasMessageStartingWith(LadderRepoFixture.OLD_PATH + " is not in revision HEAD (commit ");
        assertThatThrownBy(() -> new RevisionPath("HEAD~99", LadderRepoFixture.PATH).read(repo.dir))
                .hasMessageContaining("\"HEAD~99\" is not known");
        assertThatThrownBy(() -> LadderHistory.of(repo.dir.resolve("eng/missing.ladder.json")))
                .hasMessageContaining("is neither in the working folder nor in any commit");
    }

    @Test
    void aShallowCloneSaysSoWhenARevisionIsMissing(@TempDir Path other) throws Exception {
        LadderRepoFixture shallow = LadderRepoFixture.create(other.resolve("shallow"));
        // What "git clone --depth 2" leaves: the boundary commits listed in .git/shallow, their parents absent.
        Files.writeString(shallow.dir.resolve(".git/shallow"), shallow.commit(4).name() + "\n");
        try (LadderHistory h = LadderHistory.of(shallow.file())) {
            assertThat(h.shallow()).isTrue();
            assertThat(h.versions()).hasSize(3);
            assertThat(h.change(h.versions().get(2), TODAY).summary()).isEqualTo("oldest version in this shallow clone");
            BehaviourBlame old = h.blame("staff-engineer", BehaviourKind.PRIMARY, LadderRepoFixture.ORIGINAL).orElseThrow();
            assertThat(old.beforeHistory()).isTrue();
            assertThat(old.describe()).startsWith("Unchanged since 2026-04-01 by Carol Chen in ");
        }
        assertThatThrownBy(() -> new RevisionPath("does-not-exist", LadderRepoFixture.PATH).read(shallow.dir))
                .hasMessageContaining("is not in this shallow clone").hasMessageContaining("git fetch --unshallow");
    }
}
