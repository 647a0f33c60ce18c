package app.dualtrack.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The evidence the sentence classifier weighs, each piece tied to the words it came from so that
 * the words that decided a verdict can be underlined and named.
 *
 * <p>Features are read from lemmas, so "mentors", "mentoring" and "provides mentorship" share
 * evidence; a negated verb ("does not manage") gives different evidence from the plain one.
 * Feature names are part of the shipped model file: change them only together with a retrained model.
 */
final class SentenceFeatures {
    private static final Set<String> CONTENT = Set.of("NOUN", "VERB", "ADJ", "ADV", "PROPN", "NUM");
    private static final Set<String> CLAUSE_BREAK_TAGS = Set.of("PUNCT", "CCONJ", "SCONJ");
    private static final Set<String> CLAUSE_BREAK_WORDS = Set.of("that", "which", "who", "while", "so", "because", "when", "instead");
    private static final int OBJECT_WINDOW = 6;

    private SentenceFeatures() {
    }

    /**
     * One piece of evidence.
     *
     * @param name the feature's name in the model
     * @param from first token it came from
     * @param to   last token it came from (inclusive)
     */
    record Feature(String name, int from, int to) {
    }

    static List<Feature> of(AnnotatedSentence s, Lexicon lexicon, SentenceVerdict lexiconVerdict) {
        List<AnnotatedSentence.Token> tokens = s.tokens();
        List<Feature> out = new ArrayList<>(tokens.size() * 4);
        int previous = -1;
        for (int i = 0; i < tokens.size(); i++) {
            AnnotatedSentence.Token t = tokens.get(i);
            String lexical = lexicalFeatures(t, lexicon, out, i);
            if (!CONTENT.contains(t.tag())) {
                if (!t.tag().equals("DET")) {
                    previous = -1;
                }
                continue;
            }
            String lemma = t.tag().equals("NUM") ? "<num>" : t.lemma();
            boolean negated = t.isVerb() && s.negatedAt(i);
            String unit = (negated ? "neg:" : "") + lemma;
            out.add(new Feature("w:" + unit, i, i));
            if (lexical != null && negated) {
                out.add(new Feature("neg:" + lexical, i, i));
            }
            if (previous >= 0) {
                out.add(new Feature("b:" + lemmaOf(tokens.get(previous)) + " " + lemma, previous, i));
            }
            previous = i;
            if (t.tag().equals("VERB")) {
                int object = objectOf(tokens, i);
                if (object >= 0) {
                    out.add(new Feature("vo:" + unit + " " + tokens.get(object).lemma(), i, object));
                }
            }
        }
        if (s.firstPerson()) {
            out.add(new Feature("first-person", 0, 0));
        }
        for (PhraseHit hit : lexiconVerdict.management()) {
            int[] range = tokenRange(tokens, hit.start(), hit.end());
            out.add(new Feature("lexicon:" + hit.category(), range[0], range[1]));
        }
        if (lexiconVerdict.technical()) {
            out.add(new Feature("lexicon:technical", 0, Math.max(0, tokens.size() - 1)));
        }
        return out;
    }

    /** Lexicon evidence a single word gives; returns the management-verb feature it added, if any. */
    private static String lexicalFeatures(AnnotatedSentence.Token t, Lexicon lexicon, List<Feature> out, int i) {
        String verb = lexicon.managementVerbForms.getOrDefault(t.word(), lexicon.managementVerbForms.get(t.lemma()));
        String added = null;
        if (verb != null && t.isVerb()) {
            added = "mv:" + lexicon.managementVerbCategory.get(verb);
            out.add(new Feature(added, i, i));
        }
        String object = lexicon.managementObjects.getOrDefault(t.word(), lexicon.managementObjects.get(t.lemma()));
        if (object != null && t.isNoun()) {
            out.add(new Feature("mo:" + object, i, i));
        }
        if (t.isNoun() && (lexicon.technicalNouns.contains(t.word()) || lexicon.technicalNouns.contains(t.lemma()))) {
            out.add(new Feature("tech-noun", i, i));
        }
        return added;
    }

    private static String lemmaOf(AnnotatedSentence.Token t) {
        return t.tag().equals("NUM") ? "<num>" : t.lemma();
    }

    /** The first noun the verb governs within its clause, or -1: "provides mentorship to…" → mentorship. */
    private static int objectOf(List<AnnotatedSentence.Token> tokens, int verb) {
        for (int j = verb + 1; j < tokens.size() && j <= verb + OBJECT_WINDOW; j++) {
            AnnotatedSentence.Token t = tokens.get(j);
            if (t.isNoun() || t.tag().equals("PRON") && j == verb + 1) {
                // a compound's head is its last noun: "the storage engine" → engine
                int head = j;
                while (head + 1 < tokens.size() && tokens.get(head + 1).isNoun()) {
                    head++;
                }
                return head;
            }
            if (CLAUSE_BREAK_TAGS.contains(t.tag()) || CLAUSE_BREAK_WORDS.contains(t.word()) || t.tag().equals("VERB")) {
                return -1;
            }
        }
        return -1;
    }

    /** The tokens a character span covers. */
    static int[] tokenRange(List<AnnotatedSentence.Token> tokens, int start, int end) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < tokens.size(); i++) {
            AnnotatedSentence.Token t = tokens.get(i);
            if (t.end() > start && t.start() < end) {
                from = from < 0 ? i : from;
                to = i;
            }
        }
        return from < 0 ? new int[] {0, 0} : new int[] {from, to};
    }
}
