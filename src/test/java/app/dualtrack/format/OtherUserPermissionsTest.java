package app.dualtrack.format;

import app.dualtrack.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Permissions as an ordinary user meets them, checked in a child process running as "nobody"
 * ({@link AsAnotherUser}); skipped, with the reason, where the tests cannot switch user. Each case
 * has a control that the same child can save a file it may write, so a refusal is not the child
 * failing for another reason.
 */
class OtherUserPermissionsTest {
    @TempDir
    Path tmp;
    private Path work;
    private Path shared;
    private String messy;

    @BeforeEach
    void setUp() throws Exception {
        String reason = AsAnotherUser.unavailableBecause();
        assumeTrue(reason == null, reason);
        work = tmp;
        shared = AsAnotherUser.sharedFolder(tmp, "shared");
        messy = Files.readString(TestFiles.fixedSample()).replace("\n  ", "\n");
    }

    private Path fileOwnedBy(String name, int uid, String mode) throws Exception {
        Path file = Files.writeString(shared.resolve(name), messy);
        UserPrincipal owner = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(String.valueOf(uid));
        Files.setOwner(file, owner);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    @Test
    void theChildReallyRunsAsNobodyAndMaySaveItsOwnFile() throws Exception {
        assertThat(AsAnotherUser.run(work, "whoami", "-")).isEqualTo("uid " + AsAnotherUser.NOBODY);
        Path own = fileOwnedBy("own.ladder.json", AsAnotherUser.NOBODY, "rw-r--r--");
        assertThat(AsAnotherUser.run(work, "format", own.toString())).isEqualTo("format REWRITTEN");
        assertThat(Files.readString(own)).isEqualTo(Files.readString(TestFiles.fixedSample()));
    }

    @Test
    void aFileOwnedBySomeoneElseInAFolderTheUserMayWriteIsNotReplaced() throws Exception {
        Path theirs = fileOwnedBy("theirs.ladder.json", 0, "rw-r--r--");
        String out = AsAnotherUser.run(work, "format", theirs.toString());
        assertThat(out).isEqualTo("refused “theirs.ladder.json” is read-only for you: it belongs to root.");
        assertThat(Files.readString(theirs)).isEqualTo(messy);
        assertThat(Files.getOwner(theirs).getName()).isEqualTo("root");
        try (var files = Files.list(shared)) {
            assertThat(files).containsExactly(theirs);
        }
    }

    @Test
    void aReadOnlyFileOfTheUsersOwnIsNotReplaced() throws Exception {
        Path mine = fileOwnedBy("mine.ladder.json", AsAnotherUser.NOBODY, "r--r--r--");
        assertThat(AsAnotherUser.run(work, "format", mine.toString())).startsWith("refused “mine.ladder.json” is read-only");
        assertThat(Files.readString(mine)).isEqualTo(messy);
    }

    @Test
    void aFileTheUserMayNotReadSaysPermissionDenied() throws Exception {
        Path secret = fileOwnedBy("secret.ladder.json", 0, "rw-------");
        assertThat(AsAnotherUser.run(work, "read", secret.toString())).isEqualTo("refused " + secret + ": cannot be read: permission denied");
    }
}
