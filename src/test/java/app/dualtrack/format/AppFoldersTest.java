package app.dualtrack.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The log is a real file in the configured folder, with stack traces; tests never log into the user's folder. */
class AppFoldersTest {
    @Test
    void testsLogIntoTheBuildFolderNotTheUsersDataFolder() {
        Path logs = AppFolders.logs();
        assertThat(logs.toAbsolutePath().normalize().toString()).contains("target");
        assertThat(logs).isNotEqualTo(AppFolders.data().resolve("logs"));
    }

    @Test
    void anErrorIsWrittenToTheLogFileWithItsStackTrace() throws Exception {
        String marker = "log-check-" + System.nanoTime();
        LoggerFactory.getLogger(AppFoldersTest.class).error("Something failed: {}", marker, new IllegalStateException("the cause"));
        Path file = AppFolders.logs().resolve("dualtrack.log");
        assertThat(file).exists();
        String log = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(log).contains("ERROR").contains("Something failed: " + marker)
                .contains("java.lang.IllegalStateException: the cause").contains("at app.dualtrack.format.AppFoldersTest");
    }

    @Test
    void theDataFolderIsNamedForTheAppAndTestsCacheIntoTheBuildFolder() {
        assertThat(AppFolders.data().getFileName().toString()).isIn("dualtrack", "Dualtrack");
        assertThat(AppFolders.cache().toAbsolutePath().normalize().toString()).contains("target");
    }
}
