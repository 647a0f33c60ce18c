package app.dualtrack.analysis;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PosTaggerFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens, part-of-speech tags and lemmas of a sentence, from Apache OpenNLP's English models
 * (Universal Dependencies EWT, shipped as the opennlp-models-*-en jars, whose model files sit at
 * the root of the class path).
 *
 * <p>The models are loaded once, on first use or ahead of it ({@link #loadModelsInBackground}),
 * by the class-holder idiom (thread-safe without locks). The taggers themselves are not thread-safe, so each thread gets its own. A sentence
 * costs tens of microseconds to tag, so annotations are cached by sentence text for the whole
 * process: they depend on nothing but the text, and an editor re-analyses the same sentences on
 * every keystroke.
 */
final class LanguagePipeline {
    private static final int CACHE_LIMIT = 200_000;
    private static final Map<String, AnnotatedSentence> CACHE = new ConcurrentHashMap<>();

    private LanguagePipeline() {
    }

    /** The part-of-speech model, loaded on first use. */
    private static final class PosModel {
        static final POSModel MODEL = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    }

    /** The lemmatizer's model, loaded on first use; a holder of its own so that both can load at once. */
    private static final class LemmaModel {
        static final LemmatizerModel MODEL = load("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new);
    }

    /**
     * Starts loading both models, each on a daemon thread of its own, and returns at once. Reading
     * them is most of the first analysis's time; a command starts it before it reads its arguments
     * and files. A thread that needs a model before it is loaded waits for it (class initialisation).
     */
    static void loadModelsInBackground() {
        if (LOADING.compareAndSet(false, true)) {
            preload("pos", () -> PosModel.MODEL.getClass());
            preload("lemmas", () -> LemmaModel.MODEL.getClass());
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean LOADING = new java.util.concurrent.atomic.AtomicBoolean();

    /** Annotations read before (an {@link AnnotationStore}): these sentences need no model. */
    static void remember(java.util.Collection<AnnotatedSentence> annotations) {
        for (AnnotatedSentence a : annotations) {
            CACHE.putIfAbsent(a.text(), a);
        }
    }

    /** Every annotation this process holds. */
    static java.util.Collection<AnnotatedSentence> annotated() {
        return List.copyOf(CACHE.values());
    }

    private static void preload(String model, Runnable load) {
        Thread t = new Thread(() -> {
            try {
                load.run();
            } catch (RuntimeException | LinkageError e) {
                // Logged here because the analysis that needs the model next learns only that it could not be loaded.
                org.slf4j.LoggerFactory.getLogger(LanguagePipeline.class).error("The language model '{}' could not be loaded", model, e);
            }
        }, "dualtrack-load-" + model);
        t.setDaemon(true);
        t.start();
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String name, ModelReader<M> reader) {
        try (InputStream in = LanguagePipeline.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the language model " + name + " is missing from the class path");
            }
            // Nothing is logged here: fetching a logger sets up logging, which a `lint` that logs nothing should not pay for.
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the language model " + name + " cannot be read", e);
        }
    }

    /**
     * One thread's tagger: the POS model decoded greedily (a beam of one) instead of POSTaggerME's
     * beam of three. On the 1,118 sentences of the ladder corpus both give the same tags, and the greedy
     * reading costs less than half, which keeps re-analysis after an edit fast.
     */
    private record Taggers(BeamSearch greedy, POSContextGenerator context, SequenceValidator<String> validator, LemmatizerME lemmatizer) {
        String[] tag(String[] words) {
            return greedy.bestSequence(words, new Object[0], context, validator).getOutcomes().toArray(String[]::new);
        }
    }

    private static final ThreadLocal<Taggers> TAGGERS = ThreadLocal.withInitial(() -> new Taggers(
            new BeamSearch(1, PosModel.MODEL.getArtifact("pos.model"), 0), contextGenerator(),
            PosModel.MODEL.getFactory().getSequenceValidator(), new LemmatizerME(LemmaModel.MODEL)));

    /**
     * The features the part-of-speech model was trained on, built as the model's descriptor
     * ({@code generator.featuregen} in the model file) describes them. The model's factory builds
     * the same from the descriptor's XML, for every thread, and loading the XML parser and reading
     * the descriptor cost more than a fifth of loading the model. LanguagePipelineTest checks that
     * both give the same features, word by word, over the whole corpus.
     */
    static POSContextGenerator contextGenerator() {
        return new ConfigurablePOSContextGenerator(0, new CachedFeatureGenerator(new AggregatedFeatureGenerator(
                new OutcomePriorFeatureGenerator(),
                new SuffixFeatureGenerator(4),
                new PrefixFeatureGenerator(4),
                new WindowFeatureGenerator(new TokenFeatureGenerator(true), 2, 2),
                new WindowFeatureGenerator(new SentenceFeatureGenerator(true, false), 2, 2),
                new TokenClassFeatureGenerator(true),
                new PosTaggerFeatureGenerator())));
    }
    /** Lemma by word and tag. The statistical lemmatizer costs about a millisecond a call and a ladder's vocabulary is small. */
    private static final Map<String, String> LEMMAS = new ConcurrentHashMap<>();

    /** The sentence's tokens with their tags and lemmas; cached by text. */
    static AnnotatedSentence annotate(String sentence) {
        AnnotatedSentence cached = CACHE.get(sentence);
        if (cached != null) {
            return cached;
        }
        AnnotatedSentence annotated = run(sentence);
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(sentence, annotated);
        return annotated;
    }

    /** Part-of-speech tags of tokens, greedily decoded. */
    static String[] tag(String[] words) {
        return TAGGERS.get().tag(words);
    }

    private static AnnotatedSentence run(String sentence) {
        // both models at once, on their own threads, when a sentence is the first that needs them
        loadModelsInBackground();
        Taggers t = TAGGERS.get();
        // The rule-based tokenizer: the statistical one costs more than tagging and splits ladder prose no better.
        Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(sentence);
        // Ladders write behaviours without a subject ("Mentors engineers…"), which the models, trained
        // on whole sentences, read as a noun phrase. Tagged after a stand-in subject, the opening word
        // is read as the verb it is; the stand-in is dropped afterwards.
        boolean subjectless = spans.length > 0 && !SUBJECTS.contains(spans[0].getCoveredText(sentence).toString().toLowerCase(Locale.ROOT));
        int shift = subjectless ? 1 : 0;
        String[] words = new String[spans.length + shift];
        if (subjectless) {
            words[0] = "She";
        }
        for (int i = 0; i < spans.length; i++) {
            String w = spans[i].getCoveredText(sentence).toString().replace('’', '\'');
            words[i + shift] = i == 0 && subjectless && !isAcronym(w) ? w.toLowerCase(Locale.ROOT) : w;
        }
        String[] tags = t.tag(words);
        List<AnnotatedSentence.Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            String lower = words[i + shift].toLowerCase(Locale.ROOT);
            String lemma = lemma(t.lemmatizer(), lower, tags[i + shift]);
            tokens.add(new AnnotatedSentence.Token(lower, lemma, tags[i + shift], spans[i].getStart(), spans[i].getEnd()));
        }
        return new AnnotatedSentence(sentence, List.copyOf(tokens));
    }

    private static String lemma(LemmatizerME lemmatizer, String word, String tag) {
        if (!word.chars().allMatch(Character::isLetter) || tag.equals("PROPN") || tag.equals("PUNCT")) {
            return word;
        }
        String key = tag + ' ' + word;
        String known = LEMMAS.get(key);
        if (known != null) {
            return known;
        }
        String lemma = lemmatizer.lemmatize(new String[] {word}, new String[] {tag})[0];
        lemma = lemma == null || lemma.equals("O") || lemma.isBlank() ? word : lemma.toLowerCase(Locale.ROOT);
        if (LEMMAS.size() > CACHE_LIMIT) {
            LEMMAS.clear();
        }
        LEMMAS.put(key, lemma);
        return lemma;
    }

    /** Words a sentence with a subject, or a heading, opens with. */
    private static final java.util.Set<String> SUBJECTS = java.util.Set.of("i", "we", "you", "he", "she", "they", "it",
            "the", "a", "an", "this", "these", "their", "his", "her", "our", "my", "your", "each", "every", "all", "as",
            "when", "if", "for", "in", "on", "at", "with", "by", "from", "through", "across", "engineers", "someone");

    private static boolean isAcronym(String w) {
        return w.length() > 1 && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }
}
