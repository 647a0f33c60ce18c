package app.dualtrack.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a behaviour sentence is a management behaviour, and which words made the call.
 *
 * <p>Two readers work together. The lexicon reader below finds the phrases the project's lexicon
 * knows, with their category. The {@link SentenceModel}, a logistic regression over lemmas, verb–object
 * pairs and the lexicon's findings (read by {@link LanguagePipeline}), has the final word: it
 * catches what the lexicon does not know ("provides mentorship", "is a trusted advisor to
 * leadership", "I hold 1:1s") and overrules it where the lexicon is wrong ("does not manage
 * people"). The phrase shown to the user is the evidence that weighed most.
 *
 * <p>The lexicon reader:
 * <p>Explainable by construction: a management verb (mentor, influence, represent…) is management
 * unless its object is technical; a verb judged by its object (drive, lead, own, define…) is
 * management when the first noun it governs is about people or organisation (alignment, strategy,
 * teams, stakeholders) and not when it is technical (latency, migration, storage engine). The
 * object is read up to the end of the clause. Results are cached per sentence text, so that
 * re-analysing a ladder after one edit only reads the edited sentence again.
 */
final class LanguageAnalyzer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’:-]*");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,.;:!?()\\[\\]]");
    private static final Set<String> BOUNDARY_WORDS = Set.of("that", "which", "who", "whose", "where", "while",
            "so", "because", "when", "without", "by", "through", "via", "using", "and", "or", "but", "to");
    private static final int WINDOW = 8;
    private static final int CACHE_LIMIT = 100_000;

    /** At or above this probability a sentence is management language. */
    static final double THRESHOLD = 0.5;
    /** Below this probability a sentence that names no known technical noun still reads as technical work. */
    private static final double CLEARLY_TECHNICAL = 0.2;

    private final Lexicon lexicon;
    private final SentenceModel model;
    private final Map<String, SentenceVerdict> cache = new ConcurrentHashMap<>();

    LanguageAnalyzer(Lexicon lexicon) {
        this(lexicon, SentenceModel.shipped());
    }

    LanguageAnalyzer(Lexicon lexicon, SentenceModel model) {
        this.lexicon = lexicon;
        this.model = model;
    }

    SentenceVerdict judge(String sentence) {
        SentenceVerdict cached = cache.get(sentence);
        if (cached != null) {
            return cached;
        }
        SentenceVerdict verdict = classify(sentence);
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(sentence, verdict);
        return verdict;
    }

    private record Token(String word, int start, int end) {
    }

    /** The evidence the classifier weighs for a sentence (also what the training tool learns from). */
    List<SentenceFeatures.Feature> features(String sentence) {
        return SentenceFeatures.of(LanguagePipeline.annotate(sentence), lexicon, readWithLexicon(sentence));
    }

    private SentenceVerdict classify(String sentence) {
        SentenceVerdict byLexicon = readWithLexicon(sentence);
        AnnotatedSentence annotated = LanguagePipeline.annotate(sentence);
        List<SentenceFeatures.Feature> features = SentenceFeatures.of(annotated, lexicon, byLexicon);
        double p = model.probability(features);
        if (p < THRESHOLD && !userSaysManagement(byLexicon)) {
            boolean technical = byLexicon.technical() || p < CLEARLY_TECHNICAL;
            return new SentenceVerdict(List.of(), technical, byLexicon.collaboration(), p);
        }
        return new SentenceVerdict(explain(sentence, annotated, features, byLexicon), byLexicon.technical(), byLexicon.collaboration(), p);
    }

    /**
     * The phrases that decided a management verdict, the most decisive first: the lexicon's phrases
     * when it found any (they weigh in the verdict and carry a category the advice is written for),
     * else the phrase whose evidence weighs most: of the spans the features cover (a word, two
     * neighbours, a verb and its object), the one holding the largest sum of positive weights.
     */
    private List<PhraseHit> explain(String sentence, AnnotatedSentence annotated, List<SentenceFeatures.Feature> features,
                                    SentenceVerdict byLexicon) {
        if (!byLexicon.management().isEmpty()) {
            return byLexicon.management();
        }
        int from = 0;
        int to = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (SentenceFeatures.Feature candidate : features) {
            if (!isWordEvidence(candidate)) {
                continue;
            }
            double score = 0;
            java.util.Set<String> counted = new java.util.HashSet<>();
            for (SentenceFeatures.Feature f : features) {
                if (isWordEvidence(f) && f.from() >= candidate.from() && f.to() <= candidate.to() && counted.add(f.name())) {
                    score += Math.max(0, model.weight(f.name()));
                }
            }
            boolean shorter = candidate.to() - candidate.from() < to - from;
            if (score > best || score == best && shorter) {
                best = score;
                from = candidate.from();
                to = candidate.to();
            }
        }
        List<AnnotatedSentence.Token> tokens = annotated.tokens();
        int start = tokens.get(from).start();
        int end = tokens.get(to).end();
        return List.of(new PhraseHit(start, end, sentence.substring(start, end), categoryOf(features, from, to)));
    }

    /** Evidence that comes from the sentence's own words, which can be underlined. */
    private static boolean isWordEvidence(SentenceFeatures.Feature f) {
        return !f.name().startsWith("lexicon:") && !f.name().equals("first-person");
    }

    /** A management verb a user's rules file added decides on its own: the team knows its own words. */
    private boolean userSaysManagement(SentenceVerdict byLexicon) {
        if (lexicon.userManagementVerbs.isEmpty()) {
            return false;
        }
        for (PhraseHit hit : byLexicon.management()) {
            Matcher m = WORD.matcher(hit.text());
            if (m.find() && lexicon.userManagementVerbs.contains(lexicon.managementVerbForms.get(Lexicon.lower(m.group())))) {
                return true;
            }
        }
        return false;
    }

    /** The lexicon category of the words in a span ("mentorship" → mentoring), or the general one. */
    private String categoryOf(List<SentenceFeatures.Feature> features, int from, int to) {
        for (SentenceFeatures.Feature f : features) {
            if (f.from() >= from && f.to() <= to && (f.name().startsWith("mv:") || f.name().startsWith("mo:"))) {
                return f.name().substring(3);
            }
        }
        return "management";
    }

    /** What the lexicon alone finds in a sentence. */
    SentenceVerdict readWithLexicon(String sentence) {
        List<Token> tokens = tokens(sentence);
        List<PhraseHit> hits = new ArrayList<>();
        boolean technical = false;
        PhraseHit collaboration = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            technical |= lexicon.technicalNouns.contains(t.word);
            if (collaboration == null && lexicon.collaborationVerbForms.containsKey(t.word) && (i == 0 || isLeadingVerb(tokens, i))) {
                collaboration = new PhraseHit(t.start, t.end, sentence.substring(t.start, t.end), "collaboration");
            }
            String mgmtBase = lexicon.managementVerbForms.get(t.word);
            String objBase = lexicon.objectVerbForms.get(t.word);
            if (mgmtBase == null && objBase == null) {
                continue;
            }
            ObjectNoun object = firstObjectNoun(sentence, tokens, i);
            if (mgmtBase != null) {
                if (object == null || !object.technical) {
                    int end = object == null ? t.end : tokens.get(object.index).end;
                    String category = lexicon.managementVerbCategory.get(mgmtBase);
                    hits.add(new PhraseHit(t.start, end, sentence.substring(t.start, end), category));
                    i = object == null ? i : object.index;
                }
            } else if (object != null && !object.technical) {
                int end = tokens.get(object.index).end;
                hits.add(new PhraseHit(t.start, end, sentence.substring(t.start, end), object.category));
                i = object.index;
            }
        }
        return new SentenceVerdict(List.copyOf(hits), technical, collaboration, hits.isEmpty() ? 0 : 1);
    }

    /** A verb leads a clause when it is first, or follows "and"/a comma (e.g. "Reviews and mentors…"). */
    private static boolean isLeadingVerb(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).word.equals("and") && i <= 2;
    }

    private record ObjectNoun(int index, boolean technical, String category) {
    }

    /** The first known noun after the verb, within its clause, or null. */
    private ObjectNoun firstObjectNoun(String sentence, List<Token> tokens, int verb) {
        for (int j = verb + 1; j < tokens.size() && j <= verb + WINDOW; j++) {
            Token prev = tokens.get(j - 1);
            Token t = tokens.get(j);
            if (CLAUSE_BREAK.matcher(sentence.substring(prev.end, t.start)).find()) {
                return null;
            }
            boolean headOfCompound = j + 1 < tokens.size()
                    && sentence.substring(t.end, tokens.get(j + 1).start).isBlank()
                    && lexicon.managementObjects.containsKey(tokens.get(j + 1).word);
            if (lexicon.technicalNouns.contains(t.word) && !headOfCompound) {
                return new ObjectNoun(j, true, null);
            }
            String category = lexicon.managementObjects.get(t.word);
            if (category != null) {
                int end = extendNounPhrase(sentence, tokens, j);
                // A strategy, roadmap or direction *for a system* is technical work: "the technical roadmap for the search platform".
                if ("strategy".equals(category) && governsTechnicalNoun(sentence, tokens, end)) {
                    return new ObjectNoun(end, true, null);
                }
                return new ObjectNoun(end, false, category);
            }
            if (BOUNDARY_WORDS.contains(t.word) && j > verb + 1) {
                return null;
            }
        }
        return null;
    }

    /** True when "of/for/in the <technical noun>" follows, within the clause. */
    private boolean governsTechnicalNoun(String sentence, List<Token> tokens, int j) {
        if (j + 1 >= tokens.size() || !Set.of("of", "for", "in").contains(tokens.get(j + 1).word)) {
            return false;
        }
        for (int k = j + 2; k < tokens.size() && k <= j + 5; k++) {
            if (CLAUSE_BREAK.matcher(sentence.substring(tokens.get(k - 1).end, tokens.get(k).start)).find()) {
                return false;
            }
            String w = tokens.get(k).word;
            if (lexicon.managementObjects.containsKey(w)) {
                return false;
            }
            if (lexicon.technicalNouns.contains(w)) {
                boolean compound = k + 1 < tokens.size() && lexicon.managementObjects.containsKey(tokens.get(k + 1).word);
                return !compound;
            }
        }
        return false;
    }

    /** "company strategy": a management noun followed directly by another is one phrase. */
    private int extendNounPhrase(String sentence, List<Token> tokens, int j) {
        while (j + 1 < tokens.size()
                && sentence.substring(tokens.get(j).end, tokens.get(j + 1).start).isBlank()
                && lexicon.managementObjects.containsKey(tokens.get(j + 1).word)) {
            j++;
        }
        return j;
    }

    private static List<Token> tokens(String sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String w = Lexicon.lower(m.group()).replace('’', '\'');
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            } else if (w.endsWith("'")) {
                w = w.substring(0, w.length() - 1);
            }
            tokens.add(new Token(w, m.start(), m.end()));
        }
        return tokens;
    }
}
