package app.dualtrack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which runs are worth a second JVM: those that lay out a PDF and lint (the quick compiler and an
 * archive), and the window (an archive); validate and fmt load too little to gain.
 */
class TunedJvmTest {
    private static final List<String> PLAIN = List.of("-Dfile.encoding=UTF-8");

    private static TunedJvm.Kind decide(List<String> options, String... args) {
        return TunedJvm.decide(args, options);
    }

    @Test
    void exportsPdfComparisonsAndLintsRunInAJvmForShortJobs() {
        assertThat(decide(PLAIN, "export", "a.ladder.json", "-o", "a.pdf")).isEqualTo(TunedJvm.Kind.SHORT_JOB);
        assertThat(decide(PLAIN, "diff", "a.ladder.json", "b.ladder.json", "-o", "report.pdf")).isEqualTo(TunedJvm.Kind.SHORT_JOB);
        assertThat(decide(PLAIN, "lint", "a.ladder.json")).isEqualTo(TunedJvm.Kind.SHORT_JOB);
        assertThat(decide(PLAIN, "diff", "a.ladder.json", "b.ladder.json")).isNull();
        assertThat(decide(PLAIN, "validate", "a.ladder.json")).isNull();
        assertThat(decide(PLAIN, "fmt", "a.ladder.json")).isNull();
        assertThat(decide(PLAIN, "import", "a.md", "-o", "a.ladder.json")).isNull();
        assertThat(decide(PLAIN, "lint", "--help")).isNull();
        assertThat(decide(PLAIN, "export", "--help")).isNull();
    }

    @Test
    void theWindowRunsInAJvmWithItsArchiveUnlessItHasOneAlready() {
        assertThat(decide(PLAIN)).isEqualTo(TunedJvm.Kind.WINDOW);
        assertThat(decide(PLAIN, "a.ladder.json", "b.ladder.json")).isEqualTo(TunedJvm.Kind.WINDOW);
        assertThat(decide(List.of("-XX:SharedArchiveFile=/usr/lib/dualtrack/lib/app/dualtrack.jsa"))).isNull();
    }

    @Test
    void aJvmThatIsTunedOrRecordsItsClassesRunsEverythingItself() {
        assertThat(decide(List.of("-XX:TieredStopAtLevel=1"), "lint", "a.ladder.json")).isNull();
        assertThat(decide(List.of("-XX:SharedArchiveFile=a.jsa"), "lint", "a.ladder.json")).isNull();
        assertThat(decide(List.of("-XX:SharedArchiveFile=a.jsa"), "export", "a.ladder.json", "-o", "a.pdf")).isEqualTo(TunedJvm.Kind.SHORT_JOB);
        assertThat(decide(List.of("-XX:ArchiveClassesAtExit=a.jsa"))).isNull();
        assertThat(decide(List.of("-XX:DumpLoadedClassList=a.classlist"), "lint", "a.ladder.json")).isNull();
    }

    @Test
    void anArchiveNeedsAClassPathOfJarsOnly() {
        assertThat(TunedJvm.jarsOnly("target/classes")).isFalse();
        assertThat(TunedJvm.jarsOnly("")).isFalse();
        assertThat(TunedJvm.jarsOnly("no-such.jar")).isFalse();
    }

    @Test
    void onTwoProcessorsOrFewerTheQuickCompilerGetsOneThread() {
        assertThat(TunedJvm.Kind.WINDOW.flags(2)).containsExactly("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
        assertThat(TunedJvm.Kind.SHORT_JOB.flags(1)).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:CICompilerCount=1");
        assertThat(TunedJvm.Kind.WINDOW.flags(8)).containsExactly("-XX:TieredStopAtLevel=1");
        assertThat(TunedJvm.Kind.SHORT_JOB.flags(4)).doesNotContain("-XX:CICompilerCount=1");
    }
}
