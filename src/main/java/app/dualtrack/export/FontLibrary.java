package app.dualtrack.export;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * Noto CJK, so those are skipped. What each font covers is cached across runs ({@link FontCache});
 * a fallback is parsed only when a text needs one of its characters.
 */
final class FontLibrary {
    /** A fallback font: a family name for CSS, its file and what it covers; parsed only when a text needs it. */
    record Fallback(String family, Path file, FontCoverage coverage) {
        TrueTypeFont font() throws IOException {
            TrueTypeFont f = PARSED.get(file);
            if (f == null) {
                f = load(file);
                if (f == null) {
                    throw new IOException("no font in " + file);
                }
                PARSED.put(file, f);
            }
            return f;
        }
    }

    private static final Map<Path, TrueTypeFont> PARSED = new ConcurrentHashMap<>();

    static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?i).*(wqy|microhei|zenhei|droidsansfallback|uming|ukai|ipag|ipam|takao|nanum|unbatang|msyh|msjh|simsun|simhei|mingliu"
                    + "|malgun|yugoth|meiryo|arialuni|arial unicode|freeserif|freesans|notosanshebrew|notosansarabic|notonaskharabic"
                    + "|notosanssc|notosanstc|notosansjp|notosanskr|sourcehansans|arphic|cwtex|hanazono|unifont|tahoma|arial).*\\.(ttf|ttc)");
    private static final int MAX_FALLBACKS = 8;
    private static final Map<String, byte[]> DEJAVU_BYTES = new ConcurrentHashMap<>();
    private static volatile List<Fallback> fallbacks;
    private static volatile FontCoverage[] dejaVuCoverage;
    private static volatile FontCache cache;
    private static final Logger LOG = LoggerFactory.getLogger(FontLibrary.class);

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
    static boolean dejaVuCovers(int codePoint) {
        FontCoverage[] c = dejaVuCoverage;
        if (c == null) {
            synchronized (FontLibrary.class) {
                if (dejaVuCoverage == null) {
                    FontCache cache = cache();
                    dejaVuCoverage = new FontCoverage[] {bundledCoverage(cache, "DejaVuSerif.ttf"), bundledCoverage(cache, "DejaVuSans.ttf")};
                    cache.save();
                }
                c = dejaVuCoverage;
            }
        }
        return c[0].covers(codePoint) || c[1].covers(codePoint);
    }

    static boolean has(TrueTypeFont font, int codePoint) throws IOException {
        var cmap = font.getUnicodeCmapLookup(false);
        return cmap != null && cmap.getGlyphId(codePoint) > 0;
    }

    /** A bundled font's coverage, cached under the path and time of the jar (or class folder) it ships in. */
    private static FontCoverage bundledCoverage(FontCache cache, String file) {
        String key = "bundled:" + file;
        long modified = -1;
        long size = -1;
        try {
            String url = FontLibrary.class.getResource(DEJAVU + file).toString();
            Path origin = url.startsWith("jar:file:") ? Path.of(java.net.URI.create(url.substring(4, url.indexOf("!/"))))
                    : Path.of(java.net.URI.create(url));
            key += "@" + origin;
            modified = Files.getLastModifiedTime(origin).toMillis();
            size = Files.size(origin);
            FontCache.Entry e = cache.get(key, modified, size);
            if (e != null && e.coverage() != null) {
                return e.coverage();
            }
        } catch (Exception e) {
            LOG.debug("The bundled font {} is not cached: {}", file, e.toString());
        }
        try (InputStream in = dejaVu(file)) {
            FontCoverage coverage = FontCoverage.of(new TTFParser().parse(new RandomAccessReadBuffer(in)));
            if (modified >= 0) {
                cache.put(key, new FontCache.Entry(modified, size, coverage));
            }
            return coverage;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FontCache cache() {
        if (cache == null) {
            cache = FontCache.open();
        }
        return cache;
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
                LOG.debug("Font folder {} skipped: {}", dir, e.toString());
            }
        }
        files.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        FontCache cache = cache();
        List<Fallback> result = new ArrayList<>();
        for (Path f : files) {
            if (result.size() >= MAX_FALLBACKS) {
                break;
            }
            FontCoverage coverage = coverage(cache, f);
            if (coverage != null) {
                result.add(new Fallback("Fallback" + result.size(), f, coverage));
            }
        }
        cache.save();
        return result;
    }

    /** What the font covers, from the cache while the file is unchanged; null when PDFBox cannot embed it (CFF outlines, broken). */
    private static FontCoverage coverage(FontCache cache, Path f) {
        String key = f.toAbsolutePath().toString();
        long modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(f).toMillis();
            size = Files.size(f);
        } catch (IOException e) {
            return null;
        }
        FontCache.Entry cached = cache.get(key, modified, size);
        if (cached != null) {
            return cached.coverage();
        }
        FontCoverage coverage = null;
        try {
            TrueTypeFont font = load(f);
            if (font != null && font.getGlyph() != null) {
                coverage = FontCoverage.of(font);
                PARSED.put(f, font);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Font {} cannot be embedded: {}", f, e.toString());
        }
        cache.put(key, new FontCache.Entry(modified, size, coverage));
        return coverage;
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
