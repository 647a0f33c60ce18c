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

    private final Lexicon lexicon;
    private final Map<String, SentenceVerdict> cache = new ConcurrentHashMap<>();

    LanguageAnalyzer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    SentenceVerdict judge(String sentence) {
        SentenceVerdict cached = cache.get(sentence);
        if (cached != null) {
            return cached;
        }
        SentenceVerdict verdict = analyse(sentence);
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(sentence, verdict);
        return verdict;
    }

    private record Token(String word, int start, int end) {
    }

    private SentenceVerdict analyse(String sentence) {
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
        return new SentenceVerdict(List.copyOf(hits), technical, collaboration);
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
