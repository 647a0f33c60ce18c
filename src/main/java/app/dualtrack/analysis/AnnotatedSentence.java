package app.dualtrack.analysis;

import java.util.List;
import java.util.Set;

/**
 * A sentence as the language pipeline reads it: tokens with their Universal Dependencies
 * part-of-speech tag and lemma, and what the grammar says about who acts.
 */
record AnnotatedSentence(String text, List<Token> tokens) {
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our", "me", "us");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nor", "without");

    /**
     * One token.
     *
     * @param word  the word in lower case
     * @param lemma its dictionary form ("mentoring" → "mentor", "teams" → "team")
     * @param tag   its Universal Dependencies part of speech (VERB, NOUN, ADJ, PRON, …)
     */
    record Token(String word, String lemma, String tag, int start, int end) {
        boolean isVerb() {
            return tag.equals("VERB") || tag.equals("AUX");
        }

        boolean isNoun() {
            return tag.equals("NOUN") || tag.equals("PROPN");
        }

        boolean isWord() {
            return !tag.equals("PUNCT") && !tag.equals("SYM");
        }
    }

    /** "I deliver…", "We own…": the sentence is written in the first person. */
    boolean firstPerson() {
        return !tokens.isEmpty() && FIRST_PERSON.contains(tokens.get(0).word());
    }

    /** "Provide…", "Manage…": the sentence opens with a bare verb, an instruction. */
    boolean imperative() {
        return !tokens.isEmpty() && tokens.get(0).tag().equals("VERB") && tokens.get(0).word().equals(tokens.get(0).lemma());
    }

    /** True when a negation ("not", "never", "without") stands within the three words before {@code index}. */
    boolean negatedAt(int index) {
        for (int k = Math.max(0, index - 3); k < index; k++) {
            if (NEGATIONS.contains(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }
}
