package app.dualtrack.importer;

import app.dualtrack.model.BehaviourKind;

/**
 * One behaviour found in a source, before the mapping decides its kind and area.
 *
 * @param text     the sentence(s), trimmed
 * @param section  the sub-heading, matrix row or area column it was found under, or null; the mapping
 *                 says whether a section is an area, the primary list or the supporting list
 * @param areaHint an area named on the behaviour itself ("**Delivery:** …", an area column), or null
 * @param kindHint a kind the source states outright (a "kind" column), or null
 * @param sourceId the id the source gave it (a YAML competency's UUID), or null
 * @param where    where it was found
 */
public record DraftBehaviour(String text, String section, String areaHint, BehaviourKind kindHint, String sourceId, Where where) {
}
