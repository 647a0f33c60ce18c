package app.dualtrack.history;

import app.dualtrack.analysis.Analyzer;
import app.dualtrack.compare.BehaviourAlignment;
import app.dualtrack.compare.BehaviourChange;
import app.dualtrack.compare.LadderComparator;
import app.dualtrack.compare.LadderComparison;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.model.BehaviourKind;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Level;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The versions of one ladder file in git, newest first: the uncommitted working copy when it differs
 * from the last commit, then every commit that changed the file's content, following renames of the
 * file the way {@code git log --follow} does. Each version's ladder is read once (by blob id) and kept.
 */
public final class LadderHistory implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LadderHistory.class);

    private final GitRepository repo;
    private final Path file;
    private final List<LadderVersion> versions;
    private final boolean shallow;
    private final byte[] workingCopy;
    private final Map<String, Object> ladders = new ConcurrentHashMap<>();
    private final Map<String, Integer> findingCounts = new ConcurrentHashMap<>();
    private final Analyzer analyzer = Analyzer.standard();
    private final LadderComparator comparator = new LadderComparator(analyzer);

    private LadderHistory(GitRepository repo, Path file, List<LadderVersion> versions, boolean shallow, byte[] workingCopy) {
        this.repo = repo;
        this.file = file;
        this.versions = List.copyOf(versions);
        this.shallow = shallow;
        this.workingCopy = workingCopy;
    }

    /** Reads the history of a ladder file in the repository that contains it. */
    public static LadderHistory of(Path file) throws HistoryException {
        GitRepository repo = GitRepository.containing(file);
        try {
            return of(repo, file);
        } catch (HistoryException | RuntimeException e) {
            repo.close();
            throw e;
        }
    }

    private static LadderHistory of(GitRepository repo, Path file) throws HistoryException {
        String path = repo.relativePath(file);
        byte[] working = null;
        try {
            working = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            LOG.debug("{} is not in the working folder; its history is read from the commits only", file);
        } catch (IOException e) {
            throw new HistoryException(file + " cannot be read: " + e.getMessage() + ".", e);
        }
        List<LadderVersion> versions = new ArrayList<>();
        String headBlob = null;
        try (ObjectReader reader = repo.jgit().newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            ObjectId head = repo.jgit().resolve(Constants.HEAD + "^{commit}");
            if (head != null) {
                walk.sort(RevSort.COMMIT_TIME_DESC);
                walk.markStart(walk.parseCommit(head));
                RevCommit headCommit = walk.parseCommit(head);
                ObjectId hb = repo.blobAt(reader, headCommit.getTree(), path);
                headBlob = hb == null ? null : hb.name();
                walkCommits(repo, reader, walk, path, repo.jgit().getObjectDatabase().getShallowCommits(), versions);
            }
        } catch (IOException e) {
            LOG.warn("Cannot read the history of {} in {}", path, repo.workTree(), e);
            throw new HistoryException("The history of " + path + " cannot be read from the git repository at " + repo.workTree()
                    + ": " + e.getMessage() + ".", e);
        }
        if (working != null) {
            String blob = GitRepository.blobIdOf(working);
            if (!blob.equals(headBlob)) {
                ZonedDateTime modified = ZonedDateTime.now();
                try {
                    modified = ZonedDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
                } catch (IOException e) {
                    LOG.debug("No modification time for {}", file, e);
                }
                versions.add(0, new LadderVersion(null, VersionKind.UNCOMMITTED, modified, "", "", "Uncommitted changes", path, null, blob));
            }
        }
        if (versions.isEmpty()) {
            throw new HistoryException(path + " is neither in the working folder nor in any commit of the git repository at " + repo.workTree() + ".");
        }
        LadderHistory h = new LadderHistory(repo, file, versions, repo.isShallow(), working);
        LOG.debug("History of {}: {} versions", path, versions.size());
        return h;
    }

    /**
     * Walks in commit-time order, keeping a commit when its blob differs from every parent's (a merge that
     * took one side's version is not a change). Each commit's blob is looked up once: as a commit and
     * again as the next one's parent.
     */
    private static void walkCommits(GitRepository repo, ObjectReader reader, RevWalk walk, String startPath, java.util.Set<ObjectId> shallowEnds,
                                    List<LadderVersion> out) throws IOException {
        BlobLookup blobs = new BlobLookup(repo, reader, startPath);
        for (RevCommit c : walk) {
            ObjectId blob = blobs.at(c);
            if (blob == null) {
                continue;
            }
            ObjectId firstParentBlob = null;
            boolean unchanged = false;
            for (int i = 0; i < c.getParentCount(); i++) {
                ObjectId pb = blobs.at(walk.parseCommit(c.getParent(i)));
                if (i == 0) {
                    firstParentBlob = pb;
                }
                if (blob.equals(pb)) {
                    unchanged = true;
                    break;
                }
            }
            if (unchanged) {
                continue;
            }
            if (c.getParentCount() > 0 && firstParentBlob != null) {
                out.add(version(c, VersionKind.MODIFIED, blobs.path, null, blob));
                continue;
            }
            if (c.getParentCount() == 0 && shallowEnds.contains(c)) {
                // The end of a shallow clone: its parents were not fetched, so whether it created the file is unknown.
                out.add(version(c, VersionKind.MODIFIED, blobs.path, null, blob));
                return;
            }
            String renamedFrom = c.getParentCount() == 0 ? null : renamedFrom(repo, reader, walk.parseCommit(c.getParent(0)), c, blobs.path);
            if (renamedFrom == null) {
                out.add(version(c, VersionKind.ADDED, blobs.path, null, blob));
                return;
            }
            out.add(version(c, VersionKind.RENAMED, blobs.path, renamedFrom, blob));
            blobs.follow(renamedFrom);
        }
    }

    /** The file's blob per commit at the path being followed, remembered until the path changes. */
    private static final class BlobLookup {
        private static final ObjectId ABSENT = ObjectId.zeroId();
        private final GitRepository repo;
        private final ObjectReader reader;
        private final Map<ObjectId, ObjectId> byCommit = new java.util.HashMap<>();
        private String path;

        BlobLookup(GitRepository repo, ObjectReader reader, String path) {
            this.repo = repo;
            this.reader = reader;
            this.path = path;
        }

        ObjectId at(RevCommit c) throws IOException {
            ObjectId known = byCommit.get(c);
            if (known == null) {
                ObjectId b = repo.blobAt(reader, c.getTree(), path);
                known = b == null ? ABSENT : b;
                byCommit.put(c.copy(), known);
            }
            return known == ABSENT ? null : known;
        }

        void follow(String oldPath) {
            path = oldPath;
            byCommit.clear();
        }
    }

    /** The path {@code path} had in the parent when the commit renamed or copied it there, else null. */
    private static String renamedFrom(GitRepository repo, ObjectReader reader, RevCommit parent, RevCommit c, String path) throws IOException {
        try (TreeWalk tw = new TreeWalk(reader)) {
            tw.setRecursive(true);
            tw.addTree(parent.getTree());
            tw.addTree(c.getTree());
            tw.setFilter(TreeFilter.ANY_DIFF);
            RenameDetector rd = new RenameDetector(repo.jgit());
            rd.addAll(DiffEntry.scan(tw));
            for (DiffEntry e : rd.compute(reader, NullProgressMonitor.INSTANCE)) {
                if ((e.getChangeType() == DiffEntry.ChangeType.RENAME || e.getChangeType() == DiffEntry.ChangeType.COPY)
                        && e.getNewPath().equals(path)) {
                    return e.getOldPath();
                }
            }
        } catch (org.eclipse.jgit.api.errors.CanceledException e) {
            throw new IOException("rename detection was cancelled", e);
        }
        return null;
    }

    private static LadderVersion version(RevCommit c, VersionKind kind, String path, String oldPath, ObjectId blob) {
        PersonIdent a = c.getAuthorIdent();
        ZonedDateTime when = ZonedDateTime.ofInstant(a.getWhenAsInstant(), a.getZoneId());
        return new LadderVersion(c.name(), kind, when, a.getName(), a.getEmailAddress(), c.getShortMessage(), path, oldPath, blob.name());
    }

    /** Newest first. */
    public List<LadderVersion> versions() {
        return versions;
    }

    public Path file() {
        return file;
    }

    public GitRepository repository() {
        return repo;
    }

    /** True when the repository is a shallow clone: the oldest version listed may not be the file's first. */
    public boolean shallow() {
        return shallow;
    }

    /** The version before {@code v} in this history, or null for the oldest. */
    public LadderVersion previous(LadderVersion v) {
        int i = versions.indexOf(v);
        return i < 0 || i + 1 >= versions.size() ? null : versions.get(i + 1);
    }

    /** The ladder as it was at a version; read once. */
    public Ladder ladder(LadderVersion v) throws LadderFormatException {
        Object cached = ladders.computeIfAbsent(v.blob(), b -> {
            try {
                byte[] bytes = v.uncommitted() ? workingCopy : repo.blob(b);
                return LadderFiles.parse(bytes, (v.uncommitted() ? "" : v.shortId() + ":") + v.path());
            } catch (LadderFormatException e) {
                return e;
            } catch (IOException e) {
                LOG.warn("Cannot read blob {} of {}", b, v.path(), e);
                return new LadderFormatException(v.shortId() + ":" + v.path(), 0, 0, "cannot be read from the repository: " + e.getMessage());
            }
        });
        if (cached instanceof LadderFormatException e) {
            throw e;
        }
        return (Ladder) cached;
    }

    /** What a version changed compared with the one before it, with its one-line summary. */
    public VersionChange change(LadderVersion v, LocalDate today) {
        LadderVersion before = previous(v);
        try {
            Ladder after = ladder(v);
            if (before == null) {
                int findings = findingCounts.computeIfAbsent(v.blob(), b -> analyzer.analyze(after, today).findings().size());
                String first = shallow && v.kind() != VersionKind.ADDED ? "oldest version in this shallow clone" : null;
                return new VersionChange(v, null, first != null ? first : ChangeSummary.first(after, findings), null);
            }
            LadderComparison c = comparator.compareLadders(ladder(before), after, today);
            String summary = c.same() && v.kind() == VersionKind.RENAMED ? "file renamed; no change to the ladder" : ChangeSummary.of(c);
            return new VersionChange(v, c, summary, null);
        } catch (LadderFormatException e) {
            return new VersionChange(v, null, "not a readable ladder: " + e.getMessage(), e.getMessage());
        }
    }

    /** Every version with its summary, newest first. */
    public List<VersionChange> changes(LocalDate today) {
        return versions.stream().map(v -> change(v, today)).toList();
    }

    /**
     * When the behaviour {@code text} in {@code list} of level {@code levelId} of the newest version last
     * changed. Walks back version by version; levels are matched as the comparison matches them (so a
     * renamed id is followed) and behaviours as it aligns them (so a reorder is not a change).
     * Empty when the newest version has no such behaviour or cannot be read.
     */
    public Optional<BehaviourBlame> blame(String levelId, BehaviourKind list, String text) {
        String id = levelId;
        String current = text;
        BehaviourKind currentList = list;
        try {
            Ladder start = ladder(versions.get(0));
            Optional<Level> level = start.level(id);
            if (level.isEmpty() || level.get().behaviours(list).stream().noneMatch(b -> b.text().equals(text))) {
                return Optional.empty();
            }
            byte[] newerBytes = bytes(versions.get(0));
            byte[] levelNow = newerBytes == null ? null : LevelJson.of(newerBytes, id);
            for (int i = 0; i < versions.size(); i++) {
                LadderVersion v = versions.get(i);
                if (i + 1 == versions.size()) {
                    return Optional.of(new BehaviourBlame(v, BehaviourChange.Kind.ADDED, null, shallow && v.kind() != VersionKind.ADDED));
                }
                LadderVersion olderVersion = versions.get(i + 1);
                byte[] olderBytes = bytes(olderVersion);
                byte[] levelThen = olderBytes == null ? null : LevelJson.of(olderBytes, id);
                if (levelNow != null && Arrays.equals(levelNow, levelThen)) {
                    // The level is byte-for-byte the same in the older version: same id, same behaviours, same lists.
                    continue;
                }
                Ladder newer = ladder(v);
                Ladder older;
                try {
                    older = ladder(olderVersion);
                } catch (LadderFormatException e) {
                    // An unreadable version in between: the behaviour cannot be followed past it, so this is as far as we know.
                    LOG.info("Blame stops at {}: {}", olderVersion.shortId(), e.getMessage());
                    return Optional.of(new BehaviourBlame(v, BehaviourChange.Kind.ADDED, null, false));
                }
                String newId = id;
                String oldId = LadderComparator.matchLevels(older, newer).entrySet().stream()
                        .filter(e -> e.getValue().equals(newId)).map(Map.Entry::getKey).findFirst().orElse(null);
                if (oldId == null) {
                    return Optional.of(new BehaviourBlame(v, BehaviourChange.Kind.ADDED, null, false));
                }
                BehaviourChange change = find(BehaviourAlignment.align(older.level(oldId).orElseThrow(), newer.level(id).orElseThrow()), currentList, current);
                if (change == null || change.kind() != BehaviourChange.Kind.KEPT) {
                    BehaviourChange.Kind how = change == null ? BehaviourChange.Kind.ADDED : change.kind();
                    return Optional.of(new BehaviourBlame(v, how, change == null ? null : change.before(), false));
                }
                id = oldId;
                current = change.before();
                currentList = change.beforeList();
                levelNow = olderBytes == null ? null : LevelJson.of(olderBytes, id);
            }
        } catch (LadderFormatException e) {
            LOG.info("No blame: a version cannot be read: {}", e.getMessage());
        }
        return Optional.empty();
    }

    /** The raw content of a version, or null when it cannot be read (blame then reads it the slow way). */
    private byte[] bytes(LadderVersion v) {
        if (v.uncommitted()) {
            return workingCopy;
        }
        try {
            return repo.blob(v.blob());
        } catch (IOException e) {
            LOG.warn("Cannot read blob {} of {}", v.blob(), v.path(), e);
            return null;
        }
    }

    private static BehaviourChange find(List<BehaviourChange> changes, BehaviourKind list, String text) {
        for (BehaviourChange c : changes) {
            if (c.afterList() == list && text.equals(c.after())) {
                return c;
            }
        }
        return null;
    }

    @Override
    public void close() {
        repo.close();
    }
}
