package app.dualtrack.cli;

import app.dualtrack.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18 on the command line: what fmt, export and diff refuse, and how they say it. */
class CliFileSafetyTest {
    @TempDir
    Path dir;

    private Path messy(String name) throws Exception {
        return Files.writeString(dir.resolve(name), Files.readString(TestFiles.fixedSample()).replace("\n  ", "\n"));
    }

    private Path copyOf(Path sample, String name) throws Exception {
        return Files.copy(sample, dir.resolve(name));
    }

    @Test
    void fmtRefusesAReadOnlyFileWithASentenceAndLeavesIt() throws Exception {
        Path file = messy("ro.ladder.json");
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        CliRunner r = CliRunner.run("fmt", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(file + ": “ro.ladder.json” is read-only. The file was left as it was." + System.lineSeparator());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void fmtSaysAlreadyCanonicalAndDoesNotRewriteEvenAReadOnlyFile() throws Exception {
        Path file = copyOf(TestFiles.fixedSample(), "ok.ladder.json");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Object inode = Files.getAttribute(file, "unix:ino");
        CliRunner r = CliRunner.run("fmt", file.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(file + ": already canonical" + System.lineSeparator());
        assertThat(Files.getAttribute(file, "unix:ino")).isEqualTo(inode);
        assertThat(dir.resolve("ok.ladder.json.bak")).doesNotExist();
    }

    @Test
    void exportRefusesToWriteThePdfOverTheLadder() throws Exception {
        Path ladder = copyOf(TestFiles.fixedSample(), "l.ladder.json");
        byte[] before = Files.readAllBytes(ladder);
        Files.createSymbolicLink(dir.resolve("alias.pdf"), ladder.getFileName());
        for (String out : new String[] {ladder.toString(), dir.resolve("./l.ladder.json").toString(), dir.resolve("alias.pdf").toString()}) {
            CliRunner r = CliRunner.run("export", ladder.toString(), "-o", out);
            assertThat(r.exitCode()).as(out).isEqualTo(2);
            assertThat(r.err()).isEqualTo(out + ": this is the ladder being exported; write the PDF to another file" + System.lineSeparator());
            assertThat(Files.readAllBytes(ladder)).isEqualTo(before);
        }
    }

    @Test
    void diffRefusesToWriteTheReportOverEitherLadder() throws Exception {
        Path a = copyOf(TestFiles.flawedSample(), "a.ladder.json");
        Path b = copyOf(TestFiles.fixedSample(), "b.ladder.json");
        byte[] before = Files.readAllBytes(a);
        for (Path out : new Path[] {a, b}) {
            CliRunner r = CliRunner.run("diff", a.toString(), b.toString(), "-o", out.toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).isEqualTo(out + ": this is one of the ladders being compared; write the report to another file" + System.lineSeparator());
        }
        assertThat(Files.readAllBytes(a)).isEqualTo(before);
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(TestFiles.fixedSample()));
    }

    @Test
    void exportIntoAFolderThatCannotTakeItNamesTheFolderNotAnInternalFile() throws Exception {
        Path ladder = copyOf(TestFiles.fixedSample(), "l.ladder.json");
        Path out = dir.resolve("gone").resolve("l.pdf");
        CliRunner r = CliRunner.run("export", ladder.toString(), "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(out + ": the PDF could not be written. The folder " + dir.resolve("gone") + " no longer exists." + System.lineSeparator());
        assertThat(r.err()).doesNotContain(".tmp");
    }

    @Test
    void aFileNameWithALineBreakStaysOnOneQuotedLine() throws Exception {
        Path file = Files.writeString(dir.resolve("two\nlines.ladder.json"), "{\"format\": \"ladder\"");
        CliRunner r = CliRunner.run("validate", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("\"" + dir + "/two\\nlines.ladder.json\":1:");
    }

    @Test
    void everyCommandRefusesANamedPipeInsteadOfHanging() throws Exception {
        Path fifo = dir.resolve("pipe.ladder.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        Path other = copyOf(TestFiles.fixedSample(), "b.ladder.json");
        for (String[] args : new String[][] {{"validate", fifo.toString()}, {"fmt", fifo.toString()}, {"lint", fifo.toString()},
                {"export", fifo.toString(), "-o", dir.resolve("x.pdf").toString()}, {"diff", fifo.toString(), other.toString()}}) {
            CliRunner r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> CliRunner.run(args));
            assertThat(r.exitCode()).as(args[0]).isEqualTo(2);
            assertThat(r.err()).as(args[0]).contains(fifo + ": is a device, pipe or socket, not a ladder file");
        }
    }
}
