package app.dualtrack.history;

import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The git repository that holds a ladder, read with JGit (no git binary needed). Every failure a
 * user can cause becomes a {@link HistoryException} with one sentence; nothing is ever written here.
 */
public final class GitRepository implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GitRepository.class);

    private final Repository repo;
    private final Path workTree;

    private GitRepository(Repository repo) throws IOException {
        this.repo = repo;
        this.workTree = repo.getWorkTree().toPath().toRealPath();
    }

    /** Opens the repository containing {@code place} (a file or folder, which need not exist yet). */
    public static GitRepository containing(Path place) throws HistoryException {
        Path start = place.toAbsolutePath().normalize();
        while (start != null && !Files.isDirectory(start)) {
            start = start.getParent();
        }
        if (start == null) {
            throw new HistoryException(place + " is not inside a git repository.");
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(start.toFile());
        if (builder.getGitDir() == null) {
            throw new HistoryException(place.toAbsolutePath().normalize() + " is not inside a git repository.");
        }
        try {
            Repository r = builder.setMustExist(true).build();
            if (r.isBare()) {
                r.close();
                throw new HistoryException(start + " is inside a bare git repository, which has no working files to compare.");
            }
            return new GitRepository(r);
        } catch (IOException e) {
            LOG.warn("Cannot open the git repository at {}", builder.getGitDir(), e);
            throw new HistoryException(builder.getGitDir() + " cannot be opened as a git repository: " + e.getMessage() + ".", e);
        }
    }

    public Repository jgit() {
        return repo;
    }

    public Path workTree() {
        return workTree;
    }

    /** The file's path inside the repository, with forward slashes, as git writes it. */
    public String relativePath(Path file) throws HistoryException {
        Path abs = file.toAbsolutePath().normalize();
        Path real;
        try {
            Path parent = abs.getParent().toRealPath();
            real = parent.resolve(abs.getFileName());
        } catch (IOException e) {
            real = abs;
        }
        if (!real.startsWith(workTree)) {
            throw new HistoryException(file + " is not inside the git repository at " + workTree + ".");
        }
        return workTree.relativize(real).toString().replace('\\', '/');
    }

    /** True when the repository was cloned with limited depth, so older commits are missing. */
    public boolean isShallow() {
        try {
            Set<ObjectId> shallow = repo.getObjectDatabase().getShallowCommits();
            return !shallow.isEmpty();
        } catch (IOException e) {
            LOG.warn("Cannot read the shallow-commit list of {}", repo.getDirectory(), e);
            return false;
        }
    }

    /** The commit a revision names ("HEAD~3", "v2024", "main", an abbreviated id). */
    public RevCommit commit(String revision) throws HistoryException {
        ObjectId id;
        try {
            id = repo.resolve(revision);
        } catch (AmbiguousObjectException e) {
            throw new HistoryException("The revision \"" + revision + "\" is ambiguous in " + workTree + "; give more characters of the commit id.");
        } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
            throw new HistoryException("\"" + revision + "\" is not a revision git understands.");
        } catch (MissingObjectException e) {
            throw unknown(revision);
        } catch (IOException e) {
            LOG.warn("Cannot resolve {} in {}", revision, repo.getDirectory(), e);
            throw new HistoryException("The revision \"" + revision + "\" cannot be read from " + workTree + ": " + e.getMessage() + ".", e);
        }
        if (id == null) {
            throw unknown(revision);
        }
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(id);
        } catch (IncorrectObjectTypeException e) {
            throw new HistoryException("\"" + revision + "\" names a " + typeName(id) + ", not a commit.");
        } catch (IOException e) {
            throw unknown(revision);
        }
    }

    private String typeName(ObjectId id) {
        try (ObjectReader r = repo.newObjectReader()) {
            return Constants.typeString(r.open(id).getType());
        } catch (IOException e) {
            return "git object";
        }
    }

    private HistoryException unknown(String revision) {
        if (isShallow()) {
            return new HistoryException("The revision \"" + revision + "\" is not in this shallow clone of " + workTree
                    + "; fetch the full history first (git fetch --unshallow, or fetch-depth: 0 in CI).");
        }
        return new HistoryException("The revision \"" + revision + "\" is not known in the git repository at " + workTree + ".");
    }

    /** The blob id of {@code path} in a commit's tree, or null when the path is not there. */
    ObjectId blobAt(ObjectReader reader, RevTree tree, String path) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(reader, path, tree)) {
            if (tw == null || (tw.getRawMode(0) & org.eclipse.jgit.lib.FileMode.TYPE_MASK) != org.eclipse.jgit.lib.FileMode.TYPE_FILE) {
                return null;
            }
            return tw.getObjectId(0);
        }
    }

    /** The content of {@code path} at {@code revision}, as {@code git show REV:PATH} prints it. */
    public byte[] read(String revision, String path) throws HistoryException {
        RevCommit c = commit(revision);
        try (ObjectReader reader = repo.newObjectReader()) {
            ObjectId blob = blobAt(reader, c.getTree(), path);
            if (blob == null) {
                throw new HistoryException(path + " is not in revision " + revision + " (commit " + c.abbreviate(7).name()
                        + ") of the git repository at " + workTree + ".");
            }
            return reader.open(blob, Constants.OBJ_BLOB).getBytes();
        } catch (IOException e) {
            LOG.warn("Cannot read {}:{} in {}", revision, path, repo.getDirectory(), e);
            throw new HistoryException(revision + ":" + path + " cannot be read: " + e.getMessage() + ".", e);
        }
    }

    /** Bytes of a blob, for a version found by the history walk. */
    byte[] blob(String id) throws IOException {
        try (ObjectReader reader = repo.newObjectReader()) {
            return reader.open(ObjectId.fromString(id), Constants.OBJ_BLOB).getBytes();
        }
    }

    /** The blob id git would give these bytes: how the working copy is compared with a commit without reading both. */
    static String blobIdOf(byte[] bytes) {
        try (ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
            return f.idFor(Constants.OBJ_BLOB, bytes).name();
        }
    }

    @Override
    public void close() {
        repo.close();
    }
}
