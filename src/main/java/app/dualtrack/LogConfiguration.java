package app.dualtrack;

import app.dualtrack.format.AppFolders;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.Logger;

import java.nio.file.Path;

/**
 * Dualtrack's log: one rotating file, {@code dualtrack.log}, in the log folder of {@link AppFolders}
 * (Help › Open Log Folder shows it; {@code -Ddualtrack.log.dir} moves it, as tests do), up to three
 * older files of 2 MB each. Nothing goes to the console: the command line's stdout and stderr
 * belong to the user. Libraries speak only when something is wrong.
 *
 * <p>Written in Java rather than as {@code logback.xml} because logback reads XML with a
 * general-purpose configuration engine that loads some 600 classes: set up that way, logging cost a
 * {@code dualtrack validate} a third of its run. Logback finds this class through
 * {@code META-INF/services} before it looks for XML. A {@code logback-test.xml} on the class path,
 * or a file named by {@code -Dlogback.configurationFile}, still wins: this class then steps aside.
 *
 * <p>The file is opened when the first event reaches it, not when logging is set up: libraries
 * (OpenNLP's model readers) fetch their loggers on every {@code lint}, and a lint that logs nothing
 * should not make the log folder, open the file and compile the pattern (about 60 ms of a 2-core
 * machine's start).
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {
    static final String FILE_NAME = "dualtrack.log";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfiguration.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        FileOnFirstEvent file = new FileOnFirstEvent(AppFolders.logs());
        file.setContext(context);
        file.setName("FILE");
        file.start();

        for (String library : new String[] {"org.apache", "com.openhtmltopdf", "org.eclipse.jgit", "opennlp"}) {
            context.getLogger(library).setLevel(Level.WARN);
        }
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The rotating file appender, made and started when the first event arrives. */
    static final class FileOnFirstEvent extends AppenderBase<ILoggingEvent> {
        private final Path folder;
        private RollingFileAppender<ILoggingEvent> file;

        FileOnFirstEvent(Path folder) {
            this.folder = folder;
        }

        /** True once an event has opened the file. */
        synchronized boolean opened() {
            return file != null;
        }

        @Override
        protected void append(ILoggingEvent event) {
            // AppenderBase.doAppend holds this appender's lock, so the file is made once
            if (file == null) {
                file = rollingFile();
            }
            file.doAppend(event);
        }

        @Override
        public void stop() {
            if (file != null) {
                file.stop();
            }
            super.stop();
        }

        private RollingFileAppender<ILoggingEvent> rollingFile() {
            RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
            appender.setContext(getContext());
            appender.setName(getName());
            appender.setFile(folder.resolve(FILE_NAME).toString());

            FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
            rolling.setContext(getContext());
            rolling.setParent(appender);
            rolling.setFileNamePattern(folder.resolve("dualtrack.%i.log").toString());
            rolling.setMinIndex(1);
            rolling.setMaxIndex(3);
            rolling.start();

            SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
            trigger.setContext(getContext());
            trigger.setMaxFileSize(FileSize.valueOf("2MB"));
            trigger.start();

            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext(getContext());
            encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n%ex");
            encoder.start();

            appender.setRollingPolicy(rolling);
            appender.setTriggeringPolicy(trigger);
            appender.setEncoder(encoder);
            appender.start();
            return appender;
        }
    }
}
