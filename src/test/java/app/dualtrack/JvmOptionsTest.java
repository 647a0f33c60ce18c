package app.dualtrack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The options a relaunch passes on, read from the launcher's command line. */
class JvmOptionsTest {
    @Test
    void optionsBeforeTheJarArePassedOn() {
        assertThat(JvmOptions.beforeMainClass(List.of("-Dx=1", "-Xmx1g", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-jar", "dualtrack.jar")))
                .containsExactly("-Dx=1", "-Xmx1g", "--add-opens", "java.base/java.lang=ALL-UNNAMED");
    }

    @Test
    void theClassPathAndMainClassAreNotOptions() {
        assertThat(JvmOptions.beforeMainClass(List.of("-cp", "a.jar:b.jar", "-Dy=2", "--class-path=c.jar", "app.dualtrack.Launcher")))
                .containsExactly("-Dy=2");
        assertThat(JvmOptions.beforeMainClass(List.of("@options.txt", "-classpath", "a.jar", "Main"))).containsExactly("@options.txt");
    }

    @Test
    void aCommandLineWithoutMainClassOrJarIsNotRead() {
        assertThat(JvmOptions.beforeMainClass(List.of("-Dx=1"))).isNull();
        assertThat(JvmOptions.beforeMainClass(List.of("-cp"))).isNull();
    }

    @Test
    void thisTestJvmsOwnOptionsAreFoundWithoutItsClassPath() {
        List<String> options = JvmOptions.ofThisProcess(new String[0]);
        assertThat(options).noneMatch(o -> o.equals("-cp") || o.equals("-classpath"));
        assertThat(JvmOptions.has(options, "-Xmx")).as("surefire starts this JVM with -Xmx2g: %s", options).isTrue();
    }
}
