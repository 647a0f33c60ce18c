package app.dualtrack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LogConfigurationTest {
    @TempDir
    Path folder;

    /** A context as SLF4J's provider makes it (which gives it its MDC store). */
    private static LoggerContext newContext() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        return context;
    }

    private Logger loggerWritingTo(Path logs, LoggerContext context) {
        LogConfiguration.FileOnFirstEvent file = new LogConfiguration.FileOnFirstEvent(logs);
        file.setContext(context);
        file.setName("FILE");
        file.start();
        Logger logger = context.getLogger("app.dualtrack.test");
        logger.setLevel(Level.INFO);
        logger.addAppender(file);
        return logger;
    }

    @Test
    void setting_up_logging_makes_no_folder_and_no_file_until_something_is_logged() throws IOException {
        LoggerContext context = newContext();
        Path logs = folder.resolve("logs");
        Logger logger = loggerWritingTo(logs, context);

        logger.debug("below the level: nothing is written");
        assertThat(logs).doesNotExist();

        logger.info("Saved {}", "ladder.ladder.json");
        context.stop();
        assertThat(Files.readString(logs.resolve(LogConfiguration.FILE_NAME), StandardCharsets.UTF_8))
                .contains("INFO").contains("Saved ladder.ladder.json");
    }

    @Test
    void an_error_goes_to_the_file_with_its_stack_trace() throws IOException {
        LoggerContext context = newContext();
        Logger logger = loggerWritingTo(folder, context);

        logger.error("Export failed", new IllegalStateException("no fonts"));
        logger.warn("and a second line in the same file");
        context.stop();

        String log = Files.readString(folder.resolve(LogConfiguration.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(log).contains("ERROR").contains("Export failed").contains("java.lang.IllegalStateException: no fonts")
                .contains("at app.dualtrack.LogConfigurationTest").contains("and a second line in the same file");
    }

    @Test
    void the_configuration_sends_the_root_logger_to_the_deferred_file() {
        LoggerContext context = newContext();
        new LogConfiguration().configure(context);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("FILE")).isInstanceOf(LogConfiguration.FileOnFirstEvent.class);
        assertThat(((LogConfiguration.FileOnFirstEvent) root.getAppender("FILE")).opened()).isFalse();
        assertThat(context.getLogger("opennlp").getLevel()).isEqualTo(Level.WARN);
        context.stop();
    }
}
