package app.dualtrack.ui.inspector;

import app.dualtrack.model.Band;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Growth;
import app.dualtrack.model.Ids;
import app.dualtrack.model.Level;
import app.dualtrack.ui.document.LadderDocument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Edits the fields of one level. Every change is a named, undoable edit; typing in one field merges
 * into one undo step. Text is stored as typed, but an emptied optional field is removed.
 */
public final class InspectorViewModel {
    private final Supplier<LadderDocument> document;
    private final Supplier<String> levelId;

    public InspectorViewModel(Supplier<LadderDocument> document, Supplier<String> levelId) {
        this.document = document;
        this.levelId = levelId;
    }

    public Optional<Level> level() {
        String id = levelId.get();
        return id == null || document.get() == null ? Optional.empty() : document.get().ladder().level(id);
    }

    private void edit(String description, String field, UnaryOperator<Level> change) {
        String id = levelId.get();
        if (id == null) {
            return;
        }
        document.get().apply(description, field == null ? null : id + "/" + field, l -> l.updateLevel(id, change));
    }

    private static String orNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public void setTitle(String title) {
        if (title == null || title.isBlank()) {
            return; // a level must have a title; the field shows the old one again
        }
        edit("Rename level", "title", l -> l.withTitle(title));
    }

    public void setCode(String code) {
        edit("Change level code", "code", l -> l.toBuilder().code(orNull(code)).build());
    }

    public void setSummary(String summary) {
        edit("Edit summary", "summary", l -> l.toBuilder().summary(orNull(summary)).build());
    }

    public void setScope(String scope) {
        edit("Edit scope", "scope", l -> l.toBuilder().scope(orNull(scope)).build());
    }

    /** Changes the level's id and every reference to it; returns a message when the id is refused. */
    public Optional<String> setId(String newId) {
        String id = levelId.get();
        if (id == null || id.equals(newId)) {
            return Optional.empty();
        }
        if (!Ids.isValid(newId)) {
            return Optional.of("An id uses lowercase letters, digits and hyphens, and starts with a letter or digit.");
        }
        if (document.get().ladder().level(newId).isPresent()) {
            return Optional.of("Another level already has the id “" + newId + "”.");
        }
        document.get().apply("Change level id", l -> l.changeLevelId(id, newId));
        return Optional.empty();
    }

    public void setBehaviourText(BehaviourKind kind, int index, String text) {
        edit("Edit " + kind.key() + " behaviour", kind.key() + "/" + index, l -> {
            List<Behaviour> list = new ArrayList<>(l.behaviours(kind));
            if (index >= list.size()) {
                return l;
            }
            list.set(index, list.get(index).withText(text));
            return l.withBehaviours(kind, list);
        });
    }

    public void addBehaviour(BehaviourKind kind) {
        edit("Add " + kind.key() + " behaviour", null, l -> {
            List<Behaviour> list = new ArrayList<>(l.behaviours(kind));
            list.add(new Behaviour(""));
            return l.withBehaviours(kind, list);
        });
    }

    public void removeBehaviour(BehaviourKind kind, int index) {
        edit("Remove " + kind.key() + " behaviour", null, l -> {
            List<Behaviour> list = new ArrayList<>(l.behaviours(kind));
            list.remove(index);
            return l.withBehaviours(kind, list);
        });
    }

    public void moveBehaviour(BehaviourKind kind, int index, int delta) {
        edit("Reorder behaviours", null, l -> {
            List<Behaviour> list = new ArrayList<>(l.behaviours(kind));
            int target = index + delta;
            if (target < 0 || target >= list.size()) {
                return l;
            }
            list.add(target, list.remove(index));
            return l.withBehaviours(kind, list);
        });
    }

    /** Moves a behaviour from primary to supporting or back, to the end of the other list. */
    public void moveToOtherList(BehaviourKind kind, int index) {
        edit("Move behaviour to " + kind.other().key(), null, l -> {
            List<Behaviour> from = new ArrayList<>(l.behaviours(kind));
            List<Behaviour> to = new ArrayList<>(l.behaviours(kind.other()));
            to.add(from.remove(index));
            return l.withBehaviours(kind, from).withBehaviours(kind.other(), to);
        });
    }

    public void setGrowth(Growth growth, boolean on) {
        edit(on ? "Add growth: " + growth.label().toLowerCase() : "Remove growth: " + growth.label().toLowerCase(), null, l -> {
            List<Growth> list = new ArrayList<>();
            for (Growth g : Growth.values()) {
                if (g == growth ? on : l.growth().contains(g)) {
                    list.add(g);
                }
            }
            return l.toBuilder().growth(list).build();
        });
    }

    public void setMinHeadcount(Integer value) {
        edit("Change minimum headcount", "minHeadcount", l -> l.toBuilder().minHeadcount(value == null || value < 1 ? null : value).build());
    }

    public void setBand(BigDecimal min, BigDecimal max, String currency) {
        edit("Change pay band", "band", l -> l.toBuilder()
                .band(min == null && max == null ? null : new Band(min, max, orNull(currency))).build());
    }
}
