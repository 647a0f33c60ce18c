package app.dualtrack.history;

import app.dualtrack.TestFiles;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderWriter;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A real git repository, built with JGit in a temporary folder, holding the story of one ladder:
 * <ol>
 *   <li>"First edition" (Alice): ladder.ladder.json, the dual-track example;</li>
 *   <li>"Sharpen the staff bar" (Bob): one primary behaviour of Staff Engineer rewritten;</li>
 *   <li>"Move the ladder to eng/" (Alice): the file renamed to eng/northwind.ladder.json, content unchanged;</li>
 *   <li>"Rename Staff Engineer" (Carol): the level's id (staff → staff-engineer) and title renamed and its
 *       primary behaviours put in reverse order;</li>
 *   <li>"Give the VP a supporting behaviour" (Bob);</li>
 * </ol>
 * and, uncommitted in the working copy, a new supporting behaviour for Staff Software Engineer.
 */
public final class LadderRepoFixture {
    public static final String OLD_PATH = "ladder.ladder.json";
    public static final String PATH = "eng/northwind.ladder.json";
    public static final String REWRITTEN = "Makes architectural decisions for those systems and records each one as a short design note.";
    public static final String ORIGINAL = "Owns the design and evolution of systems used by multiple teams.";
    public static final String VP_ADDED = "Keeps the engineering budget tied to the systems it pays for.";
    public static final String UNCOMMITTED = "Reviews the designs of neighbouring teams' storage systems.";

    public final Path dir;
    public final List<RevCommit> commits = new ArrayList<>();
    private Ladder ladder;

    private LadderRepoFixture(Path dir) {
        this.dir = dir;
    }

    public Path file() {
        return dir.resolve(PATH);
    }

    /** The commit made by step {@code n} (1 = first edition). */
    public RevCommit commit(int n) {
        return commits.get(n - 1);
    }

    public static LadderRepoFixture create(Path dir) throws Exception {
        LadderRepoFixture f = new LadderRepoFixture(dir);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            f.ladder = LadderFiles.read(TestFiles.fixedSample());
            f.write(OLD_PATH);
            f.commit(git, "First edition", "Alice Archer", "2026-01-05T09:00:00Z");

            f.change("staff", l -> {
                List<Behaviour> p = new ArrayList<>(l.primary());
                p.set(1, new Behaviour(REWRITTEN));
                return l.withPrimary(p);
            });
            f.write(OLD_PATH);
            f.commit(git, "Sharpen the staff bar", "Bob Baker", "2026-02-10T10:00:00Z");

            Files.createDirectories(dir.resolve("eng"));
            Files.move(dir.resolve(OLD_PATH), dir.resolve(PATH));
            git.rm().addFilepattern(OLD_PATH).call();
            f.commit(git, "Move the ladder to eng/", "Alice Archer", "2026-03-01T11:00:00Z");

            f.ladder = f.ladder.changeLevelId("staff", "staff-engineer").renameLevel("staff-engineer", "Staff Software Engineer");
            f.change("staff-engineer", l -> {
                List<Behaviour> p = new ArrayList<>(l.primary());
                Collections.reverse(p);
                return l.withPrimary(p);
            });
            f.write(PATH);
            f.commit(git, "Rename Staff Engineer", "Carol Chen", "2026-04-01T12:00:00Z");

            f.change("vp", l -> l.withSupporting(List.of(new Behaviour(VP_ADDED))));
            f.write(PATH);
            f.commit(git, "Give the VP a supporting behaviour", "Bob Baker", "2026-05-01T13:00:00Z");

            f.change("staff-engineer", l -> {
                List<Behaviour> s = new ArrayList<>(l.supporting());
                s.add(new Behaviour(UNCOMMITTED));
                return l.withSupporting(s);
            });
            f.write(PATH);
        }
        return f;
    }

    /** The repository with the working copy equal to the last commit. */
    public void discardWorkingChanges() throws Exception {
        try (Git git = Git.open(dir.toFile())) {
            git.checkout().addPath(PATH).call();
        }
    }

    private void change(String id, UnaryOperator<Level> edit) {
        ladder = ladder.updateLevel(id, edit);
    }

    private void write(String path) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, LadderWriter.toCanonicalJson(ladder), StandardCharsets.UTF_8);
    }

    private void commit(Git git, String message, String author, String when) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent(author, author.toLowerCase().replace(' ', '.') + "@example.com", Instant.parse(when), ZoneId.of("Europe/London"));
        commits.add(git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call());
    }
}
