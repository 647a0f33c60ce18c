package app.dualtrack.analysis;

import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
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

    private void checkTechnicalLevel(Level level, Findings out) {
        String name = LadderText.name(level);
        List<Behaviour> primary = level.primary();
        int managementCount = 0;
        boolean anyTechnical = false;
        List<Integer> managementIndexes = new java.util.ArrayList<>();
        for (int i = 0; i < primary.size(); i++) {
            SentenceVerdict v = language.judge(primary.get(i).text());
            anyTechnical |= v.technical() && !v.isManagement();
            if (v.isManagement()) {
                managementCount++;
                managementIndexes.add(i);
                for (PhraseHit hit : v.management()) {
                    out.add("language/management-behaviour", FindingLocation.level(level.id(), FindingField.PRIMARY).at(i).spanning(TextSpan.of(hit)), Map.of(
                            "phrase", hit.text(), "category", categoryLabel(hit.category()), "level", name,
                            "hint", catalog.hint(hit.category())));
                }
            }
        }
        if (!primary.isEmpty() && managementCount * 2 > primary.size()) {
            out.add("language/management-primary", FindingLocation.level(level.id(), FindingField.PRIMARY), Map.of(
                    "count", String.valueOf(managementCount), "total", String.valueOf(primary.size()), "level", name));
        }
        if (isBlank(level.scope()) && !anyTechnical) {
            out.add("language/no-technical-scope", FindingLocation.level(level.id(), FindingField.SCOPE), Map.of("level", name));
        }
        checkCollaborationAsBar(level, out, managementIndexes);
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
            default -> category;
        };
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

}
