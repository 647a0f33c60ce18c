package app.dualtrack.ui.document;

import app.dualtrack.format.LadderFormatException;
import app.dualtrack.format.LadderReader;
import app.dualtrack.format.LadderWriter;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Levels on the clipboard as ladder JSON (a small ladder holding the copied level), so a level
 * copied in one window pastes into another ladder, and a text editor shows what was copied.
 */
public final class LevelClipboard {
    /** Where the clipboard text lives: the system clipboard in the window, a field in tests. */
    public interface Access {
        void putText(String text);

        Optional<String> text();

        static Access inMemory() {
            return new Access() {
                private String text;

                @Override
                public void putText(String t) {
                    text = t;
                }

                @Override
                public Optional<String> text() {
                    return Optional.ofNullable(text);
                }
            };
        }
    }

    /** What a paste produces: the new ladder and the id of the pasted level. */
    public record Pasted(Ladder ladder, String levelId) {
    }

    private LevelClipboard() {
    }

    /** The level as a one-level ladder: its peer is left behind (it is not copied), its areas come along. */
    public static String copy(Ladder from, String levelId) {
        Level level = from.level(levelId).orElseThrow().toBuilder().peer(null).build();
        Track track = from.trackOf(levelId).orElseThrow();
        Ladder clip = Ladder.named("Copied level from " + from.name()).toBuilder()
                .track(track, List.of(level)).areas(from.areas()).build();
        return LadderWriter.toCanonicalJson(clip);
    }

    /**
     * Pastes the clipboard's level onto its own track, just above {@code aboveId} when that level is on
     * the same track, else on top. A clashing id gets a fresh one. Empty when the text holds no level.
     */
    public static Optional<Pasted> paste(Ladder into, String clipboardText, String aboveId) {
        Ladder clip;
        try {
            clip = LadderReader.parse(clipboardText, "clipboard");
        } catch (LadderFormatException e) {
            return Optional.empty(); // some other text on the clipboard: nothing to paste as a level
        }
        for (Track track : Track.values()) {
            for (Level level : clip.track(track)) {
                String id = into.unusedLevelId(level.id());
                Level pasted = level.toBuilder().id(id).peer(null).primary(knownAreasOnly(into, level.primary()))
                        .supporting(knownAreasOnly(into, level.supporting())).build();
                int index = into.trackOf(aboveId == null ? "" : aboveId).filter(t -> t == track).isPresent()
                        ? into.indexOf(aboveId) + 1 : into.track(track).size();
                return Optional.of(new Pasted(into.addLevel(track, index, pasted), id));
            }
        }
        return Optional.empty();
    }

    /** A behaviour's area must exist in the ladder it is pasted into; an unknown one is dropped. */
    private static List<Behaviour> knownAreasOnly(Ladder into, List<Behaviour> behaviours) {
        List<Behaviour> out = new ArrayList<>();
        for (Behaviour b : behaviours) {
            out.add(b.area() == null || into.area(b.area()).isPresent() ? b : b.withArea(null));
        }
        return out;
    }
}
