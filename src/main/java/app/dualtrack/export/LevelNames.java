package app.dualtrack.export;

import app.dualtrack.model.Level;

import java.util.List;

/** How a level is named wherever the documents mention it: code and title, "IC5 Principal Engineer". */
final class LevelNames {
    private LevelNames() {
    }

    static String name(Level l) {
        return l.code() == null || l.code().isBlank() ? l.title() : l.code() + " " + l.title();
    }

    /** "IC4 Staff Engineer, IC5 Principal Engineer and IC6 Distinguished Engineer". */
    static String list(List<Level> levels) {
        List<String> names = levels.stream().map(LevelNames::name).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
