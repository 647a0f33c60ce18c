package app.dualtrack;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The options this JVM was started with ({@code -D…}, {@code -X…}, {@code --add-exports …}), without
 * its class path, main class and program arguments: what a relaunch passes on to the second JVM.
 *
 * <p>Read from the process's command line ({@link ProcessHandle.Info#arguments()}, which on Linux and
 * macOS is the kernel's copy) rather than from the management API: loading {@code java.management}
 * cost every relaunched command about 40 ms. Where the command line is not available (Windows), the
 * management API answers. Options given through {@code JDK_JAVA_OPTIONS} or {@code JAVA_TOOL_OPTIONS}
 * are not on the command line; the second JVM inherits the environment and so gets them too.
 */
final class JvmOptions {
    /** Launcher options whose value is the next argument. */
    private static final Set<String> WITH_VALUE = Set.of("-cp", "-classpath", "--class-path", "-p", "--module-path",
            "--upgrade-module-path", "--add-modules", "--add-exports", "--add-opens", "--add-reads", "--patch-module",
            "--limit-modules", "--enable-native-access");

    private static final Set<String> CLASS_PATH = Set.of("-cp", "-classpath", "--class-path");

    private JvmOptions() {
    }

    /** This JVM's options; {@code programArguments} are the arguments {@code main} received. */
    static List<String> ofThisProcess(String[] programArguments) {
        List<String> commandLine = ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
        if (commandLine.size() >= programArguments.length) {
            List<String> options = beforeMainClass(commandLine.subList(0, commandLine.size() - programArguments.length));
            if (options != null) {
                return options;
            }
        }
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /**
     * The launcher's arguments up to the main class or {@code -jar}, without the class path; null when
     * no main class or jar is found (then the command line is not what this reading expects).
     */
    static List<String> beforeMainClass(List<String> launcherArguments) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < launcherArguments.size(); i++) {
            String a = launcherArguments.get(i);
            if (a.equals("-jar") || a.equals("-m") || a.equals("--module") || !a.startsWith("-") && !a.startsWith("@")) {
                return options;
            }
            if (WITH_VALUE.contains(a)) {
                if (i + 1 >= launcherArguments.size()) {
                    return null;
                }
                if (!CLASS_PATH.contains(a)) {
                    options.add(a);
                    options.add(launcherArguments.get(i + 1));
                }
                i++;
            } else if (!a.startsWith("--class-path=")) {
                options.add(a);
            }
        }
        return null;
    }

    /** True when one of the options, or one given through the environment, starts with {@code prefix}. */
    static boolean has(List<String> options, String prefix) {
        if (options.stream().anyMatch(o -> o.startsWith(prefix))) {
            return true;
        }
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
            String value = System.getenv(variable);
            if (value != null && List.of(value.trim().split("\\s+")).stream().anyMatch(o -> o.startsWith(prefix))) {
                return true;
            }
        }
        return false;
    }
}
