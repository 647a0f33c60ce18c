package app.dualtrack.format;

import app.dualtrack.TestFiles;
import app.dualtrack.model.Ladder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 18: special files, permissions, links, races and leftovers; nothing the user has is lost or silently changed. */
class FileSafetyTest {
    /** Generous: refusing takes milliseconds; before the fix these read for tens of seconds or forever. */
    private static final Duration NO_HANG = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private Path messyCopy(String name) throws IOException {
        String canonical = Files.readString(TestFiles.fixedSample());
        return Files.writeString(dir.resolve(name), canonical.replace("\n  ", "\n").replace("\": ", "\":"));
    }

    private static String perms(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    // 1. A path that never ends -------------------------------------------------------------

    @Test
    void aLinkToAnEndlessDeviceIsRefusedAtOnce() throws Exception {
        for (String device : List.of("/dev/zero", "/dev/urandom")) {
            assumeTrue(Files.exists(Path.of(device)), device + " exists on this system");
            Path link = Files.createSymbolicLink(dir.resolve(device.substring(5) + ".ladder.json"), Path.of(device));
            LadderFormatException e = assertTimeoutPreemptively(NO_HANG,
                    () -> catchThrowableOfType(() -> LadderFiles.read(link), LadderFormatException.class));
            assertThat(e).as(device).isNotNull();
            assertThat(e.getMessage()).isEqualTo(link + ": is a device, pipe or socket, not a ladder file; Dualtrack reads only ordinary files");
            Files.delete(link); // JUnit warns about links leading out of its folder
        }
    }

    @Test
    void aNamedPipeIsRefusedInsteadOfWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("pipe.ladder.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        LadderFormatException e = assertTimeoutPreemptively(NO_HANG,
                () -> catchThrowableOfType(() -> LadderFiles.read(fifo), LadderFormatException.class));
        assertThat(e.problem()).contains("device, pipe or socket");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingIt() throws Exception {
        Path big = dir.resolve("big.ladder.json");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'{'}), FormatLimits.MAX_FILE_BYTES); // sparse: 16 MB + 1 byte
        }
        assertThat(catchThrowableOfType(() -> LadderFiles.readBytes(big), LadderFormatException.class).problem())
                .startsWith("is more than 16 MB; a ladder file is at most 16 MB");
    }

    // 2. Read-only files ---------------------------------------------------------------------

    /**
     * The owner's write bit is the read-only mark, honoured even by root (who may write anything):
     * this runs as whatever user the tests run as; {@link OtherUserPermissionsTest} covers files
     * another user owns.
     */
    @Test
    void aReadOnlyFileIsNeitherFormattedNorSaved() throws Exception {
        Path file = messyCopy("ro.ladder.json");
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> LadderFiles.format(file)).isInstanceOf(ReadOnlyFileException.class);
        Ladder ladder = LadderFiles.parse(before, "ro");
        IOException e = catchThrowableOfType(() -> LadderFiles.save(ladder, file), IOException.class);
        assertThat(SaveProblem.describe(e, file)).isEqualTo(
                "“ro.ladder.json” is read-only. Your changes are still open: use Save As… to save them somewhere else.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(perms(file)).isEqualTo("r--r--r--");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no .bak, no temporary file").containsExactly(file);
        }
    }

    // 3. Modes -------------------------------------------------------------------------------

    @Test
    void aSaveKeepsTheFilesModeAndGroupAndTheBakGetsTheSame() throws Exception {
        Path file = messyCopy("shared.ladder.json");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        GroupPrincipal group = otherGroupThanTheDefault(file);
        LadderFiles.format(file);
        assertThat(perms(file)).isEqualTo("rw-rw-r--");
        assertThat(perms(dir.resolve("shared.ladder.json.bak"))).isEqualTo("rw-rw-r--");
        if (group != null) {
            assertThat(Files.readAttributes(file, java.nio.file.attribute.PosixFileAttributes.class).group()).isEqualTo(group);
        }
    }

    /** Gives the file another group where the user may (root, or a member of several groups); null when not. */
    private static GroupPrincipal otherGroupThanTheDefault(Path file) {
        for (String name : List.of("users", "staff", "adm", "nogroup")) {
            try {
                GroupPrincipal g = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName(name);
                Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class).setGroup(g);
                return g;
            } catch (IOException | UnsupportedOperationException e) {
                // not a group here, or not ours to give: try the next
            }
        }
        return null;
    }

    @Test
    void aNewFileGetsTheUsersDefaultModeNotAPrivateOne() throws Exception {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path pdf = dir.resolve("ladder.pdf");
        AtomicFileWriter.writeWithoutBackup(pdf, "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        assertThat(perms(pdf)).isEqualTo(perms(reference));
        Path ladder = dir.resolve("new.ladder.json");
        LadderFiles.save(LadderFiles.read(TestFiles.fixedSample()), ladder);
        assertThat(perms(ladder)).isEqualTo(perms(reference));
    }

    // 4. Symbolic links ----------------------------------------------------------------------

    @Test
    void aSaveGoesThroughALinkToItsTarget() throws Exception {
        Path real = Files.createDirectories(dir.resolve("repo")).resolve("ladder.ladder.json");
        Files.move(messyCopy("tmp.ladder.json"), real);
        Path link = Files.createSymbolicLink(dir.resolve("link.ladder.json"), Path.of("repo", "ladder.ladder.json"));
        assertThat(LadderFiles.format(link)).isEqualTo(LadderFiles.Formatted.REWRITTEN);
        assertThat(Files.isSymbolicLink(link)).as("the link is still a link").isTrue();
        assertThat(Files.readString(real)).isEqualTo(Files.readString(TestFiles.fixedSample()));
        assertThat(dir.resolve("repo/ladder.ladder.json.bak")).exists();
    }

    // 5. Another program's save --------------------------------------------------------------

    @Test
    void aFileChangedByAnotherProgramAfterItWasReadIsNotOverwritten() throws Exception {
        Path file = messyCopy("a.ladder.json");
        byte[] read = Files.readAllBytes(file);
        Ladder ladder = LadderFiles.parse(read, "a");
        String theirs = Files.readString(TestFiles.flawedSample());
        // the other program saves while this one is writing its temporary file
        AtomicFileWriter.ContentWriter raceWithAnotherSave = (ch, content) -> {
            Files.writeString(file, theirs);
            AtomicFileWriter.PLAIN.write(ch, content);
        };
        AtomicFileWriter.Options options = AtomicFileWriter.Options.DEFAULT.expecting(AtomicFileWriter.sha256(read)).writer(raceWithAnotherSave);
        byte[] mine = LadderWriter.toCanonicalJson(ladder).getBytes(StandardCharsets.UTF_8);
        FileChangedException e = catchThrowableOfType(() -> AtomicFileWriter.write(file, mine, options), FileChangedException.class);
        assertThat(e).isNotNull();
        assertThat(e.deleted()).isFalse();
        assertThat(Files.readString(file)).isEqualTo(theirs);
        assertThat(SaveProblem.describe(e, file, "")).isEqualTo("“a.ladder.json” was changed by another program while Dualtrack was saving; nothing was overwritten.");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no .bak of their version, no temporary file").containsExactly(file);
        }
    }

    @Test
    void aFileDeletedMeanwhileDoesNotComeBack() throws Exception {
        Path file = messyCopy("a.ladder.json");
        byte[] read = Files.readAllBytes(file);
        AtomicFileWriter.ContentWriter deleteMeanwhile = (ch, content) -> {
            Files.delete(file);
            AtomicFileWriter.PLAIN.write(ch, content);
        };
        FileChangedException e = catchThrowableOfType(() -> AtomicFileWriter.write(file, new byte[] {'{', '}'},
                AtomicFileWriter.Options.DEFAULT.expecting(AtomicFileWriter.sha256(read)).writer(deleteMeanwhile)), FileChangedException.class);
        assertThat(e.deleted()).isTrue();
        assertThat(file).doesNotExist();
        // and a save that expects content refuses a file already gone before it starts
        assertThatThrownBy(() -> LadderFiles.save(LadderFiles.parse(read, "a"), file, AtomicFileWriter.sha256(read)))
                .isInstanceOf(FileChangedException.class);
        assertThat(file).doesNotExist();
    }

    // 6. Temporary files left by a killed save -----------------------------------------------

    @Test
    void theNextSaveRemovesTemporaryFilesOfProcessesThatNoLongerRunAndKeepsOthers() throws Exception {
        Path file = messyCopy("a.ladder.json");
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        gone.waitFor();
        Path staleTmp = Files.writeString(dir.resolve(".a.ladder.json.dualtrack-" + gone.pid() + "-0-1.tmp"), "half a ladd");
        Path staleBak = Files.writeString(dir.resolve(".a.ladder.json.bak.dualtrack-" + gone.pid() + "-0-2.tmp"), "half a bac");
        Process alive = new ProcessBuilder("sleep", "60").start();
        try {
            Path running = Files.writeString(dir.resolve(".a.ladder.json.dualtrack-" + alive.pid() + "-0-1.tmp"), "being written");
            Path otherFile = Files.writeString(dir.resolve(".b.ladder.json.dualtrack-" + gone.pid() + "-0-1.tmp"), "another file's");
            Path notOurs = Files.writeString(dir.resolve(".a.ladder.json.12345.tmp"), "another program's");
            LadderFiles.format(file);
            assertThat(staleTmp).doesNotExist();
            assertThat(staleBak).doesNotExist();
            assertThat(running).as("a process still saving keeps its file").exists();
            assertThat(otherFile).as("only the saved file's leftovers are removed").exists();
            assertThat(notOurs).as("files Dualtrack did not name are never touched").exists();
        } finally {
            alive.destroyForcibly().waitFor();
        }
    }

    // 9. fmt writes only when something changes ----------------------------------------------

    @Test
    void formattingTwiceKeepsTheOriginalBytesInTheBakAndDoesNotTouchACanonicalFile() throws Exception {
        Path file = messyCopy("a.ladder.json");
        byte[] original = Files.readAllBytes(file);
        assertThat(LadderFiles.format(file)).isEqualTo(LadderFiles.Formatted.REWRITTEN);
        Object inode = Files.getAttribute(file, "unix:ino");
        assertThat(LadderFiles.format(file)).isEqualTo(LadderFiles.Formatted.ALREADY_CANONICAL);
        assertThat(Files.getAttribute(file, "unix:ino")).as("not replaced").isEqualTo(inode);
        assertThat(Files.readAllBytes(dir.resolve("a.ladder.json.bak"))).isEqualTo(original);
    }

    // 10. The .bak is on disk before it is renamed into place ---------------------------------

    @Test
    void theBackupIsForcedToDiskBeforeItsRename() throws Exception {
        Path file = messyCopy("a.ladder.json");
        byte[] old = Files.readAllBytes(file);
        List<String> forced = new ArrayList<>();
        AtomicFileWriter.Durability recording = (ch, p) -> {
            // at this moment the file is still a temporary one, with the whole old content
            forced.add(p.getFileName().toString() + " " + ch.size());
            ch.force(true);
        };
        AtomicFileWriter.write(file, "{}".getBytes(StandardCharsets.UTF_8), AtomicFileWriter.Options.DEFAULT.durability(recording));
        assertThat(forced).hasSize(2);
        assertThat(forced.get(1)).matches("\\.a\\.ladder\\.json\\.bak\\.dualtrack-\\d+-[0-9a-z]+-\\d+\\.tmp " + old.length);
        assertThat(Files.readAllBytes(dir.resolve("a.ladder.json.bak"))).isEqualTo(old);
    }

    // 11. Reasons, not paths -----------------------------------------------------------------

    @Test
    void aFileThatCannotBeReadSaysWhyWithoutRepeatingThePath() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        Path file = notAFolder.resolve("a.ladder.json");
        LadderFormatException e = catchThrowableOfType(() -> LadderFiles.read(file), LadderFormatException.class);
        assertThat(e.getMessage()).isEqualTo(file + ": cannot be read: not a directory");
    }

    @Test
    void aNameWithALineBreakIsQuotedSoTheMessageStaysOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("evil\nname.ladder.json"), "{");
        LadderFormatException e = catchThrowableOfType(() -> LadderFiles.read(file), LadderFormatException.class);
        assertThat(e.getMessage()).doesNotContain("\n").startsWith("\"" + dir + "/evil\\nname.ladder.json\":1:2: ");
    }

    @Test
    void saveProblemsQuoteANameWithALineBreakOnOneLine() {
        Path odd = Path.of("/home/lead/two\nlines/a\nb.ladder.json");
        assertThat(SaveProblem.describe(new ReadOnlyFileException(odd.toString(), null), odd, ""))
                .isEqualTo("“a\\nb.ladder.json” is read-only.");
        assertThat(SaveProblem.describe(new java.nio.file.NoSuchFileException(odd.toString()), odd, ""))
                .isEqualTo("The folder /home/lead/two\\nlines no longer exists.");
    }

    @Test
    void theReadOnlyMarkIsTheOwnersWriteBit() throws Exception {
        Path file = Files.writeString(dir.resolve("x"), "x");
        for (String mode : List.of("r--rw-rw-", "r-xrwxrwx", "r--------")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            assertThat(AtomicFileWriter.isReadOnly(file, Files.readAttributes(file, java.nio.file.attribute.PosixFileAttributes.class))).as(mode).isTrue();
        }
        Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(AtomicFileWriter.isReadOnly(file, Files.readAttributes(file, java.nio.file.attribute.PosixFileAttributes.class))).isFalse();
    }
}
