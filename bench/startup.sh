#!/bin/sh
# Start-up of Dualtrack as a whole process, against the smallest programs that do the same kind of
# thing on the same machine, median of several runs (README, "Start-up").
#
#   bench/startup.sh [--runs N] [--only window|cli] [--installed]
#
# Needs `mvn -B package` first (target/dualtrack.jar), a JDK 17 on the PATH, Xvfb for the window.
#
# The window: from launching `java` to the first painted frame, Dualtrack with its example ladder
# (java -jar target/dualtrack.jar) against HelloFx, a JavaFX app showing one label, compiled here
# into target/startup-bench with the JavaFX jars Dualtrack uses. Both print the wall-clock time of
# their second animation pulse after the window is shown (the pulse after the first frame starts
# only once that frame is rendered) and exit; Dualtrack does it with -Ddualtrack.startup.probe=true
# (app.dualtrack.ui.StartupProbe). One Xvfb serves all runs, so its own start is not counted.
# Dualtrack is also timed to the frame that shows its first findings (-Ddualtrack.startup.probe=findings):
# the window analyses its ladder only once its first frame is painted, for the built-in example seen
# before (its language annotations kept in the cache folder) and never seen.
#
# The command line: `lint` and `validate` of a small ladder (docs/examples/dual-track.ladder.json)
# against Hello-world Java (`java -cp target/startup-bench Hello`), whole process; `lint` also once
# with the language annotations of earlier runs removed (the first lint of new text) and once started
# as /usr/bin/dualtrack starts it (an archive and the quick compiler, no second JVM). A plain
# `java -jar … lint` runs the lint in a second JVM tuned for short jobs, with its own archive in the
# cache folder (app.dualtrack.TunedJvm); the warm-up run before the timed ones makes that archive.
#
# Each Dualtrack figure is given without and with a start-up archive (Application Class-Data
# Sharing), made once here the way README describes for `java -jar`: -XX:ArchiveClassesAtExit on a
# first run, -XX:SharedArchiveFile after (with the quick compiler for the window, as README says).
# --installed adds the installed package's `dualtrack` command (whose archive the postinst makes),
# for the window and the command line.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$ROOT/target/startup-bench
JAR=$ROOT/target/dualtrack.jar
LADDER=$ROOT/docs/examples/dual-track.ladder.json
RUNS=5
ONLY=
INSTALLED=
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS=$2; shift 2 ;;
        --only) ONLY=$2; shift 2 ;;
        --installed) INSTALLED=yes; shift ;;
        *) echo "usage: bench/startup.sh [--runs N] [--only window|cli] [--installed]" >&2; exit 2 ;;
    esac
done
[ -f "$JAR" ] || { echo "bench/startup.sh: build target/dualtrack.jar first (mvn -B package)" >&2; exit 2; }
mkdir -p "$WORK"
rm -rf "$WORK/cache"
# Dualtrack's own folders stay inside target/, never the user's.
ISOLATE="-Djava.util.prefs.userRoot=$WORK/prefs -Ddualtrack.recovery.dir=$WORK/recovery -Ddualtrack.log.dir=$WORK/logs -Ddualtrack.cache.dir=$WORK/cache"

# The quick compiler as README's recipe and the installed command use it: one thread of it on two processors or fewer.
QUICK="-XX:TieredStopAtLevel=1"
if [ "$(nproc)" -le 2 ]; then QUICK="$QUICK -XX:CICompilerCount=1"; fi

now_ms() { date +%s%3N; }

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# Milliseconds from launching the command to its exit.
time_process() {
    start=$(now_ms)
    "$@" > /dev/null 2>&1 || true
    echo $(($(now_ms) - start))
}

# time_process after removing the language annotations kept from earlier runs (AnnotationStore).
time_process_fresh() {
    rm -f "$WORK"/cache/annotations-*.bin
    time_process "$@"
}

# The same for the installed command, whose cache folder the script moves with XDG_CACHE_HOME
# (Java takes the home folder from the user database, not from HOME).
time_installed_fresh() {
    rm -f "$WORK"/home/.cache/dualtrack/annotations-*.bin
    time_process "$@"
}

# time_first_frame after removing the language annotations kept from earlier runs.
time_findings_fresh() {
    rm -f "$WORK"/cache/annotations-*.bin
    time_first_frame "$@"
}

# Milliseconds from launching the command to the time it prints (first-frame-epoch-ms or findings-epoch-ms).
time_first_frame() {
    start=$(now_ms)
    frame=$("$@" 2> "$WORK/last-window.err" | sed -n 's/^[a-z-]*-epoch-ms=//p')
    [ -n "$frame" ] || { echo "bench/startup.sh: no first frame from: $*" >&2; cat "$WORK/last-window.err" >&2; exit 1; }
    echo $((frame - start))
}

# median_of LABEL COMMAND...: runs it $RUNS times after one warm-up (file cache), prints and returns the median.
median_of() {
    label=$1; shift
    "$@" > /dev/null
    m=$(for _ in $(seq 1 "$RUNS"); do "$@"; done | median)
    printf '  %-64s %6d ms\n' "$label" "$m" >&2
    echo "$m"
}

compile_probes() {
    cat > "$WORK/Hello.java" <<'EOF'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
EOF
    cat > "$WORK/HelloFx.java" <<'EOF'
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The smallest JavaFX app: one label in a window; reports its first frame as Dualtrack's probe does.
 * The main class is not the Application, so that JavaFX runs from the class path as in Dualtrack's jar.
 */
public class HelloFx {
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello, world")), 1440, 900));
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) {
                        stop();
                        System.out.println("first-frame-epoch-ms=" + System.currentTimeMillis());
                        System.out.flush();
                        Platform.exit();
                        System.exit(0);
                    }
                }
            }.start());
            stage.show();
        }
    }
}
EOF
    # HelloFx gets exactly the JavaFX jars that are inside Dualtrack's jar.
    FXVER=$(sed -n 's:.*<javafx.version>\(.*\)</javafx.version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)
    FXCP=""
    for m in base graphics controls; do
        j=$HOME/.m2/repository/org/openjfx/javafx-$m/$FXVER/javafx-$m-$FXVER-linux.jar
        [ -f "$j" ] || { echo "bench/startup.sh: $j missing (run mvn -B package)" >&2; exit 2; }
        FXCP=$FXCP${FXCP:+:}$j
    done
    javac -d "$WORK" "$WORK/Hello.java"
    javac -d "$WORK" -cp "$FXCP" "$WORK/HelloFx.java"
}

# A dynamic start-up archive, as README documents for java -jar (one training run, then reuse).
make_archive() {
    name=$1; shift
    rm -f "$WORK/$name.jsa"
    "$@" > /dev/null 2>&1 || true
}

compile_probes
echo "Start-up, whole process, median of $RUNS runs ($(nproc) cores, load $(cut -d ' ' -f 1 /proc/loadavg), $(java -version 2>&1 | head -n 1))" >&2

if [ "$ONLY" != cli ]; then
    DISPLAY_NUM=:$((90 + $$ % 9))
    Xvfb "$DISPLAY_NUM" -screen 0 1600x1000x24 -nolisten tcp > "$WORK/xvfb.log" 2>&1 &
    XVFB=$!
    trap 'kill $XVFB 2>/dev/null || true' EXIT
    sleep 2
    export DISPLAY=$DISPLAY_NUM
    echo "Window (first painted frame, under Xvfb):" >&2
    FXCMD="java -cp $FXCP:$WORK HelloFx"
    DTCMD="java $ISOLATE -Ddualtrack.startup.probe=true -jar $JAR"
    # shellcheck disable=SC2086
    make_archive hellofx java -XX:ArchiveClassesAtExit="$WORK/hellofx.jsa" -cp "$FXCP:$WORK" HelloFx
    # shellcheck disable=SC2086
    make_archive dualtrack java -XX:ArchiveClassesAtExit="$WORK/dualtrack.jsa" $ISOLATE -Ddualtrack.startup.probe=true -jar "$JAR"
    # shellcheck disable=SC2086
    fx=$(median_of "HelloFx" time_first_frame $FXCMD)
    # shellcheck disable=SC2086
    fxcds=$(median_of "HelloFx, with its archive" time_first_frame java -XX:SharedArchiveFile="$WORK/hellofx.jsa" -cp "$FXCP:$WORK" HelloFx)
    # shellcheck disable=SC2086
    dt=$(median_of "Dualtrack (java -jar)" time_first_frame $DTCMD)
    # The frame that shows the first analysis: the window analyses its ladder only once its first frame is painted.
    # For a ladder seen before (a lint of the built-in example keeps its annotations, as closing the window does)
    # and for one never seen (the annotations removed before each run: the language models must be read).
    unzip -p "$JAR" app/dualtrack/examples/example.ladder.json > "$WORK/example.ladder.json"
    # shellcheck disable=SC2086
    java $ISOLATE -jar "$JAR" lint --fail-on never "$WORK/example.ladder.json" > /dev/null 2>&1
    # shellcheck disable=SC2086
    dtfindings=$(median_of "Dualtrack (java -jar), first findings, ladder seen before" time_first_frame java $ISOLATE -Ddualtrack.startup.probe=findings -jar "$JAR")
    # shellcheck disable=SC2086
    dtfindingsnew=$(median_of "Dualtrack (java -jar), first findings, ladder never seen" time_findings_fresh java $ISOLATE -Ddualtrack.startup.probe=findings -jar "$JAR")
    # shellcheck disable=SC2086
    dtcds=$(median_of "Dualtrack (java -jar), with its archive and the quick compiler" time_first_frame java -XX:SharedArchiveFile="$WORK/dualtrack.jsa" $QUICK $ISOLATE -Ddualtrack.startup.probe=true -jar "$JAR")
    echo "  ratio Dualtrack / HelloFx: $(ratio "$dt" "$fx") without archives, $(ratio "$dtcds" "$fx") with Dualtrack's archive, $(ratio "$dtcds" "$fxcds") with both (goal <= 1.3)" >&2
    if [ -n "$INSTALLED" ]; then
        [ -x /usr/bin/dualtrack ] || { echo "bench/startup.sh: --installed, but the package is not installed" >&2; exit 2; }
        # the installed command takes no JVM options as arguments; JDK_JAVA_OPTIONS passes the probe and the folders
        inst_window=$(median_of "installed dualtrack (/usr/bin/dualtrack)" time_first_frame env JDK_JAVA_OPTIONS="$ISOLATE -Ddualtrack.startup.probe=true" /usr/bin/dualtrack)
        env JDK_JAVA_OPTIONS="$ISOLATE" /usr/bin/dualtrack lint --fail-on never "$WORK/example.ladder.json" > /dev/null 2>&1
        inst_findings=$(median_of "installed dualtrack, first findings, ladder seen before" time_first_frame env JDK_JAVA_OPTIONS="$ISOLATE -Ddualtrack.startup.probe=findings" /usr/bin/dualtrack)
        inst_findingsnew=$(median_of "installed dualtrack, first findings, ladder never seen" time_findings_fresh env JDK_JAVA_OPTIONS="$ISOLATE -Ddualtrack.startup.probe=findings" /usr/bin/dualtrack)
        echo "  ratio installed window / HelloFx: $(ratio "$inst_window" "$fx") (goal <= 1.3); first findings $(ratio "$inst_findings" "$fx") seen before, $(ratio "$inst_findingsnew" "$fx") never seen" >&2
    fi
    kill $XVFB 2>/dev/null || true
    trap - EXIT
fi

if [ "$ONLY" != window ]; then
    echo "Command line:" >&2
    hello=$(median_of "Hello-world Java" time_process java -cp "$WORK" Hello)
    # shellcheck disable=SC2086
    make_archive cli java -XX:ArchiveClassesAtExit="$WORK/cli.jsa" $ISOLATE -jar "$JAR" lint "$LADDER"
    rm -f "$WORK"/cache/annotations-*.bin
    # the first lint, of new text, makes the archive of what a lint loads (the language models' readers too)
    # shellcheck disable=SC2086
    lintnew=$(median_of "dualtrack lint (java -jar), sentences not seen before" time_process_fresh java $ISOLATE -jar "$JAR" lint "$LADDER")
    # shellcheck disable=SC2086
    lint=$(median_of "dualtrack lint (java -jar)" time_process java $ISOLATE -jar "$JAR" lint "$LADDER")
    # shellcheck disable=SC2086
    lintcds=$(median_of "dualtrack lint (java -jar), with its archive" time_process java -XX:SharedArchiveFile="$WORK/cli.jsa" $ISOLATE -jar "$JAR" lint "$LADDER")
    # shellcheck disable=SC2086
    lintinst=$(median_of "dualtrack lint as the installed command starts it" time_process java -XX:SharedArchiveFile="$WORK/cli.jsa" $QUICK $ISOLATE -cp "$JAR" app.dualtrack.Launcher lint "$LADDER")
    # shellcheck disable=SC2086
    validate=$(median_of "dualtrack validate (java -jar)" time_process java $ISOLATE -jar "$JAR" validate "$LADDER")
    # shellcheck disable=SC2086
    validatecds=$(median_of "dualtrack validate (java -jar), with the archive" time_process java -XX:SharedArchiveFile="$WORK/cli.jsa" $ISOLATE -jar "$JAR" validate "$LADDER")
    echo "  ratio to Hello-world: lint $(ratio "$lint" "$hello") / $(ratio "$lintnew" "$hello") new sentences / $(ratio "$lintcds" "$hello") with archive / $(ratio "$lintinst" "$hello") as installed, validate $(ratio "$validate" "$hello") / $(ratio "$validatecds" "$hello") with archive (goal <= 4)" >&2
    if [ -n "$INSTALLED" ]; then
        [ -x /usr/bin/dualtrack ] || { echo "bench/startup.sh: --installed, but the package is not installed" >&2; exit 2; }
        instnew=$(median_of "installed dualtrack lint, sentences not seen before" time_installed_fresh env HOME="$WORK/home" XDG_CACHE_HOME="$WORK/home/.cache" /usr/bin/dualtrack lint "$LADDER")
        inst=$(median_of "installed dualtrack lint (/usr/bin/dualtrack)" time_process env HOME="$WORK/home" XDG_CACHE_HOME="$WORK/home/.cache" /usr/bin/dualtrack lint "$LADDER")
        echo "  ratio installed lint / Hello-world: $(ratio "$inst" "$hello"), $(ratio "$instnew" "$hello") for new sentences (goal <= 4)" >&2
    fi
fi
