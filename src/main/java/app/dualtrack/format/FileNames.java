package app.dualtrack.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * File names as messages show them. A name may hold any character but "/" and NUL, including a
 * line break, which would split a one-line message in two and let a file name forge a second
 * message; such names are shown quoted, with the invisible characters escaped.
 */
public final class FileNames {
    private FileNames() {
    }

    /** The path as typed, or in double quotes with escapes when it holds a control or direction character. */
    public static String display(Path file) {
        String s = file.toString();
        return needsQuoting(s) ? "\"" + escape(s).replace("\"", "\\\"") + "\"" : s;
    }

    /** The last part of the path (the file's own name), escaped like {@link #display(Path)} but without quotes. */
    public static String shortName(Path file) {
        Path name = file.getFileName();
        return escape(name == null ? file.toString() : name.toString());
    }

    /** Escapes control characters (line breaks, tabs, …) and bidirectional overrides; other text stays as it is. */
    public static String escape(String s) {
        if (!needsQuoting(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (isInvisible(c)) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean needsQuoting(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isInvisible(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Control characters, line and paragraph separators, and the characters that reorder text on screen. */
    private static boolean isInvisible(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * Whether two paths name the same file: the same file on disk when both exist (a link, "./",
     * another spelling), the same absolute path otherwise. Used to refuse an output that would
     * overwrite an input.
     */
    public static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // cannot tell from the disk; compare the spelled paths below
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
