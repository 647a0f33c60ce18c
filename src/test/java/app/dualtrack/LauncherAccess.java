package app.dualtrack;

/** Lets tests in other packages ask the launcher how it would dispatch. */
public final class LauncherAccess {
    private LauncherAccess() {
    }

    public static boolean opensWindow(String... args) {
        return Launcher.opensWindow(args);
    }
}
