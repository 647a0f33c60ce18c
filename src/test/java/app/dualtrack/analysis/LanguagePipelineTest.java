package app.dualtrack.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagePipelineTest {
    private static List<String> lemmas(String s) {
        return LanguagePipeline.annotate(s).tokens().stream().map(AnnotatedSentence.Token::lemma).toList();
    }

    @Test
    void lemmasJoinTheFormsOfAWord() {
        assertThat(lemmas("Mentors engineers on the team.")).contains("team", "engineer");
        assertThat(lemmas("Is mentoring two engineers.")).contains("mentor");
        assertThat(lemmas("Managed three teams.")).contains("manage", "team");
    }

    @Test
    void tokensKeepTheirPlaceInTheSentence() {
        String s = "Provides mentorship to senior engineers.";
        for (AnnotatedSentence.Token t : LanguagePipeline.annotate(s).tokens()) {
            assertThat(s.substring(t.start(), t.end()).toLowerCase()).isEqualTo(t.word());
        }
        assertThat(LanguagePipeline.annotate(s).tokens().get(1).isNoun()).isTrue();
    }

    @Test
    void readsFirstPersonImperativeAndNegation() {
        assertThat(LanguagePipeline.annotate("I deliver projects that matter.").firstPerson()).isTrue();
        assertThat(LanguagePipeline.annotate("Provide guidance to the team.").imperative()).isTrue();
        assertThat(LanguagePipeline.annotate("Provides guidance to the team.").imperative()).isFalse();
        AnnotatedSentence neg = LanguagePipeline.annotate("Does not manage people; instead owns the ledger.");
        int manage = neg.tokens().stream().map(AnnotatedSentence.Token::word).toList().indexOf("manage");
        assertThat(neg.negatedAt(manage)).isTrue();
        int owns = neg.tokens().stream().map(AnnotatedSentence.Token::word).toList().indexOf("owns");
        assertThat(neg.negatedAt(owns)).isFalse();
    }

    @Test
    void greedyTaggingReadsTheCorpusAsTheBeamTaggerDoes() throws Exception {
        opennlp.tools.postag.POSTaggerME beam = new opennlp.tools.postag.POSTaggerME(
                new opennlp.tools.postag.POSModel(getClass().getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")));
        int tokens = 0;
        int same = 0;
        for (LadderCorpus.Example e : LadderCorpus.load()) {
            String[] words = opennlp.tools.tokenize.SimpleTokenizer.INSTANCE.tokenize("She " + e.sentence());
            String[] expected = beam.tag(words);
            String[] actual = LanguagePipeline.tag(words);
            for (int i = 0; i < words.length; i++) {
                tokens++;
                same += expected[i].equals(actual[i]) ? 1 : 0;
            }
        }
        assertThat(tokens).isGreaterThan(10_000);
        assertThat(same / (double) tokens).isGreaterThanOrEqualTo(0.995);
    }

    @Test
    void theBuiltContextGeneratorGivesTheFeaturesOfTheModelsOwnDescriptor() throws Exception {
        opennlp.tools.postag.POSModel model = new opennlp.tools.postag.POSModel(
                getClass().getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
        opennlp.tools.postag.POSContextGenerator fromDescriptor = model.getFactory().getPOSContextGenerator();
        opennlp.tools.postag.POSContextGenerator built = LanguagePipeline.contextGenerator();
        int words = 0;
        for (LadderCorpus.Example e : LadderCorpus.load()) {
            String[] sentence = opennlp.tools.tokenize.SimpleTokenizer.INSTANCE.tokenize("She " + e.sentence());
            String[] tags = LanguagePipeline.tag(sentence);
            for (int i = 0; i < sentence.length; i++) {
                // the features for word i see the tags decided before it, as when tagging
                String[] before = java.util.Arrays.copyOf(tags, i);
                assertThat(built.getContext(i, sentence, before, null))
                        .as("features of “%s” in “%s”", sentence[i], e.sentence())
                        .containsExactly(fromDescriptor.getContext(i, sentence, before, null));
                words++;
            }
        }
        assertThat(words).isGreaterThan(10_000);
    }

    @Test
    void manyThreadsGetTheSameAnnotations() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String s = "Designs the storage engine of service " + i + " and leads its migration.";
                results.add(pool.submit(() -> lemmas(s)));
            }
            for (int i = 0; i < 16; i++) {
                assertThat(results.get(i).get()).contains("design", "lead", "migration", String.valueOf(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
