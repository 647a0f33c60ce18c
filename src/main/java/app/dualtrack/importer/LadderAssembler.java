package app.dualtrack.importer;

import app.dualtrack.model.Area;
import app.dualtrack.model.Behaviour;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Extras;
import app.dualtrack.model.Ids;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import app.dualtrack.model.Track;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a draft and a mapping into a ladder, placing every sentence in a level or in the notes. */
public final class LadderAssembler {
    /** The behaviour field that keeps the id a source gave a behaviour (documented in docs/ladder-format.md). */
    public static final String SOURCE_ID = "sourceId";

    private LadderAssembler() {
    }

    public static ImportResult assemble(Draft draft, ImportMapping mapping) {
        Map<String, DraftLevel> byKey = new LinkedHashMap<>();
        draft.levels().forEach(l -> byKey.put(l.key(), l));
        List<Unplaced> notes = new ArrayList<>(draft.unplaced());
        int[] placed = {0};

        // areas, in order of first use
        Map<String, String> areaIds = new LinkedHashMap<>();
        Set<String> usedAreaIds = new HashSet<>();
        List<Area> areas = new ArrayList<>();
        java.util.function.Function<String, String> areaId = title -> areaIds.computeIfAbsent(title, t -> {
            String id = unique(Ids.slug(t).equals("level") && !t.equalsIgnoreCase("level") ? "area" : Ids.slug(t), usedAreaIds);
            areas.add(new Area(id, t, null));
            return id;
        });

        // ids: the source's where valid and free, else from code and title
        Set<String> usedIds = new HashSet<>();
        Map<String, String> ids = new HashMap<>();
        for (Track t : Track.values()) {
            for (String key : mapping.track(t)) {
                DraftLevel d = byKey.get(key);
                ImportMapping.LevelChoice c = mapping.level(key);
                String wanted = d != null && Ids.isValid(d.sourceId()) ? d.sourceId() : Ids.slug(c.label());
                ids.put(key, unique(wanted, usedIds));
            }
        }

        Map<Track, List<Level>> tracks = new EnumMap<>(Track.class);
        Map<Track, Integer> counts = new EnumMap<>(Track.class);
        int behaviours = 0;
        Set<String> pairedManagement = new HashSet<>();
        int peers = 0;
        for (Track t : Track.values()) {
            List<Level> list = new ArrayList<>();
            for (String key : mapping.track(t)) {
                DraftLevel d = byKey.get(key);
                ImportMapping.LevelChoice c = mapping.level(key);
                List<Behaviour> primary = new ArrayList<>();
                List<Behaviour> supporting = new ArrayList<>();
                if (d != null) {
                    for (DraftBehaviour b : d.behaviours) {
                        if (b.text() == null || b.text().isBlank()) {
                            continue;
                        }
                        ImportMapping.SectionChoice s = b.section() == null ? null : mapping.section(b.section());
                        BehaviourKind kind = b.kindHint() != null ? b.kindHint() : s != null ? s.kind() : BehaviourKind.PRIMARY;
                        String area = b.areaHint() != null ? b.areaHint() : s != null ? s.area() : null;
                        Extras extras = b.sourceId() == null ? Extras.NONE : Extras.of(Map.of(SOURCE_ID, b.sourceId()));
                        Behaviour behaviour = new Behaviour(b.text().strip(), area == null || area.isBlank() ? null : areaId.apply(area.strip()), extras);
                        (kind == BehaviourKind.PRIMARY ? primary : supporting).add(behaviour);
                        placed[0] += Texts.sentences(b.text());
                    }
                }
                String peer = null;
                if (t == Track.TECHNICAL && c.peer() != null && ids.containsKey(c.peer())
                        && mapping.level(c.peer()).track() == Track.MANAGEMENT && pairedManagement.add(c.peer())) {
                    peer = ids.get(c.peer());
                    peers++;
                }
                String summary = d == null ? null : d.summary();
                String scope = d == null ? null : d.scope();
                placed[0] += Texts.sentences(summary) + Texts.sentences(scope);
                list.add(new Level.Builder(ids.get(key), c.title().isBlank() ? c.label() : c.title().strip())
                        .code(Texts.nullIfBlank(c.code()))
                        .summary(summary)
                        .scope(scope)
                        .primary(primary)
                        .supporting(supporting)
                        .peer(peer)
                        .build());
                behaviours += primary.size() + supporting.size();
            }
            tracks.put(t, list);
            counts.put(t, list.size());
        }

        // levels left out: their text is kept in the notes
        for (DraftLevel d : byKey.values()) {
            ImportMapping.LevelChoice c = mapping.level(d.key());
            if (c != null && c.include()) {
                continue;
            }
            String label = c != null ? c.label() : d.title() != null ? d.title() : d.key();
            String why = "the level “" + label + "” was left out of the import";
            if (d.summary() != null) {
                notes.add(new Unplaced(d.summary(), d.where(), why));
            }
            if (d.scope() != null) {
                notes.add(new Unplaced(d.scope(), d.where(), why));
            }
            for (DraftBehaviour b : d.behaviours) {
                notes.add(new Unplaced(b.text(), b.where(), why));
            }
        }
        int inNotes = notes.stream().mapToInt(u -> Texts.sentences(u.text())).sum();
        String name = mapping.name() == null || mapping.name().isBlank() ? "Imported ladder" : mapping.name().strip();
        Ladder ladder = new Ladder.Builder(name)
                .organisation(draft.organisation())
                .shared(tracks.get(Track.SHARED))
                .technical(tracks.get(Track.TECHNICAL))
                .management(tracks.get(Track.MANAGEMENT))
                .areas(areas)
                .notes(notesText(notes))
                .build();
        ImportReport report = new ImportReport(draft.sources(), counts, behaviours, areas.size(), peers,
                placed[0] + inNotes, placed[0], inNotes, notes, draft.remarks());
        return new ImportResult(ladder, report);
    }

    private static String notesText(List<Unplaced> notes) {
        if (notes.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder("Kept from the import, not placed in a level:");
        for (Unplaced u : notes) {
            sb.append("\n\n").append(u.text()).append("\n(").append(u.where()).append("; ").append(u.reason()).append(')');
        }
        return sb.toString();
    }

    private static String unique(String base, Set<String> used) {
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
