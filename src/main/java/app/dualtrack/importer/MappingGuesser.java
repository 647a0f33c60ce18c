package app.dualtrack.importer;

import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Track;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The mapping an import starts from, guessed from what the source says: tracks from headings,
 * columns or titles; order from codes and grades; the branch point where both tracks' numbering
 * starts; peers from what the source names or, failing that, equal orders; sections named
 * "supporting" as the supporting list, other sections as areas of the primary list.
 */
public final class MappingGuesser {
    private static final Pattern SUPPORTING = Pattern.compile("\\b(supporting|support|evidence of impact|secondary|nice to have)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRIMARY = Pattern.compile("^(primary( behaviou?rs?)?|core( expectations)?|the bar|expectations|behaviou?rs|responsibilities|key behaviou?rs)$",
            Pattern.CASE_INSENSITIVE);

    private MappingGuesser() {
    }

    public static ImportMapping guess(Draft draft, String fallbackName) {
        ImportMapping m = new ImportMapping();
        m.name(draft.name() != null ? draft.name() : fallbackName);
        List<DraftLevel> levels = List.copyOf(draft.levels());
        // a source that states its structure (a Dualtrack export) lists levels in order; codes are only labels then
        boolean allGraded = !levels.isEmpty() && levels.stream().allMatch(l -> l.grade() != null) && !draft.statesStructure();
        int position = 0;
        for (DraftLevel l : levels) {
            position++;
            Track track = l.trackHint() != null ? l.trackHint() : LevelLabels.trackOf(l.code(), l.title());
            int order = allGraded ? l.grade() : position;
            m.level(l.key(), new ImportMapping.LevelChoice(true, track, l.code(), l.title() == null ? l.key() : l.title(), order, null));
        }
        if (!draft.statesStructure()) {
            guessBranch(m, levels, allGraded);
        }
        guessPeers(m, levels, allGraded && !draft.statesStructure());
        for (String s : draft.sections()) {
            m.section(s, section(s));
        }
        return m;
    }

    /** The level a "peer" names: by source id, then by exact label on the other track, then by title or code anywhere. */
    private static String resolvePeer(ImportMapping m, List<DraftLevel> levels, String ref, Track own) {
        for (DraftLevel x : levels) {
            if (ref.equals(x.sourceId())) {
                return x.key();
            }
        }
        Track other = own.isBranch() ? own.opposite() : null;
        // two levels of one name are "X" and "X (2)": the first still unpaired is the one meant
        String firstMatch = null;
        for (DraftLevel x : levels) {
            ImportMapping.LevelChoice c = m.level(x.key());
            String k = x.key();
            boolean named = k.equals(ref) || k.equals(other == null ? null : other.label() + ": " + ref) || k.matches(java.util.regex.Pattern.quote(ref) + " \\(\\d+\\)");
            if (c.track() == other && named) {
                if (c.peer() == null) {
                    return k;
                }
                firstMatch = firstMatch == null ? k : firstMatch;
            }
        }
        return firstMatch != null ? firstMatch : m.find(ref);
    }

    static ImportMapping.SectionChoice section(String label) {
        String l = label.strip();
        java.util.regex.Matcher split = Pattern.compile("^(.+?)\\s+[—–-]\\s+(primary|supporting)$", Pattern.CASE_INSENSITIVE).matcher(l);
        if (split.matches()) {
            return new ImportMapping.SectionChoice(split.group(2).equalsIgnoreCase("supporting") ? BehaviourKind.SUPPORTING : BehaviourKind.PRIMARY,
                    split.group(1).strip());
        }
        if (SUPPORTING.matcher(l).find()) {
            return new ImportMapping.SectionChoice(BehaviourKind.SUPPORTING, null);
        }
        if (PRIMARY.matcher(l.toLowerCase(Locale.ROOT)).matches()) {
            return new ImportMapping.SectionChoice(BehaviourKind.PRIMARY, null);
        }
        return new ImportMapping.SectionChoice(BehaviourKind.PRIMARY, l);
    }

    /**
     * Where the source says nothing about shared levels but numbers both tracks on one scale
     * (IC1…IC6 and M3…M5), the technical levels below the lowest manager are shared.
     */
    private static void guessBranch(ImportMapping m, List<DraftLevel> levels, boolean allGraded) {
        boolean sourceSaysShared = levels.stream().anyMatch(l -> l.trackHint() == Track.SHARED);
        if (sourceSaysShared || !allGraded) {
            return;
        }
        int lowestManager = m.levels().values().stream().filter(c -> c.track() == Track.MANAGEMENT).mapToInt(ImportMapping.LevelChoice::order).min().orElse(Integer.MIN_VALUE);
        int lowestTechnical = m.levels().values().stream().filter(c -> c.track() == Track.TECHNICAL).mapToInt(ImportMapping.LevelChoice::order).min().orElse(Integer.MAX_VALUE);
        if (lowestManager == Integer.MIN_VALUE || lowestManager < lowestTechnical) {
            return;
        }
        if (lowestManager == lowestTechnical) {
            alignFromTheTop(m);
            return;
        }
        for (DraftLevel l : levels) {
            ImportMapping.LevelChoice c = m.level(l.key());
            if (c.track() == Track.TECHNICAL && l.trackHint() == null && c.order() < lowestManager) {
                m.level(l.key(), c.withTrack(Track.SHARED));
            }
        }
    }

    /**
     * Both tracks numbered from the same start (E1…E5 and M1…M3) are two scales, not one: a shorter
     * management track branches off higher up, so the tops are aligned, peers paired from the top down
     * and the technical levels below the lowest manager's peer are shared.
     */
    private static void alignFromTheTop(ImportMapping m) {
        List<String> tech = m.track(Track.TECHNICAL);
        List<String> mgmt = m.track(Track.MANAGEMENT);
        if (mgmt.size() >= tech.size()) {
            return;
        }
        int offset = tech.size() - mgmt.size();
        for (int i = 0; i < offset; i++) {
            m.level(tech.get(i), m.level(tech.get(i)).withTrack(Track.SHARED));
        }
        for (int i = 0; i < mgmt.size(); i++) {
            m.pair(tech.get(offset + i), mgmt.get(i));
        }
    }

    private static void guessPeers(ImportMapping m, List<DraftLevel> levels, boolean allGraded) {
        for (DraftLevel l : levels) {
            if (l.peerRef() == null) {
                continue;
            }
            ImportMapping.LevelChoice self = m.level(l.key());
            String peer = resolvePeer(m, levels, l.peerRef(), self.track());
            if (peer != null && self.track().isBranch() && m.level(peer).track() == self.track().opposite() && m.level(peer).peer() == null) {
                m.pair(l.key(), peer);
            }
        }
        boolean sourceNamesPeers = levels.stream().anyMatch(l -> l.peerRef() != null);
        boolean alreadyPaired = m.levels().values().stream().anyMatch(c -> c.peer() != null);
        if (sourceNamesPeers || alreadyPaired || !allGraded) {
            return;
        }
        for (String t : m.track(Track.TECHNICAL)) {
            for (String g : m.track(Track.MANAGEMENT)) {
                if (m.level(t).order() == m.level(g).order() && m.level(t).peer() == null && m.level(g).peer() == null) {
                    m.pair(t, g);
                }
            }
        }
    }
}
