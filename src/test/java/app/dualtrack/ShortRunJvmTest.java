package app.dualtrack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which commands are worth a JVM tuned for a short job: those that lay out a PDF, and lint (validate and fmt load too little to gain). */
class ShortRunJvmTest {
    @Test
    void exportsPdfComparisonsAndLintsAreRunInATunedJvmAndEverythingElseHere() {
        assertThat(ShortRunJvm.worthIt(new String[] {"export", "a.ladder.json", "-o", "a.pdf"})).isTrue();
        assertThat(ShortRunJvm.worthIt(new String[] {"diff", "a.ladder.json", "b.ladder.json", "-o", "report.pdf"})).isTrue();
        assertThat(ShortRunJvm.worthIt(new String[] {"diff", "a.ladder.json", "b.ladder.json"})).isFalse();
        assertThat(ShortRunJvm.worthIt(new String[] {"lint", "a.ladder.json"})).isTrue();
        assertThat(ShortRunJvm.worthIt(new String[] {"validate", "a.ladder.json"})).isFalse();
        assertThat(ShortRunJvm.worthIt(new String[] {"fmt", "a.ladder.json"})).isFalse();
        assertThat(ShortRunJvm.worthIt(new String[] {"import", "a.md", "-o", "a.ladder.json"})).isFalse();
        assertThat(ShortRunJvm.worthIt(new String[] {"lint", "--help"})).isFalse();
        assertThat(ShortRunJvm.worthIt(new String[] {"export", "--help"})).isFalse();
        assertThat(ShortRunJvm.worthIt(new String[0])).isFalse();
    }
}
