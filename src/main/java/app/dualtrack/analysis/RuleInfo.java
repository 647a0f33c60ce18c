package app.dualtrack.analysis;

/**
 * What a rule is, for people: shown in the warnings pane, the guide and the PDF audit.
 *
 * @param flaw the design flaw it belongs to, a guide topic: {@code management-language},
 *             {@code invisible-progress}, {@code track-runs-out} or {@code drift}
 */
public record RuleInfo(String id, Severity defaultSeverity, String flaw, String title, String explanation,
                       String messageTemplate, String suggestionTemplate) {
}
