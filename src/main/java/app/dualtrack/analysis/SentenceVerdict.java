package app.dualtrack.analysis;

import java.util.List;

/**
 * What the language analysis says about one behaviour sentence.
 *
 * @param management    phrases that make it a management behaviour (empty: it is not one)
 * @param technical     true when it names a system, a technical problem or a technical outcome
 * @param collaboration the collaboration verb it is built on, or null
 */
public record SentenceVerdict(List<PhraseHit> management, boolean technical, PhraseHit collaboration) {
    public boolean isManagement() {
        return !management.isEmpty();
    }
}
