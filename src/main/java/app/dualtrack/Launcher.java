package app.dualtrack;

import app.dualtrack.cli.DualtrackCommand;
import app.dualtrack.ui.DualtrackApp;

import java.util.OptionalInt;

/**
 * The one entry point of the jar and the installers. With no arguments, or with ladder files to
 * open (as a desktop file association passes them), it starts the window; otherwise it runs the
 * command line. A plain class, not a JavaFX {@code Application}, so that the jar runs with JavaFX
 * on the class path and the command line never touches the toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // PDFBox logs through commons-logging, which prefers the Log4j API when it is on the class path (POI
        // brings it) and, with no Log4j backend, prints an error on stderr; route it to SLF4J like our own logs
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.Slf4jLogFactory");
        }
        TunedJvm.Kind tuned = TunedJvm.worthIt(args);
        OptionalInt code = tuned == null ? OptionalInt.empty() : TunedJvm.run(tuned, args);
        if (code.isPresent()) {
            System.exit(code.getAsInt());
        } else if (opensWindow(args)) {
            DualtrackApp.launchWith(args);
        } else {
            System.exit(DualtrackCommand.run(args));
        }
    }

    /** True when the arguments ask for the window: none, or only ladder files to open. */
    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        for (String a : args) {
            if (!a.endsWith(".ladder.json") || a.startsWith("-")) {
                return false;
            }
        }
        return true;
    }
}
