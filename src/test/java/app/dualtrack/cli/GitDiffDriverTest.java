package app.dualtrack.cli;

import app.dualtrack.history.LadderRepoFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real {@code git diff} and {@code git log -p --ext-diff} with the attributes set by {@code git-setup}:
 * git runs a small script that starts the built classes, as the installed {@code dualtrack} launcher would.
 * Skipped where git is not installed (or on Windows, where the script is a shell script).
 */
class GitDiffDriverTest {

    @Test
    void plainGitDiffPrintsTheLadderReport(@TempDir Path tmp) throws Exception {
        assumeTrue(gitWorks(tmp), "git is not installed here");
        assumeTrue(!System.getProperty("os.name").toLowerCase().startsWith("windows"), "the driver script is a POSIX shell script");
        LadderRepoFixture repo = LadderRepoFixture.create(tmp.resolve("repo"));
        Path script = launcherScript(tmp);

        CliRunner setup = CliRunner.run("git-setup", "-C", repo.dir.toString(), "--command", script + " git-diff");
        assertThat(setup.exitCode()).as(setup.err()).isZero();
        assertThat(Files.readString(repo.dir.resolve(".gitattributes"))).isEqualTo("*.ladder.json diff=ladder\n");

        String diff = git(tmp, repo.dir, "diff");
        assertThat(diff).startsWith("ladder diff a/eng/northwind.ladder.json b/eng/northwind.ladder.json\n");
        assertThat(diff).contains("IC4 Staff Software Engineer\n  + supporting: " + LadderRepoFixture.UNCOMMITTED + "\n");
        assertThat(diff).doesNotContain("\"supporting\": [");

        String log = git(tmp, repo.dir, "log", "-p", "--ext-diff", "--format=commit %s");
        assertThat(log).contains("commit Rename Staff Engineer\n\nladder diff a/eng/northwind.ladder.json b/eng/northwind.ladder.json\n");
        assertThat(log).contains("IC4 Staff Software Engineer  (was IC4 Staff Engineer)\n  ~ title: Staff {+Software +}Engineer\n");
        assertThat(log).as("git's nine arguments for a rename")
                .contains("ladder diff a/ladder.ladder.json b/eng/northwind.ladder.json\nrenamed from ladder.ladder.json to eng/northwind.ladder.json\nNo changes\n");
        // under half the words kept: the whole old sentence struck and the whole new one marked, not word soup
        assertThat(log).contains("  ~ primary: [-Makes architectural decisions for those systems without escalating.-] "
                + "{+Makes architectural decisions for those systems and records each one as a short design note.+}");
        assertThat(log).as("/dev/null as the old file of an added one")
                .contains("commit First edition\n\nladder diff a/ladder.ladder.json b/ladder.ladder.json\nnew ladder: Northwind Engineering Ladder, 9 levels");
    }

    /** A "dualtrack" for git to run: this JVM's java and class path, logs and preferences kept in target/ as in every test. */
    private static Path launcherScript(Path tmp) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> props = new ArrayList<>();
        for (String p : List.of("dualtrack.log.dir", "dualtrack.recovery.dir", "java.util.prefs.userRoot")) {
            if (System.getProperty(p) != null) {
                props.add(quote("-D" + p + "=" + System.getProperty(p)));
            }
        }
        Path script = tmp.resolve("bin").resolve("dualtrack");
        Files.createDirectories(script.getParent());
        Files.writeString(script, "#!/bin/sh\nexec " + quote(java) + " -Xshare:auto -XX:TieredStopAtLevel=1 -Djava.awt.headless=true " + String.join(" ", props)
                + " -cp " + quote(System.getProperty("java.class.path")) + " app.dualtrack.Launcher \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static boolean gitWorks(Path tmp) {
        try {
            git(tmp, tmp, "--version");
            return true;
        } catch (IOException | InterruptedException | IllegalStateException e) {
            return false;
        }
    }

    /** Runs git isolated from the user's and the system's configuration, returning what it printed. */
    private static String git(Path tmp, Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "--no-pager"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("GIT_"));
        env.put("HOME", tmp.toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }
}
