package app.dualtrack.format;

import app.dualtrack.TestFiles;
import app.dualtrack.cli.DualtrackCommand;
import app.dualtrack.model.Ladder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 18: a corpus of hostile inputs, generated here (nothing committed as blobs): hand-written
 * attacks on the syntax, the encoding, the numbers, the limits and the structure, truncations,
 * random byte changes and random insertions of troublesome tokens. Every file is run through
 * {@code dualtrack fmt}: either it is accepted and its meaning is unchanged (the same ladder, and
 * every text and number of the original still there), or it is refused with one English sentence
 * that names the file, line and column, and the file is left byte for byte as it was, with no
 * .bak and no temporary file beside it. Each within 2 seconds.
 */
class HostileInputCorpusTest {
    private static final Duration EACH = Duration.ofSeconds(2);
    private static final ObjectMapper PLAIN = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    enum Expect { ACCEPT, REFUSE, EITHER }

    record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = DualtrackCommand.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    record Case(String name, byte[] bytes, Expect expect) {
    }

    @TempDir
    Path dir;

    private final String fixed = read(TestFiles.fixedSample());
    private final List<Case> corpus = new ArrayList<>();

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void add(String name, String text, Expect expect) {
        corpus.add(new Case(name, text.getBytes(StandardCharsets.UTF_8), expect));
    }

    private void add(String name, byte[] bytes, Expect expect) {
        corpus.add(new Case(name, bytes, expect));
    }

    private String edit(String find, String replace) {
        assertThat(fixed).as("the corpus edit %s applies", find).contains(find);
        return fixed.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replace));
    }

    private void handWritten() {
        String name = "\"name\": \"Northwind Engineering Ladder\"";
        String headcount = "\"headcount\": 45";
        String version = "\"formatVersion\": 1";
        String summary = "\"summary\": \"";
        // syntax
        for (String s : List.of("", "   \n\t ", "null", "[]", "\"ladder\"", "42", "true", "{}", "{", "}", "[", "{\"format\": \"ladder\"}",
                "{\"format\": \"ladder\",}", "{'format': 'ladder'}", "{format: ladder}", "{\"format\" \"ladder\"}", "{\"format\"::\"ladder\"}",
                "{\"format\": \"ladder\"}}", "{\"format\": \"ladder\"]", "[1, 2,]", "\u0000", "{\"a\": \"\\\"}")) {
            add("syntax " + s, s, Expect.REFUSE);
        }
        add("NaN", edit(headcount, "\"headcount\": NaN"), Expect.REFUSE);
        add("Infinity", edit(headcount, "\"headcount\": Infinity"), Expect.REFUSE);
        add("minus Infinity in extras", edit(name, name + ", \"x\": -Infinity"), Expect.REFUSE);
        add("line comment", edit(headcount, headcount + " // people"), Expect.REFUSE);
        add("block comment", "/* ladder */" + fixed, Expect.REFUSE);
        add("hash comment", "# ladder\n" + fixed, Expect.REFUSE);
        add("trailing comma object", edit(headcount + ",", headcount + ",,"), Expect.REFUSE);
        add("trailing comma list", edit("\"depth\"\n", "\"depth\",\n"), Expect.REFUSE);
        add("trailing object", fixed + "{}", Expect.REFUSE);
        add("trailing text", fixed + "garbage", Expect.REFUSE);
        add("trailing NUL", fixed + "\u0000", Expect.REFUSE);
        add("two ladders", fixed + fixed, Expect.REFUSE);
        add("duplicate key top", edit(headcount + ",", headcount + ",\n  \"headcount\": 46,"), Expect.REFUSE);
        add("duplicate key in level", edit("\"id\": \"staff\",", "\"id\": \"staff\", \"id\": \"staff2\","), Expect.REFUSE);
        add("duplicate key in extras", edit(name, name + ", \"x\": {\"a\": 1, \"a\": 2}"), Expect.REFUSE);
        add("single quotes value", edit(name, "\"name\": 'Northwind'"), Expect.REFUSE);
        add("unquoted value", edit(name, "\"name\": Northwind"), Expect.REFUSE);
        add("raw newline in text", edit(name, "\"name\": \"North\nwind\""), Expect.REFUSE);
        add("raw tab in text", edit(name, "\"name\": \"North\twind\""), Expect.REFUSE);
        add("bad escape", edit(name, "\"name\": \"North\\xwind\""), Expect.REFUSE);
        add("short unicode escape", edit(name, "\"name\": \"North\\u12\""), Expect.REFUSE);
        add("leading zero", edit(headcount, "\"headcount\": 045"), Expect.REFUSE);
        add("plus sign", edit(headcount, "\"headcount\": +45"), Expect.REFUSE);
        add("hex number", edit(headcount, "\"headcount\": 0x2D"), Expect.REFUSE);
        add("bare decimal point", edit(headcount, "\"headcount\": 45."), Expect.REFUSE);
        add("bare exponent", edit(headcount, "\"headcount\": 45e"), Expect.REFUSE);
        add("lone minus", edit(headcount, "\"headcount\": -"), Expect.REFUSE);
        add("control byte between values", edit(headcount, "\u0001" + headcount), Expect.REFUSE);
        // encoding
        byte[] utf8 = fixed.getBytes(StandardCharsets.UTF_8);
        add("BOM then ladder", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8), Expect.ACCEPT);
        add("BOM only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Expect.REFUSE);
        add("UTF-16 little endian", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, fixed.getBytes(StandardCharsets.UTF_16LE)), Expect.REFUSE);
        add("UTF-16 big endian", fixed.getBytes(StandardCharsets.UTF_16), Expect.REFUSE);
        add("Latin-1", edit("Northwind", "Nörthwind").getBytes(StandardCharsets.ISO_8859_1), Expect.REFUSE);
        int at = fixed.indexOf("Northwind");
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0x80})) {
            add("invalid UTF-8 " + Arrays.toString(bad), concat(Arrays.copyOf(utf8, at), bad, Arrays.copyOfRange(utf8, at, utf8.length)), Expect.REFUSE);
        }
        add("NUL byte in text", edit("Northwind", "North\u0000wind"), Expect.REFUSE);
        // escapes and characters
        add("lone high surrogate", edit(name, "\"name\": \"\\ud800\""), Expect.REFUSE);
        add("lone low surrogate", edit(name, "\"name\": \"\\udc00x\""), Expect.REFUSE);
        add("reversed pair", edit(name, "\"name\": \"\\ude00\\ud83d\""), Expect.REFUSE);
        add("high then letter", edit(name, "\"name\": \"\\ud83dx\""), Expect.REFUSE);
        add("lone surrogate in extras value", edit(name, name + ", \"x\": \"\\udbff\""), Expect.REFUSE);
        add("lone surrogate in extras key", edit(name, name + ", \"\\udbff\": 1"), Expect.REFUSE);
        add("lone surrogate in a behaviour", edit("\"Writes tests", "\"\\ud800Writes tests"), Expect.REFUSE);
        add("escaped pair", edit(name, "\"name\": \"\\ud83d\\ude80 Northwind\""), Expect.ACCEPT);
        add("escaped letters", edit(name, "\"name\": \"\\u004Eorth\\/wind \\\"N\\\" \\\\ \""), Expect.ACCEPT);
        add("escaped NUL in a known text", edit(name, "\"name\": \"North\\u0000wind\""), Expect.REFUSE);
        add("escaped escape in a known text", edit(name, "\"name\": \"North\\u001bwind\""), Expect.REFUSE);
        add("escaped NUL in extras", edit(name, name + ", \"x\": \"a\\u0000b\""), Expect.ACCEPT);
        add("emoji and CJK", edit(name, "\"name\": \"北风 🚀 Ladder 👩🏽‍💻\""), Expect.ACCEPT);
        add("direction overrides", edit(name, "\"name\": \"\u202Eredda\u202C L \u2066x\u2069\""), Expect.ACCEPT);
        add("zero width", edit(name, "\"name\": \"North\u200Bwind\uFEFF\""), Expect.ACCEPT);
        add("line separator", edit(name, "\"name\": \"North\u2028wind\""), Expect.ACCEPT);
        add("combining marks", edit(name, "\"name\": \"Z\u0351\u0352\u0353a\u0300\u0301lgo\""), Expect.ACCEPT);
        add("noncharacters", edit(name, "\"name\": \"\uFFFE\uFFFF\""), Expect.EITHER);
        // numbers
        for (String v : List.of("0", "-1", "1.0", "\"1\"", "2", "4294967297", "-4294967295", "1e0", "9".repeat(100), "9".repeat(101), "null", "true", "[1]")) {
            add("formatVersion " + v, edit(version, "\"formatVersion\": " + v), Expect.REFUSE);
        }
        for (String v : List.of("45.5", "45.0", "1e2", "-1", "0", "2147483648", "\"45\"", "true", "[]", "{}", "1e9999999999")) {
            add("headcount " + v, edit(headcount, "\"headcount\": " + v), Expect.REFUSE);
        }
        add("headcount null", edit(headcount, "\"headcount\": null"), Expect.ACCEPT);
        add("headcount max", edit(headcount, "\"headcount\": 2147483647"), Expect.ACCEPT);
        for (String v : List.of("1e999999999", "-0", "-0.0", "123456789012345678901234567890", "1.5e-300", "0.1", "1E+2", "12345678901234567890.123456789")) {
            add("number in extras " + v, edit(name, name + ", \"x-number\": " + v), Expect.ACCEPT);
        }
        add("exponent overflow in extras", edit(name, name + ", \"x\": 1e-9999999999"), Expect.REFUSE);
        String band = "\"peer\": \"senior-em\"";
        for (String b : List.of("{\"min\": 1e999999999}", "{\"min\": -1}", "{\"min\": 10, \"max\": 5}", "{\"min\": \"10\"}", "{\"min\": 0.0000001}", "[]", "42")) {
            add("band " + b, edit(band, band + ",\n      \"band\": " + b), Expect.REFUSE);
        }
        add("band ok", edit(band, band + ",\n      \"band\": {\"min\": 120000.50, \"max\": 180000, \"currency\": \"EUR\", \"x\": [1, {\"y\": null}]}"), Expect.ACCEPT);
        // structure
        add("name a number", edit(name, "\"name\": 7"), Expect.REFUSE);
        add("name a list", edit(name, "\"name\": [\"x\"]"), Expect.REFUSE);
        add("name null", edit(name, "\"name\": null"), Expect.REFUSE);
        add("format recipe", edit("\"format\": \"ladder\"", "\"format\": \"recipe\""), Expect.REFUSE);
        add("no shared", edit("\"shared\":", "\"shared-x\":"), Expect.REFUSE);
        add("technical an object", edit("\"technical\": [", "\"technical\": {\"a\": ["), Expect.REFUSE);
        add("level a string", edit("\"technical\": [", "\"technical\": [\"staff\", "), Expect.REFUSE);
        add("behaviour a number", edit("\"Writes tests", "42, \"Writes tests"), Expect.REFUSE);
        add("growth unknown", edit("\"depth\"\n", "\"deep\"\n"), Expect.REFUSE);
        add("peer itself", edit(band, "\"peer\": \"staff\""), Expect.REFUSE);
        add("id uppercase", edit("\"id\": \"staff\"", "\"id\": \"Staff\""), Expect.REFUSE);
        add("id with line break", edit("\"id\": \"staff\"", "\"id\": \"sta\\nff\""), Expect.REFUSE);
        add("id very long", edit("\"id\": \"staff\"", "\"id\": \"" + "s".repeat(30_000) + "\""), Expect.REFUSE);
        add("date month 13", edit("\"reviewed\": \"2026-11-02\"", "\"reviewed\": \"2026-13-01\""), Expect.REFUSE);
        add("date 29 February 2026", edit("\"reviewed\": \"2026-11-02\"", "\"reviewed\": \"2026-02-29\""), Expect.REFUSE);
        add("date far future", edit("\"reviewed\": \"2026-11-02\"", "\"reviewed\": \"9999-12-31\""), Expect.ACCEPT);
        add("date five-digit year", edit("\"reviewed\": \"2026-11-02\"", "\"reviewed\": \"+10000-01-01\""), Expect.REFUSE);
        add("mechanism required text", edit("\"cadence\": \"quarterly\"", "\"cadence\": \"quarterly\", \"required\": \"yes\""), Expect.REFUSE);
        // limits
        String emoji = "\uD83D\uDE80";
        add("20000 emoji", edit(name, "\"name\": \"" + emoji.repeat(20_000) + "\""), Expect.ACCEPT);
        add("20001 emoji", edit(name, "\"name\": \"" + emoji.repeat(20_001) + "\""), Expect.REFUSE);
        add("100000 letters", edit(name, "\"name\": \"" + "x".repeat(100_000) + "\""), Expect.REFUSE);
        add("1 MB key", edit(name, name + ", \"" + "k".repeat(1 << 20) + "\": 1"), Expect.REFUSE);
        add("1 MB text in extras", edit(name, name + ", \"x\": \"" + "k".repeat(1 << 20) + "\""), Expect.ACCEPT);
        add("nesting 64 in extras", edit(name, name + ", \"x\": " + "[".repeat(62) + "]".repeat(62)), Expect.ACCEPT);
        add("nesting 65 in extras", edit(name, name + ", \"x\": " + "[".repeat(64) + "]".repeat(64)), Expect.REFUSE);
        add("nesting 100000", "[".repeat(100_000), Expect.REFUSE);
        add("nesting objects", "{\"a\":".repeat(10_000), Expect.REFUSE);
        add("1001 levels", manyLevels(1001), Expect.REFUSE);
        add("1000 levels", manyLevels(1000), Expect.ACCEPT);
        add("201 behaviours", edit("\"Writes tests for the code they change.\"", ("\"b\", ").repeat(200) + "\"Writes tests for the code they change.\""), Expect.REFUSE);
        add("minified", fixed.replace("\n", "").replace("  ", ""), Expect.ACCEPT);
        add("CRLF line ends", fixed.replace("\n", "\r\n"), Expect.ACCEPT);
        add("unknown fields everywhere", edit("\"id\": \"staff\",", "\"id\": \"staff\", \"x-future\": {\"deep\": [[[{\"k\": \"v\"}]]], \"n\": 1.50, \"t\": true, \"z\": null},"), Expect.ACCEPT);
    }

    private static String manyLevels(int n) {
        StringBuilder sb = new StringBuilder("{\"format\": \"ladder\", \"formatVersion\": 1, \"name\": \"Many\", \"shared\": [");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ", ").append("{\"id\": \"l").append(i).append("\", \"title\": \"Level ").append(i).append("\"}");
        }
        return sb.append("], \"technical\": [], \"management\": []}").toString();
    }

    private void truncations() {
        byte[] utf8 = fixed.getBytes(StandardCharsets.UTF_8);
        for (int i = 1; i <= 60; i++) {
            int cut = (int) ((long) utf8.length * i / 61);
            add("truncated at byte " + cut, Arrays.copyOf(utf8, cut), Expect.REFUSE);
        }
        add("without final newline", Arrays.copyOf(utf8, utf8.length - 1), Expect.ACCEPT);
    }

    private void randomChanges() {
        byte[] utf8 = fixed.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(18);
        for (int i = 0; i < 50; i++) {
            byte[] b = utf8.clone();
            int changes = 1 + random.nextInt(3);
            for (int c = 0; c < changes; c++) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            add("random bytes " + i, b, Expect.EITHER);
        }
        List<String> tokens = List.of("NaN", "/*", "//", ",", "\\ud800", "\\u0000", "\"", "{", "}", "[", "]", ":", "\u0000", "\uD83D\uDE80",
                "\\", "1e999", "-", "null", "\"x\": 1,", "\u202E", "\r", "\uFEFF", "\\udc00");
        for (int i = 0; i < 45; i++) {
            String token = tokens.get(random.nextInt(tokens.size()));
            int where = random.nextInt(fixed.length());
            add("inserted " + token + " at " + where, fixed.substring(0, where) + token + fixed.substring(where), Expect.EITHER);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    @Test
    void everyHostileFileIsAcceptedUnchangedInMeaningOrRefusedWithItsPlace() throws Exception {
        handWritten();
        truncations();
        randomChanges();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        run("validate", TestFiles.fixedSample().toString()); // warm up, outside the time limit
        int accepted = 0;
        for (int i = 0; i < corpus.size(); i++) {
            Case c = corpus.get(i);
            Path folder = Files.createDirectory(dir.resolve(String.format("%03d", i)));
            Path file = Files.write(folder.resolve("hostile.ladder.json"), c.bytes());
            Result r = assertTimeoutPreemptively(EACH, () -> run("fmt", file.toString()), c.name());
            String what = String.format("%03d %s", i, c.name().length() > 60 ? c.name().substring(0, 60) : c.name());
            if (r.exitCode() == 0) {
                assertThat(c.expect()).as("%s was accepted: %s", what, r.err()).isNotEqualTo(Expect.REFUSE);
                assertSameMeaning(what, c.bytes(), file);
                accepted++;
            } else {
                assertThat(c.expect()).as("%s was refused: %s", what, r.err()).isNotEqualTo(Expect.ACCEPT);
                assertRefusedInPlace(what, c.bytes(), file, r);
            }
        }
        assertThat(accepted).as("the corpus holds accepted files too").isGreaterThan(20);
        org.slf4j.LoggerFactory.getLogger(HostileInputCorpusTest.class).info("Hostile corpus: {} files, {} accepted, {} refused", corpus.size(), accepted, corpus.size() - accepted);
    }

    private static void assertRefusedInPlace(String what, byte[] original, Path file, Result r) throws IOException {
        assertThat(r.exitCode()).as(what).isEqualTo(2);
        assertThat(Files.readAllBytes(file)).as("%s is left as it was", what).isEqualTo(original);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("%s: no .bak, no temporary file", what).containsExactly(file);
        }
        assertThat(r.err().lines()).as(what).hasSize(1);
        String line = r.err().strip();
        assertThat(line).as(what).matches(Pattern.quote(file.toString()) + ":\\d+:\\d+: \\S.*");
        assertThat(line).as(what).doesNotMatch(ReaderMessagesTest.LIBRARY_WORDS);
        assertThat(line.contains(":0:")).as("%s names a real line and column: %s", what, line).isFalse();
    }

    /** The same ladder, and every text and number of the original file still in the new one: nothing became "?" or wrapped. */
    private static void assertSameMeaning(String what, byte[] original, Path file) throws Exception {
        byte[] now = Files.readAllBytes(file);
        Ladder before = LadderFiles.parse(original, "before");
        Ladder after = LadderFiles.parse(now, "after");
        assertThat(after).as(what).isEqualTo(before);
        JsonNode was = PLAIN.readTree(stripBom(original));
        JsonNode is = PLAIN.readTree(now);
        Set<String> texts = new HashSet<>();
        Set<BigDecimal> numbers = new HashSet<>();
        leaves(is, texts, numbers);
        Set<String> oldTexts = new HashSet<>();
        Set<BigDecimal> oldNumbers = new HashSet<>();
        leaves(was, oldTexts, oldNumbers);
        assertThat(texts).as("%s keeps every text", what).containsAll(oldTexts);
        assertThat(numbers).as("%s keeps every number", what).containsAll(oldNumbers);
    }

    private static byte[] stripBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? Arrays.copyOfRange(b, 3, b.length) : b;
    }

    private static void leaves(JsonNode n, Set<String> texts, Set<BigDecimal> numbers) {
        if (n.isTextual()) {
            texts.add(n.textValue());
        } else if (n.isNumber()) {
            numbers.add(n.decimalValue().stripTrailingZeros());
        } else {
            n.forEach(child -> leaves(child, texts, numbers));
        }
    }

    @Test
    void specialFilesAreRefusedNamingTheFile() throws Exception {
        List<Path> special = new ArrayList<>();
        special.add(Files.createDirectory(dir.resolve("folder.ladder.json")));
        special.add(Files.createSymbolicLink(dir.resolve("dangling.ladder.json"), dir.resolve("nowhere")));
        Path loop = dir.resolve("loop.ladder.json");
        special.add(Files.createSymbolicLink(loop, loop.getFileName()));
        special.add(dir.resolve("missing.ladder.json"));
        if (Files.exists(Path.of("/dev/zero"))) {
            special.add(Files.createSymbolicLink(dir.resolve("zero.ladder.json"), Path.of("/dev/zero")));
        }
        Path fifo = dir.resolve("fifo.ladder.json");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            special.add(fifo);
        }
        for (Path p : special) {
            Result r = assertTimeoutPreemptively(EACH, () -> run("fmt", p.toString()), p.toString());
            assertThat(r.exitCode()).as(p.toString()).isEqualTo(2);
            assertThat(r.err().lines()).as(p.toString()).singleElement().asString()
                    .startsWith(p + ": ").doesNotMatch(ReaderMessagesTest.LIBRARY_WORDS);
        }
        for (Path p : special) {
            if (Files.isSymbolicLink(p)) {
                Files.delete(p); // JUnit warns about links leading out of its folder
            }
        }
    }
}
