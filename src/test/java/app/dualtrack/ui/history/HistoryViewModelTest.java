package app.dualtrack.ui.history;

import app.dualtrack.history.LadderRepoFixture;
import app.dualtrack.history.VersionKind;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.ui.history.HistoryViewModel.Comparison;
import app.dualtrack.ui.history.HistoryViewModel.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryViewModelTest {
    @TempDir
    static Path tmp;
    static LadderRepoFixture repo;
    final HistoryViewModel vm = new HistoryViewModel(app.dualtrack.ui.tasks.Background.sameThread(), Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC));
    final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        repo = LadderRepoFixture.create(tmp.resolve("repo"));
    }

    @AfterEach
    void dispose() {
        vm.dispose();
    }

    @Test
    void listsTheVersionsWithWhoWhenAndWhatChanged() {
        vm.load(repo.file());
        assertThat(vm.statusProperty().get()).isEqualTo("6 versions");
        assertThat(vm.rows()).extracting(r -> r.version().kind()).startsWith(VersionKind.UNCOMMITTED);
        Row renamed = vm.rows().get(2);
        assertThat(renamed.author()).isEqualTo("Carol Chen");
        assertThat(renamed.message()).isEqualTo("Rename Staff Engineer");
        assertThat(renamed.summary()).isEqualTo("1 level changed");
        assertThat(renamed.date()).startsWith("2026-04-01");
        assertThat(renamed.label()).isEqualTo(repo.commit(4).abbreviate(7).name() + " (2026-04-01)");
    }

    @Test
    void oneSelectedVersionComparesWithTheEditorAndTwoWithEachOtherOlderFirst() {
        vm.load(repo.file());
        Ladder editor = Ladder.named("In the editor");
        Comparison one = vm.compare(List.of(vm.rows().get(4)), editor, problems::add).orElseThrow();
        assertThat(one.before().level("staff")).isPresent();
        assertThat(one.after()).isSameAs(editor);
        assertThat(one.afterLabel()).isEqualTo("this ladder (as in the editor)");

        Comparison two = vm.compare(List.of(vm.rows().get(1), vm.rows().get(5)), editor, problems::add).orElseThrow();
        assertThat(two.beforeLabel()).startsWith(repo.commit(1).abbreviate(7).name());
        assertThat(two.afterLabel()).startsWith(repo.commit(5).abbreviate(7).name());

        Comparison changes = vm.changesIn(vm.rows().get(4), problems::add).orElseThrow();
        assertThat(changes.beforeLabel()).startsWith(repo.commit(1).abbreviate(7).name());
        assertThat(vm.changesIn(vm.rows().get(5), problems::add)).isEmpty();
        assertThat(problems).containsExactly("This is the first version of the ladder in git: there is nothing before it to compare with.");
    }

    @Test
    void saysWhenTheEditedBehaviourLastChanged() {
        List<String> shown = new ArrayList<>();
        vm.blame(repo.file(), "staff-engineer", BehaviourKind.PRIMARY, LadderRepoFixture.REWRITTEN, shown::add);
        vm.blame(repo.file(), "staff-engineer", BehaviourKind.PRIMARY, "A sentence typed but not saved.", shown::add);
        assertThat(shown).containsExactly(
                "Last changed 2026-02-10 by Bob Baker in " + repo.commit(2).abbreviate(7).name() + " “Sharpen the staff bar” (rewritten)",
                "Not saved yet: this wording is not in the saved file.");
    }

    @Test
    void aLadderOutsideGitOrNeverSavedSaysSoInOneSentence(@TempDir Path plain) throws Exception {
        vm.load(null);
        assertThat(vm.statusProperty().get()).isEqualTo("This ladder has not been saved yet, so it has no history in git.");
        Path file = Files.copy(repo.file(), plain.resolve("x.ladder.json"));
        vm.load(file);
        assertThat(vm.statusProperty().get()).isEqualTo(file.toAbsolutePath() + " is not inside a git repository.");
        assertThat(vm.rows()).isEmpty();
        List<String> shown = new ArrayList<>();
        vm.blame(file, "vp", BehaviourKind.PRIMARY, "x", shown::add);
        assertThat(shown).isEmpty();
    }

    @Test
    void readsTheHistoryAgainAfterACommit(@TempDir Path other) throws Exception {
        LadderRepoFixture repo = LadderRepoFixture.create(other.resolve("own"));
        vm.load(repo.file());
        assertThat(vm.rows()).hasSize(6);
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(repo.dir.toFile())) {
            git.commit().setAll(true).setMessage("Commit the staff addition").setSign(false)
                    .setAuthor("Dee Doe", "dee@example.com").setCommitter("Dee Doe", "dee@example.com").call();
        }
        vm.load(repo.file());
        assertThat(vm.rows()).hasSize(6);
        assertThat(vm.rows().get(0).message()).isEqualTo("Commit the staff addition");
        assertThat(vm.rows().get(0).version().uncommitted()).isFalse();
    }
}
