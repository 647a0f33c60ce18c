package app.dualtrack.analysis;

import java.util.List;

/**
 * What the language analysis says about one behaviour sentence.
 *
 * @param management  the phrases that decided it is a management behaviour, the most decisive first
 *                    (empty: it is not one)
 * @param technical   true when it names a system, a technical problem or a technical outcome
 * @param collaboration the collaboration verb it is built on, or null
 * @param probability the classifier's probability that it is management language (0 to 1)
 */
public record SentenceVerdict(List<PhraseHit> management, boolean technical, PhraseHit collaboration, double probability) {
    public boolean isManagement() {
        return !management.isEmpty();
    }

    /** Management work and technical work in one sentence ("Designs the ledger and mentors its engineers"). */
    public boolean isMixed() {
        return isManagement() && technical;
    }

    /** How much of the sentence is management: 1 for a management behaviour, ½ for a mixed one, else 0. */
    public double managementShare() {
        return isMixed() ? 0.5 : isManagement() ? 1 : 0;
    }

    /** How much of the sentence is technical work: 1 for a technical behaviour, ½ for a mixed one, else 0. */
    public double technicalShare() {
        return isMixed() ? 0.5 : technical ? 1 : 0;
    }
}
