package app.dualtrack.export;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fonts a PDF can use: DejaVu, shipped with the app (Latin, Greek, Cyrillic and more), and
 * fallbacks found on this computer for scripts DejaVu lacks (Chinese, Japanese, Korean, Hebrew,
 * Arabic). Only TrueType outlines are used: PDFBox cannot embed CFF-based OpenType fonts such as
 * Noto CJK, so those are skipped. Loaded once per run.
 */
final class FontLibrary {
    /** A fallback font: a family name for CSS and the parsed font. */
    record Fallback(String family, TrueTypeFont font) {
    }

    static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?i).*(wqy|microhei|zenhei|droidsansfallback|uming|ukai|ipag|ipam|takao|nanum|unbatang|msyh|msjh|simsun|simhei|mingliu"
                    + "|malgun|yugoth|meiryo|arialuni|arial unicode|freeserif|freesans|notosanshebrew|notosansarabic|notonaskharabic"
                    + "|notosanssc|notosanstc|notosansjp|notosanskr|sourcehansans|arphic|cwtex|hanazono|unifont|tahoma|arial).*\\.(ttf|ttc)");
    private static final int MAX_FALLBACKS = 8;
    private static final Map<String, byte[]> DEJAVU_BYTES = new ConcurrentHashMap<>();
    private static volatile List<Fallback> fallbacks;
    private static volatile TrueTypeFont dejaVuSans;
    private static volatile TrueTypeFont dejaVuSerif;

    private FontLibrary() {
    }

    /** A DejaVu font as embedded: with its ligature table switched off (see {@link #withoutLigatures}). */
    static InputStream dejaVu(String file) {
        return new ByteArrayInputStream(DEJAVU_BYTES.computeIfAbsent(file, FontLibrary::readDejaVu));
    }

    private static byte[] readDejaVu(String file) {
        try (InputStream in = FontLibrary.class.getResourceAsStream(DEJAVU + file)) {
            if (in == null) {
                throw new IllegalStateException("the DejaVu fonts are missing from the class path: " + file);
            }
            return withoutLigatures(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font with its glyph substitution table renamed so that no layout engine finds it. PDFBox
     * applies the Latin "liga" feature when a font has one, and a ligature glyph's Unicode value is
     * U+FB00–FB06: copying, searching and screen readers then get "Staﬀ" instead of "Staff". The
     * table is not needed for the scripts DejaVu draws here; renaming keeps every offset and checksum.
     */
    static byte[] withoutLigatures(byte[] ttf) {
        if (ttf.length < 12) {
            return ttf;
        }
        int tables = ((ttf[4] & 0xff) << 8) | (ttf[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 > ttf.length) {
                break;
            }
            if (ttf[at] == 'G' && ttf[at + 1] == 'S' && ttf[at + 2] == 'U' && ttf[at + 3] == 'B') {
                ttf[at] = 'X'; // "XSUB": a private tag every reader ignores
            }
        }
        return ttf;
    }

    /** True when DejaVu Serif or DejaVu Sans can draw the code point (the CSS falls back from one to the other). */
    static boolean dejaVuCovers(int codePoint) throws IOException {
        return has(dejaVuSerif(), codePoint) || has(dejaVuSans(), codePoint);
    }

    static boolean has(TrueTypeFont font, int codePoint) throws IOException {
        var cmap = font.getUnicodeCmapLookup(false);
        return cmap != null && cmap.getGlyphId(codePoint) > 0;
    }

    private static TrueTypeFont dejaVuSans() throws IOException {
        if (dejaVuSans == null) {
            try (InputStream in = dejaVu("DejaVuSans.ttf")) {
                dejaVuSans = new TTFParser().parse(new RandomAccessReadBuffer(in));
            }
        }
        return dejaVuSans;
    }

    private static TrueTypeFont dejaVuSerif() throws IOException {
        if (dejaVuSerif == null) {
            try (InputStream in = dejaVu("DejaVuSerif.ttf")) {
                dejaVuSerif = new TTFParser().parse(new RandomAccessReadBuffer(in));
            }
        }
        return dejaVuSerif;
    }

    /** System fonts that can stand in for scripts DejaVu lacks, in preference order. */
    static List<Fallback> fallbacks() {
        if (fallbacks == null) {
            synchronized (FontLibrary.class) {
                if (fallbacks == null) {
                    fallbacks = List.copyOf(scan());
                }
            }
        }
        return fallbacks;
    }

    private static List<Path> fontFolders() {
        String home = System.getProperty("user.home", "");
        List<Path> dirs = new ArrayList<>(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                Path.of(home, ".fonts"), Path.of(home, ".local/share/fonts"),
                Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts"), Path.of(home, "Library/Fonts")));
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            dirs.add(Path.of(windir, "Fonts"));
        }
        String local = System.getenv("LOCALAPPDATA");
        if (local != null) {
            dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        return dirs;
    }

    private static List<Fallback> scan() {
        List<Path> files = new ArrayList<>();
        for (Path dir : fontFolders()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir, 4)) {
                s.filter(p -> CANDIDATE.matcher(p.getFileName().toString().toLowerCase(Locale.ROOT)).matches())
                        .sorted().forEach(files::add);
            } catch (IOException | RuntimeException e) {
                // an unreadable font folder just means fewer fallbacks
            }
        }
        files.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        List<Fallback> result = new ArrayList<>();
        for (Path f : files) {
            if (result.size() >= MAX_FALLBACKS) {
                break;
            }
            try {
                TrueTypeFont font = load(f);
                if (font != null && font.getGlyph() != null) {
                    result.add(new Fallback("Fallback" + result.size(), font));
                }
            } catch (IOException | RuntimeException e) {
                // a broken or CFF-based font is skipped
            }
        }
        return result;
    }

    /** CJK fonts first (they cover the most missing characters), then the rest. */
    private static int rank(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.contains("wqy") || n.contains("microhei") || n.contains("droidsansfallback") || n.contains("msyh") || n.contains("simsun")) {
            return 0;
        }
        if (n.contains("free") || n.contains("hebrew") || n.contains("arabic")) {
            return 1;
        }
        return 2;
    }

    private static TrueTypeFont load(Path file) throws IOException {
        if (file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(ttf -> {
                if (first[0] == null) {
                    first[0] = ttf;
                }
            });
            return first[0];
        }
        return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
    }
}
