package app.dualtrack.analysis;

import app.dualtrack.model.Behaviour;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;

import java.util.List;
import java.util.Map;

/** Flaw 1: technical roles written in management language. */
final class LanguageRules {
    private final LanguageAnalyzer language;
    private final RuleCatalog catalog;

    LanguageRules(LanguageAnalyzer language, RuleCatalog catalog) {
        this.language = language;
        this.catalog = catalog;
    }

    /** Findings of one technical level depend on that level alone: cached by identity, since an edit replaces only the edited level. */
    private final Map<IdentityKey, List<Finding>> perLevel = new java.util.concurrent.ConcurrentHashMap<>();

    private record IdentityKey(Level level) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey k && k.level == level;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(level);
        }
    }

    SentenceVerdict verdict(String sentence) {
        return language.judge(sentence);
    }

    void check(Ladder ladder, Findings out) {
        if (perLevel.size() > 50_000) {
            perLevel.clear();
        }
        for (Level level : ladder.technical()) {
            out.addAll(perLevel.computeIfAbsent(new IdentityKey(level), k -> {
                Findings own = out.fresh();
                checkTechnicalLevel(level, own);
                return List.copyOf(own.all());
            }));
        }
        for (Level level : ladder.shared()) {
            checkCollaborationAsBar(level, out, List.of());
        }
    }

    /**
     * The primary bar is a manager's when at least half of it is management language: at that share
     * a reader meets as much management as technical work, and the level reads as a management role
     * (a mixed sentence counts half). One management sentence in a bar of three stays a warning on
     * that sentence, not a verdict on the level.
     */
    static final double MANAGEMENT_PRIMARY_SHARE = 0.5;
    /**
     * Without a scope statement, a level needs at least a quarter of its primary bar to name systems,
     * technical problems or outcomes; one technical noun among twenty sentences does not make it so.
     */
    static final double TECHNICAL_SCOPE_SHARE = 0.25;

    private void checkTechnicalLevel(Level level, Findings out) {
        String name = LadderText.name(level);
        List<Behaviour> primary = level.primary();
        double managementShare = 0;
        double technicalShare = 0;
        int management = 0;
        int mixed = 0;
        int technical = 0;
        List<Integer> managementIndexes = new java.util.ArrayList<>();
        for (int i = 0; i < primary.size(); i++) {
            SentenceVerdict v = language.judge(primary.get(i).text());
            managementShare += v.managementShare();
            technicalShare += v.technicalShare();
            technical += v.technical() && !v.isManagement() ? 1 : 0;
            if (v.isManagement()) {
                management += v.isMixed() ? 0 : 1;
                mixed += v.isMixed() ? 1 : 0;
                managementIndexes.add(i);
                // one finding per sentence, on the phrase that weighed most; the others are named with it
                PhraseHit hit = v.management().get(0);
                out.add("language/management-behaviour", FindingLocation.level(level.id(), FindingField.PRIMARY).at(i).spanning(TextSpan.of(hit)), Map.of(
                        "phrase", phrases(v.management()), "category", categoryLabel(hit.category()), "level", name,
                        "hint", catalog.hint(hit.category())));
            }
        }
        int total = primary.size();
        if (total > 0 && management > 0 && managementShare >= MANAGEMENT_PRIMARY_SHARE * total) {
            out.add("language/management-primary", FindingLocation.level(level.id(), FindingField.PRIMARY), Map.of(
                    "count", String.valueOf(management), "total", String.valueOf(total), "level", name,
                    "mixed", mixed == 0 ? "" : ", and " + mixed + " more " + (mixed == 1 ? "mixes" : "mix") + " management with technical work"));
        }
        if (isBlank(level.scope()) && technicalShare < TECHNICAL_SCOPE_SHARE * Math.max(1, total)) {
            String detail = technical == 0
                    ? "none of its primary behaviours names a system, a technical problem or a technical outcome."
                    : "only " + technical + " of its " + total + " primary behaviours " + (technical == 1 ? "names" : "name")
                    + " a system, a technical problem or a technical outcome.";
            out.add("language/no-technical-scope", FindingLocation.level(level.id(), FindingField.SCOPE), Map.of("level", name, "detail", detail));
        }
        checkCollaborationAsBar(level, out, managementIndexes);
    }

    /** “Drives alignment” or “Drives alignment” and “mentors the team”, as the message names them. */
    private static String phrases(List<PhraseHit> hits) {
        StringBuilder sb = new StringBuilder(hits.get(0).text());
        for (int i = 1; i < hits.size(); i++) {
            sb.append(i == hits.size() - 1 ? "” and “" : "”, “").append(hits.get(i).text());
        }
        return sb.toString();
    }

    private void checkCollaborationAsBar(Level level, Findings out, List<Integer> alreadyFlagged) {
        if (!level.supporting().isEmpty()) {
            return;
        }
        for (int i = 0; i < level.primary().size(); i++) {
            if (alreadyFlagged.contains(i)) {
                continue;
            }
            SentenceVerdict v = language.judge(level.primary().get(i).text());
            if (v.collaboration() != null && !v.technical()) {
                out.add("language/collaboration-as-bar", FindingLocation.level(level.id(), FindingField.PRIMARY).at(i).spanning(TextSpan.of(v.collaboration())),
                        Map.of("phrase", v.collaboration().text(), "level", LadderText.name(level)));
            }
        }
    }

    private static String categoryLabel(String category) {
        return switch (category == null ? "" : category) {
            case "alignment" -> "driving alignment";
            case "consensus" -> "building consensus";
            case "strategy" -> "setting strategy or direction";
            case "stakeholders" -> "managing stakeholders";
            case "people" -> "leading and growing people";
            case "mentoring" -> "mentoring and coaching";
            case "hiring" -> "hiring";
            case "influence" -> "influencing";
            case "representation" -> "representing the organisation";
            case "coordination" -> "coordinating people";
            case "initiatives" -> "leading initiatives";
            case "process" -> "running process";
            case "organisation" -> "running the organisation";
            case "management" -> "managing people or the organisation";
            default -> category;
        };
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

}
