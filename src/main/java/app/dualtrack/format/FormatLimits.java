package app.dualtrack.format;

/**
 * The sizes a ladder file may have. Far above any real ladder (the largest published ladders have
 * a few dozen levels), low enough that a hostile or broken file is refused in well under a second
 * and in bounded memory, instead of exhausting the JVM. The README lists them.
 */
public final class FormatLimits {
    /** Checked before the file is read into memory. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** JSON nesting; a ladder needs five levels. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Any single text: a name, a sentence, the notes. */
    public static final int MAX_TEXT_CHARS = 20_000;
    public static final int MAX_LEVELS = 1_000;
    public static final int MAX_BEHAVIOURS_PER_LEVEL = 200;
    /** Areas, mechanisms and suppressions each. */
    public static final int MAX_LIST_ITEMS = 1_000;

    private FormatLimits() {
    }
}
