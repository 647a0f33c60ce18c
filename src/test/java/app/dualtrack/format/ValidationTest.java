package app.dualtrack.format;

import app.dualtrack.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every way a file can break the format is refused with one message: file, line and column, what is wrong. */
class ValidationTest {
    private static final String FIXED = read();

    private static String read() {
        try {
            return Files.readString(TestFiles.fixedSample());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static LadderFormatException refuse(String text) {
        return catchThrowableOfType(() -> LadderReader.parse(text, "acme.ladder.json"), LadderFormatException.class);
    }

    /** The line (1-based) on which the first occurrence of {@code needle} starts. */
    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("peer naming no level", "\"peer\": \"senior-em\"", "\"peer\": \"em-2\"", "\"peer\": \"em-2\"", "`peer` of level `staff` names `em-2`, which no level has"),
                Arguments.of("peer on the same track", "\"peer\": \"senior-em\"", "\"peer\": \"principal\"", "\"peer\": \"principal\"", "`peer` of level `staff` names `principal`, which is on the same track; a peer must be on the other track"),
                Arguments.of("two levels claiming one peer", "\"peer\": \"director\"", "\"peer\": \"senior-em\"", "\"peer\": \"senior-em\"\n    }\n  ],\n  \"management\"", "levels `staff` and `principal` both claim `senior-em` as their peer"),
                Arguments.of("appliesFrom naming no level", "\"appliesFrom\": \"staff\"", "\"appliesFrom\": \"staf\"", "\"appliesFrom\": \"staf\"", "`appliesFrom` of mechanism \"Technical scope document\" names `staf`, which no level has"),
                Arguments.of("bad id", "\"id\": \"staff\"", "\"id\": \"Staff Engineer\"", "\"id\": \"Staff Engineer\"", "level id \"Staff Engineer\" is not valid"),
                Arguments.of("duplicate id", "\"id\": \"principal\"", "\"id\": \"staff\"", "\"id\": \"staff\",\n      \"title\": \"Principal", "two levels have the id `staff`; ids must be unique"),
                Arguments.of("impossible date", "\"reviewed\": \"2026-11-02\"", "\"reviewed\": \"2026-02-30\"", "\"reviewed\"", "`reviewed` is \"2026-02-30\", which is not a real date in the form YYYY-MM-DD"),
                Arguments.of("negative number", "\"headcount\": 45", "\"headcount\": -3", "\"headcount\"", "`headcount` of the ladder is -3; it must be 1 or more"),
                Arguments.of("wrong type", "\"headcount\": 45", "\"headcount\": \"45\"", "\"headcount\"", "`headcount` of the ladder must be a whole number, not text"),
                Arguments.of("missing title", "\"title\": \"Staff Engineer\",", "\"name\": \"Staff Engineer\",", "{\n      \"id\": \"staff\"", "has no `title`, which is required"),
                Arguments.of("unknown growth", "\"depth\"\n      ],\n      \"peer\": \"senior-em\"", "\"deep\"\n      ],\n      \"peer\": \"senior-em\"", "\"growth\": [", "`growth` of level `staff` has \"deep\""),
                Arguments.of("unknown cadence", "\"cadence\": \"quarterly\"", "\"cadence\": \"sometimes\"", "\"cadence\": \"sometimes\"", "`cadence` of item 1 of `visibility` is \"sometimes\""),
                Arguments.of("behaviour area naming no area", "\"Writes tests for the code they change.\"", "{ \"text\": \"Writes tests for the code they change.\", \"area\": \"delivery\" }", "\"area\": \"delivery\"", "a behaviour of level `engineer-1` has `area` \"delivery\", which no area has"),
                Arguments.of("suppression naming no level", "\"rule\": \"structure/track-shorter\",", "\"rule\": \"structure/track-shorter\", \"level\": \"cto\",", "\"level\": \"cto\"", "a suppression of `structure/track-shorter` names level `cto`, which no level has"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsRefusedWithItsLineAndWhatIsWrong(String name, String find, String replace, String lineMarker, String message) {
        String broken = FIXED.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace));
        assertThat(broken).as("the edit applies").isNotEqualTo(FIXED);
        LadderFormatException e = refuse(broken);
        assertThat(e).as(name).isNotNull();
        assertThat(e.problem()).contains(message);
        assertThat(e.getMessage()).startsWith("acme.ladder.json:" + lineOf(broken, lineMarker) + ":");
    }

    @Test
    void notJsonNamesTheLineAndColumn() {
        LadderFormatException e = refuse("{\n  \"format\": \"ladder\",\n  \"name\" \"x\"\n}");
        assertThat(e.getMessage()).startsWith("acme.ladder.json:3:").contains("not valid JSON");
        assertThat(e.getMessage()).doesNotContain("Source").doesNotContain("Exception");
    }

    @Test
    void aNewerFormatVersionIsRefusedWithAMessageThatSaysSo() {
        LadderFormatException e = refuse(FIXED.replace("\"formatVersion\": 1", "\"formatVersion\": 2"));
        assertThat(e.problem()).contains("format version 2").contains("newer").contains("update Dualtrack");
    }

    @Test
    void notALadderFileIsRefused() {
        assertThat(refuse("{\"format\": \"recipe\", \"formatVersion\": 1}").problem()).contains("not a ladder file");
        assertThat(refuse("[1, 2, 3]").problem()).contains("one JSON object");
    }

    @Test
    void duplicateKeysAndTrailingGarbageAreRefused() {
        assertThat(refuse(FIXED.replace("\"headcount\": 45,", "\"headcount\": 45,\n  \"headcount\": 46,")).problem()).contains("the field “headcount” appears twice in the same object");
        assertThat(refuse(FIXED + "{}").getMessage()).contains("not valid JSON");
    }

    @Test
    void absurdNestingIsRefusedQuicklyWithoutAStackOverflow() {
        String deep = "{\"format\": \"ladder\", \"formatVersion\": 1, \"name\": \"x\", \"notes2\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertThat(refuse(deep).problem()).contains("nested more than 64 levels");
    }

    @Test
    void aHugeSentenceIsRefusedWithItsLength() {
        String huge = FIXED.replace("Mentors Senior Engineers.", "x".repeat(100_000));
        assertThat(refuse(huge).problem()).contains("100,000 characters long").contains("at most 20,000");
    }

    @Test
    void tenThousandLevelsAreRefused() {
        StringBuilder sb = new StringBuilder("{\"format\": \"ladder\", \"formatVersion\": 1, \"name\": \"x\", \"shared\": [");
        for (int i = 0; i < 10_000; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\": \"l").append(i).append("\", \"title\": \"L").append(i).append("\"}");
        }
        sb.append("], \"technical\": [], \"management\": []}");
        assertThat(refuse(sb.toString()).problem()).contains("`shared` of the ladder has 10000 items; Dualtrack accepts at most 1000");
    }

    @Test
    void controlCharactersAreRefusedNamingTheField() {
        LadderFormatException e = refuse(FIXED.replace("Owns systems that several teams depend on.", "Owns systems\\u0007 that several teams depend on."));
        assertThat(e.problem()).contains("`summary` of level `staff` contains a control character (U+0007)");
    }

    @Test
    void invalidUtf8IsRefusedWithItsPosition(@TempDir Path dir) throws Exception {
        byte[] bytes = FIXED.getBytes(StandardCharsets.UTF_8);
        int at = FIXED.indexOf("Northwind");
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;
        Path file = dir.resolve("bad.ladder.json");
        Files.write(file, bytes);
        assertThatThrownBy(() -> LadderFiles.read(file)).isInstanceOf(LadderFormatException.class)
                .hasMessageStartingWith(file + ":4:").hasMessageContaining("not valid UTF-8");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.ladder.json");
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            ch.position(30L * 1024 * 1024);
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {' '}));
        }
        assertThatThrownBy(() -> LadderFiles.read(file)).hasMessageContaining("is 30 MB; a ladder file is at most 16 MB");
    }

    @Test
    void unknownFieldsSurviveARoundTrip() throws Exception {
        String withExtras = FIXED.replace("\"notes\":", "\"x-owner\": {\n    \"team\": \"platform\",\n    \"since\": 2021\n  },\n  \"notes\":")
                .replace("\"code\": \"IC4\",", "\"code\": \"IC4\",\n      \"x-track-colour\": \"teal\",");
        String written = LadderWriter.toCanonicalJson(LadderReader.parse(withExtras, "x"));
        assertThat(written).contains("\"x-owner\": {\n    \"team\": \"platform\",\n    \"since\": 2021\n  }").contains("\"x-track-colour\": \"teal\"");
        assertThat(LadderReader.parse(written, "x")).isEqualTo(LadderReader.parse(withExtras, "x"));
    }
}
