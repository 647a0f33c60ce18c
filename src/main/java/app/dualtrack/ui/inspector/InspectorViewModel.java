package app.dualtrack.ui.inspector;

import app.dualtrack.model.Band;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Growth;
import app.dualtrack.model.Ids;
import app.dualtrack.model.Level;
import app.dualtrack.format.FormatLimits;
import app.dualtrack.session.LadderDocument;
import app.dualtrack.ui.document.BehaviourClipboard;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
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

    // The fields as the inspector shows them. The view binds its controls to these; pull() fills them from
    // the model after every change (edit, undo, redo, reload, drag, dialog), and what the user types is
    // validated here and pushed to the model as an undoable edit. A value that cannot be stored is kept in
    // the field with an error beside it, never silently dropped.
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty scope = new SimpleStringProperty("");
    private final StringProperty minHeadcount = new SimpleStringProperty("");
    private final StringProperty bandMin = new SimpleStringProperty("");
    private final StringProperty bandMax = new SimpleStringProperty("");
    private final StringProperty bandCurrency = new SimpleStringProperty("");
    private final ObjectProperty<String> peerId = new SimpleObjectProperty<>();
    private final Map<Growth, BooleanProperty> growth = new EnumMap<>(Growth.class);
    private final ReadOnlyStringWrapper titleError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headcountError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bandError = new ReadOnlyStringWrapper("");
    private boolean pulling;
    private BehaviourClipboard.Access clipboard = BehaviourClipboard.Access.inMemory();
    private final Map<BehaviourKind, ReadOnlyStringWrapper> pasteProblem = new EnumMap<>(Map.of(
            BehaviourKind.PRIMARY, new ReadOnlyStringWrapper(""), BehaviourKind.SUPPORTING, new ReadOnlyStringWrapper("")));

    public InspectorViewModel(Supplier<LadderDocument> document, Supplier<String> levelId) {
        this.document = document;
        this.levelId = levelId;
        onUser(title, this::setTitle);
        onUser(code, this::setCode);
        onUser(summary, this::setSummary);
        onUser(scope, this::setScope);
        onUser(minHeadcount, this::pushHeadcount);
        onUser(bandMin, t -> pushBand());
        onUser(bandMax, t -> pushBand());
        onUser(bandCurrency, t -> pushBand());
        peerId.addListener((o, a, b) -> {
            if (!pulling) {
                setPeer(b);
            }
        });
        for (Growth g : Growth.values()) {
            BooleanProperty p = new SimpleBooleanProperty();
            p.addListener((o, a, on) -> {
                if (!pulling) {
                    setGrowth(g, on);
                }
            });
            growth.put(g, p);
        }
    }

    private void onUser(StringProperty p, java.util.function.Consumer<String> push) {
        p.addListener((o, a, b) -> {
            if (!pulling) {
                push.accept(b == null ? "" : b);
            }
        });
    }

    /** Shows the model: call after every change of the ladder or of the selection. */
    public void pull() {
        Optional<Level> shown = level();
        pulling = true;
        try {
            Level l = shown.orElse(null);
            if (l == null) {
                return;
            }
            if (!(title.get().isBlank() && !titleError.get().isEmpty() && l.title().equals(lastTitle))) {
                title.set(l.title());
                titleError.set("");
            }
            lastTitle = l.title();
            code.set(text(l.code()));
            summary.set(text(l.summary()));
            scope.set(text(l.scope()));
            Integer parsed = headcount(minHeadcount.get());
            if (!headcountError.get().isEmpty() || !java.util.Objects.equals(parsed, l.minHeadcount())) {
                minHeadcount.set(l.minHeadcount() == null ? "" : l.minHeadcount().toString());
                headcountError.set("");
            }
            Band band = l.band();
            BigDecimal min = number(bandMin.get());
            BigDecimal max = number(bandMax.get());
            boolean sameBand = bandError.get().isEmpty() && java.util.Objects.equals(band == null ? null : band.min(), min)
                    && java.util.Objects.equals(band == null ? null : band.max(), max)
                    && text(band == null ? null : band.currency()).equals(bandCurrency.get().strip());
            if (!sameBand) {
                bandMin.set(band == null || band.min() == null ? "" : band.min().toPlainString());
                bandMax.set(band == null || band.max() == null ? "" : band.max().toPlainString());
                bandCurrency.set(band == null ? "" : text(band.currency()));
                bandError.set("");
            }
            growth.forEach((g, p) -> p.set(l.growth().contains(g)));
            peerId.set(document.get().ladder().peerOf(l.id()).map(Level::id).orElse(null));
        } finally {
            pulling = false;
        }
    }

    private String lastTitle;

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty scopeProperty() {
        return scope;
    }

    /** The minimum headcount as typed; a whole number of engineers or empty. */
    public StringProperty minHeadcountProperty() {
        return minHeadcount;
    }

    public StringProperty bandMinProperty() {
        return bandMin;
    }

    public StringProperty bandMaxProperty() {
        return bandMax;
    }

    public StringProperty bandCurrencyProperty() {
        return bandCurrency;
    }

    /** The id of the peer on the other track, null for none. */
    public ObjectProperty<String> peerIdProperty() {
        return peerId;
    }

    public BooleanProperty growthProperty(Growth g) {
        return growth.get(g);
    }

    /** Why the title typed is not stored, or empty. */
    public ReadOnlyStringProperty titleErrorProperty() {
        return titleError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headcountErrorProperty() {
        return headcountError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bandErrorProperty() {
        return bandError.getReadOnlyProperty();
    }

    private void pushHeadcount(String typed) {
        String t = typed.strip();
        Integer value = headcount(t);
        if (!t.isEmpty() && value == null) {
            headcountError.set("The minimum headcount is a whole number of engineers, such as 150; “" + t + "” is not stored.");
            return;
        }
        headcountError.set("");
        setMinHeadcount(value);
    }

    /** A positive whole number below ten million, or null. */
    private static Integer headcount(String typed) {
        String t = typed == null ? "" : typed.strip().replace(",", "").replace("_", "");
        return t.matches("\\d{1,7}") && Integer.parseInt(t) >= 1 ? Integer.valueOf(t) : null;
    }

    private void pushBand() {
        String minText = bandMin.get().strip();
        String maxText = bandMax.get().strip();
        BigDecimal min = number(minText);
        BigDecimal max = number(maxText);
        if (!minText.isEmpty() && min == null) {
            bandError.set("The minimum pay is not an amount: “" + minText + "” is not stored. Write digits, such as 120000.");
            return;
        }
        if (!maxText.isEmpty() && max == null) {
            bandError.set("The maximum pay is not an amount: “" + maxText + "” is not stored. Write digits, such as 150000.");
            return;
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            bandError.set("The minimum pay is above the maximum; the band is not stored until it is not.");
            return;
        }
        bandError.set("");
        setBand(min, max, bandCurrency.get().strip());
    }

    /** A non-negative amount (commas and underscores as thousands separators allowed), or null. */
    static BigDecimal number(String text) {
        try {
            String t = text == null ? "" : text.strip().replace(",", "").replace("_", "");
            BigDecimal d = t.isEmpty() ? null : new BigDecimal(t);
            return d != null && d.signum() >= 0 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void setPeer(String peer) {
        String id = levelId.get();
        if (id == null) {
            return;
        }
        if (peer == null) {
            document.get().apply("Unpair level", l -> l.unpair(id));
            return;
        }
        var ladder = document.get().ladder();
        var a = ladder.trackOf(id);
        var b = ladder.trackOf(peer);
        if (a.isPresent() && b.isPresent() && a.get().isBranch() && b.get().isBranch() && a.get() != b.get()) {
            document.get().apply("Pair levels", l -> l.pair(id, peer));
        }
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
            titleError.set("A level needs a title; the file keeps the last one until you type a new one.");
            return;
        }
        titleError.set("");
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

    /** Uses the system clipboard for whole behaviours (tests keep the in-memory one). */
    public void setClipboard(BehaviourClipboard.Access clipboard) {
        this.clipboard = clipboard;
    }

    /** Why the last paste into a list did nothing, shown under that list; empty after a paste that worked. */
    public ReadOnlyStringProperty pasteProblemProperty(BehaviourKind kind) {
        return pasteProblem.get(kind).getReadOnlyProperty();
    }

    /** Puts one behaviour on the clipboard, whole: its text, its list and its area. */
    public void copyBehaviour(BehaviourKind kind, int index) {
        level().filter(l -> index >= 0 && index < l.behaviours(kind).size()).ifPresent(l ->
                clipboard.put(BehaviourClipboard.copy(document.get().ladder(), l.id(),
                        List.of(new BehaviourClipboard.Item(kind, l.behaviours(kind).get(index))))));
    }

    /** Copies the behaviour, then removes it in one undoable edit. */
    public void cutBehaviour(BehaviourKind kind, int index) {
        Optional<Level> l = level().filter(x -> index >= 0 && index < x.behaviours(kind).size());
        if (l.isEmpty()) {
            return;
        }
        copyBehaviour(kind, index);
        edit("Cut " + kind.key() + " behaviour", null, x -> {
            List<Behaviour> list = new ArrayList<>(x.behaviours(kind));
            list.remove(index);
            return x.withBehaviours(kind, list);
        });
    }

    /** Puts every behaviour of the level on the clipboard, primary then supporting, each keeping its list. */
    public void copyAllBehaviours() {
        level().ifPresent(l -> {
            List<BehaviourClipboard.Item> items = new ArrayList<>();
            l.primary().forEach(b -> items.add(new BehaviourClipboard.Item(BehaviourKind.PRIMARY, b)));
            l.supporting().forEach(b -> items.add(new BehaviourClipboard.Item(BehaviourKind.SUPPORTING, b)));
            clipboard.put(BehaviourClipboard.copy(document.get().ladder(), l.id(), items));
        });
    }

    /** Whether the clipboard holds any text a paste could use (the menu disables Paste otherwise). */
    public boolean canPasteBehaviours() {
        return clipboard.json().isPresent() || clipboard.text().filter(t -> !t.isBlank()).isPresent();
    }

    /**
     * Pastes the clipboard's behaviours into {@code kind}'s list at {@code at} (0 = first), as one undoable
     * edit named by how many ("Paste 3 behaviours"). Behaviours copied from both lists of a level go back
     * to their own lists (those of the other list at its end); otherwise all go where the user pastes.
     * Returns the number pasted; 0 with {@link #pasteProblemProperty} saying why.
     */
    public int pasteBehaviours(BehaviourKind kind, int at) {
        pasteProblem.values().forEach(p -> p.set(""));
        Optional<Level> shown = level();
        if (shown.isEmpty()) {
            return 0;
        }
        BehaviourClipboard.Read read = BehaviourClipboard.read(clipboard);
        if (!read.ok()) {
            pasteProblem.get(kind).set(read.problem());
            return 0;
        }
        Level l = shown.get();
        int room = FormatLimits.MAX_BEHAVIOURS_PER_LEVEL - l.primary().size() - l.supporting().size();
        int count = read.items().size();
        if (count > room) {
            pasteProblem.get(kind).set("The clipboard holds " + count + " behaviours; this level has room for " + Math.max(0, room)
                    + " more (a level holds at most " + FormatLimits.MAX_BEHAVIOURS_PER_LEVEL + "). Nothing was pasted.");
            return 0;
        }
        var ladder = document.get().ladder();
        List<Behaviour> here = new ArrayList<>();
        List<Behaviour> other = new ArrayList<>();
        for (BehaviourClipboard.Item item : read.items()) {
            Behaviour b = item.behaviour().area() == null || ladder.area(item.behaviour().area()).isPresent()
                    ? item.behaviour() : item.behaviour().withArea(null); // an area this ladder lacks is dropped
            (read.mixesKinds() && item.kind() != kind ? other : here).add(b);
        }
        edit(count == 1 ? "Paste behaviour" : "Paste " + count + " behaviours", null, x -> {
            List<Behaviour> list = new ArrayList<>(x.behaviours(kind));
            list.addAll(Math.max(0, Math.min(at, list.size())), here);
            List<Behaviour> otherList = new ArrayList<>(x.behaviours(kind.other()));
            otherList.addAll(other);
            return x.withBehaviours(kind, list).withBehaviours(kind.other(), otherList);
        });
        return count;
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
