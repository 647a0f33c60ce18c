package app.dualtrack.cli;

import app.dualtrack.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateAndFmtCommandTest {
    @TempDir
    Path dir;

    @Test
    void bothSamplesAreValid() {
        CliRunner r = CliRunner.run("validate", TestFiles.flawedSample().toString(), TestFiles.fixedSample().toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aBrokenFileExitsTwoWithOneLineNamingIt() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.ladder.json"),
                Files.readString(TestFiles.fixedSample()).replace("\"peer\": \"senior-em\"", "\"peer\": \"em-2\""));
        CliRunner r = CliRunner.run("validate", TestFiles.fixedSample().toString(), broken.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).singleElement().asString()
                .startsWith(broken + ":").contains("`peer` of level `staff` names `em-2`, which no level has");
    }

    @Test
    void fmtRewritesInCanonicalFormAndKeepsABackup() throws Exception {
        String canonical = Files.readString(TestFiles.fixedSample());
        Path file = Files.writeString(dir.resolve("messy.ladder.json"), canonical.replace("\n  ", "\n").replace("\": ", "\":"));
        CliRunner r = CliRunner.run("fmt", file.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(file).hasContent(canonical.stripTrailing());
        assertThat(Files.readString(file)).isEqualTo(canonical);
        assertThat(dir.resolve("messy.ladder.json.bak")).exists();
    }

    @Test
    void fmtRefusesABrokenFileAndLeavesItUntouched() throws Exception {
        byte[] broken = "{\"format\": \"ladder\", \"formatVersion\": 1, \"name\": ".getBytes();
        Path file = Files.write(dir.resolve("broken.ladder.json"), broken);
        CliRunner r = CliRunner.run("fmt", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(Files.readAllBytes(file)).isEqualTo(broken);
        assertThat(dir.resolve("broken.ladder.json.bak")).doesNotExist();
    }

    @Test
    void helpVersionAndUsageErrors() {
        assertThat(CliRunner.run("--version").out()).startsWith("Dualtrack ");
        CliRunner help = CliRunner.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("validate").contains("fmt").contains("lint").contains("export").contains("diff");
        CliRunner bad = CliRunner.run("lint", "--fail-on", "sometimes", "x.ladder.json");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--fail-on").doesNotContain("Exception");
    }

    @Test
    void theLauncherOpensTheWindowOnlyForNoArgumentsOrLadderFiles() {
        assertThat(app.dualtrack.LauncherAccess.opensWindow()).isTrue();
        assertThat(app.dualtrack.LauncherAccess.opensWindow("a.ladder.json", "b.ladder.json")).isTrue();
        assertThat(app.dualtrack.LauncherAccess.opensWindow("lint", "a.ladder.json")).isFalse();
        assertThat(app.dualtrack.LauncherAccess.opensWindow("--version")).isFalse();
    }
}
