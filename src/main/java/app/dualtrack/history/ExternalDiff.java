package app.dualtrack.history;

import app.dualtrack.analysis.Analyzer;
import app.dualtrack.compare.ComparisonText;
import app.dualtrack.compare.LadderComparator;
import app.dualtrack.format.LadderFiles;
import app.dualtrack.format.LadderFormatException;
import app.dualtrack.model.Ladder;
import app.dualtrack.model.Track;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What {@code dualtrack git-diff} prints when git runs it as the external diff driver for
 * {@code *.ladder.json}: git passes the path, the old and new content as files (often temporary ones,
 * {@code /dev/null} for a side that does not exist: an added or deleted file), their blob ids and modes.
 * A side that is not a readable ladder (a half-edited file) gets its one-sentence reason and a plain
 * line diff, so {@code git diff} always shows something and never stops.
 */
public final class ExternalDiff {
    private static final Logger LOG = LoggerFactory.getLogger(ExternalDiff.class);
    /** What git passes for the missing side of an added or deleted file, on every platform. */
    public static final String NO_FILE = "/dev/null";

    private ExternalDiff() {
    }

    /**
     * @param path    the path git reports (the old path for a rename)
     * @param newPath the new path when git reports a rename, else null
     */
    public static String report(String path, String oldFile, String newFile, String newPath, LocalDate today) throws IOException {
        String before = "a/" + path;
        String after = "b/" + (newPath == null ? path : newPath);
        byte[] oldBytes = NO_FILE.equals(oldFile) ? null : Files.readAllBytes(Path.of(oldFile));
        byte[] newBytes = NO_FILE.equals(newFile) ? null : Files.readAllBytes(Path.of(newFile));
        StringBuilder sb = new StringBuilder();
        sb.append("ladder diff ").append(before).append(' ').append(after).append('\n');
        if (newPath != null && !newPath.equals(path)) {
            sb.append("renamed from ").append(path).append(" to ").append(newPath).append('\n');
        }
        try {
            Ladder a = oldBytes == null ? null : LadderFiles.parse(oldBytes, before);
            Ladder b = newBytes == null ? null : LadderFiles.parse(newBytes, after);
            if (a == null && b == null) {
                return sb.toString();
            }
            if (a == null) {
                sb.append("new ladder: ").append(describe(b, today)).append('\n');
            } else if (b == null) {
                sb.append("deleted ladder: ").append(describe(a, today)).append('\n');
            } else {
                String changelog = ComparisonText.changelog(LadderComparator.compare(a, b, today), before, after);
                sb.append(changelog.substring(changelog.indexOf('\n') + 1));
            }
            return sb.toString();
        } catch (LadderFormatException e) {
            LOG.info("git-diff falls back to a line diff: {}", e.getMessage());
            sb.append(e.getMessage()).append("; showing the lines instead.\n");
            sb.append(lineDiff(before, after, oldBytes, newBytes));
            return sb.toString();
        }
    }

    /** "Northwind Engineering Ladder, 9 levels (3 shared, 3 technical, 3 management), 2 findings". */
    private static String describe(Ladder l, LocalDate today) {
        int findings = Analyzer.standard().analyze(l, today).findings().size();
        return l.name() + ", " + l.allLevels().size() + " levels (" + l.track(Track.SHARED).size() + " shared, "
                + l.track(Track.TECHNICAL).size() + " technical, " + l.track(Track.MANAGEMENT).size() + " management), "
                + findings + (findings == 1 ? " finding" : " findings");
    }

    private static String lineDiff(String before, String after, byte[] oldBytes, byte[] newBytes) throws IOException {
        RawText a = new RawText(oldBytes == null ? new byte[0] : oldBytes);
        RawText b = new RawText(newBytes == null ? new byte[0] : newBytes);
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM).diff(RawTextComparator.DEFAULT, a, b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter f = new DiffFormatter(out)) {
            f.format(edits, a, b);
        }
        return "--- " + (oldBytes == null ? NO_FILE : before) + "\n+++ " + (newBytes == null ? NO_FILE : after) + "\n"
                + out.toString(StandardCharsets.UTF_8);
    }
}
