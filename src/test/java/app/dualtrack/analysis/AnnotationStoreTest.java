package app.dualtrack.analysis;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Annotations kept between command-line runs: read back exactly, and never trusted when damaged. */
class AnnotationStoreTest {
    @Test
    void annotationsWrittenAreReadBackTokenForToken() throws IOException {
        List<AnnotatedSentence> sentences = List.of(
                LanguagePipeline.annotate("Mentors engineers across two teams and reviews their designs."),
                LanguagePipeline.annotate("Owns the billing platform's data model end to end."),
                LanguagePipeline.annotate("Doesn't wait to be asked: writes the migration plan."));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AnnotationStore.write(new DataOutputStream(bytes), sentences);

        Map<String, AnnotatedSentence> read = new LinkedHashMap<>();
        AnnotationStore.readInto(new ByteArrayInputStream(bytes.toByteArray()), read);

        assertThat(read.values()).containsExactlyElementsOf(sentences);
        assertThat(read.get("Mentors engineers across two teams and reviews their designs.").tokens().get(0).lemma()).isEqualTo("mentor");
    }

    @Test
    void aStoreWritesWhatThePipelineAnnotatedAndTheNextStoreHoldsIt() throws IOException {
        AnnotationStore first = AnnotationStore.empty();
        assertThat(first.warm()).isFalse();
        AnnotatedSentence owned = LanguagePipeline.annotate("Sets the technical direction of the payments area.");
        assertThat(first.hasNew()).isTrue();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        first.write(bytes);

        AnnotationStore second = AnnotationStore.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(second.warm()).isTrue();
        Map<String, AnnotatedSentence> stored = new LinkedHashMap<>();
        AnnotationStore.readInto(new ByteArrayInputStream(bytes.toByteArray()), stored);
        assertThat(stored).containsEntry(owned.text(), owned);
    }

    @Test
    void aCutStoreOrOneOfAnotherLayoutOrWithTokensOutsideTheirSentenceIsRefused() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        AnnotationStore.write(new DataOutputStream(whole), List.of(LanguagePipeline.annotate("Leads the on-call rotation.")));
        byte[] cut = java.util.Arrays.copyOf(whole.toByteArray(), whole.size() - 5);
        assertThatThrownBy(() -> AnnotationStore.read(new ByteArrayInputStream(cut))).isInstanceOf(IOException.class);

        assertThatThrownBy(() -> AnnotationStore.readInto(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 0, 0, 0, 0}), new LinkedHashMap<>()))
                .isInstanceOf(IOException.class);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AnnotationStore.write(new DataOutputStream(bytes), List.of(new AnnotatedSentence("Short.",
                List.of(new AnnotatedSentence.Token("short", "short", "ADJ", 0, 40)))));
        assertThatThrownBy(() -> AnnotationStore.readInto(new ByteArrayInputStream(bytes.toByteArray()), new LinkedHashMap<>()))
                .isInstanceOf(IOException.class).hasMessageContaining("outside");
    }
}
