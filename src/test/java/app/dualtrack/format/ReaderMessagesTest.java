package app.dualtrack.format;

import app.dualtrack.TestFiles;
import app.dualtrack.model.Ladder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 18, defects 7 and 11: no silent change to text or numbers, and messages in English with their place. */
class ReaderMessagesTest {
    private static final String FIXED = read();
    /** Words of the parser library that must never reach a user. */
    static final String LIBRARY_WORDS = "(?s).*(Feature|Constraints|JsonNode|fasterxml|START_|END_|VALUE_|CTRL-CHAR|\\(code \\d+\\)|Source|REDACTED|token|Exception).*";

    private static String read() {
        try {
            return Files.readString(TestFiles.fixedSample());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LadderFormatException refuse(String text) {
        LadderFormatException e = catchThrowableOfType(() -> LadderReader.parse(text, "acme.ladder.json"), LadderFormatException.class);
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    private static String edit(String find, String replace) {
        assertThat(FIXED).contains(find);
        return FIXED.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace));
    }

    // 7. Silent changes -----------------------------------------------------------------------

    @Test
    void anUnpairedSurrogateEscapeIsRefusedWithItsLineAndColumn() {
        String text = edit("\"name\": \"Northwind", "\"name\": \"\\ud800Northwind");
        LadderFormatException e = refuse(text);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(12);
        assertThat(e.problem()).startsWith("the escape \\ud800 is half of a character pair");
    }

    @Test
    void aReversedPairAndALowHalfAloneAreRefusedTooAndAWholePairIsKept() throws Exception {
        assertThat(refuse(edit("\"name\": \"Northwind", "\"name\": \"\\udc00\\ud800Northwind")).problem()).startsWith("the escape \\udc00 is half");
        assertThat(refuse(edit("\"name\": \"Northwind", "\"name\": \"Northwind\\ud83d")).problem()).startsWith("the escape \\ud83d is half");
        assertThat(refuse(edit("\"name\": \"Northwind", "\"x-key\\udfff\": 1, \"name\": \"Northwind")).problem()).contains("\\udfff");
        Ladder ladder = LadderReader.parse(edit("\"name\": \"Northwind", "\"name\": \"\\ud83d\\ude00 Northwind"), "acme");
        assertThat(ladder.name()).startsWith("\uD83D\uDE00 Northwind");
        assertThat(LadderReader.parse(LadderWriter.toCanonicalJson(ladder), "again")).isEqualTo(ladder);
    }

    @Test
    void aFormatVersionBeyondTheIntegersIsRefusedNotWrappedToOne() {
        LadderFormatException e = refuse(edit("\"formatVersion\": 1", "\"formatVersion\": 4294967297"));
        assertThat(e.problem()).contains("format version 4294967297, newer than this version of Dualtrack reads");
        assertThat(e.line()).isEqualTo(3);
        assertThat(refuse(edit("\"formatVersion\": 1", "\"formatVersion\": -4294967295")).problem()).contains("does not exist");
    }

    @Test
    void payOutOfAnyRangeIsRefusedInsteadOfBeingKeptForTheExportToExpand() {
        String withBand = edit("\"peer\": \"senior-em\"", "\"peer\": \"senior-em\",\n      \"band\": {\"min\": 1e999999999}");
        assertThat(refuse(withBand).problem()).contains("1E+999999999 is out of range for pay");
    }

    // 11. English -----------------------------------------------------------------------------

    static Stream<Arguments> notJson() {
        return Stream.of(
                Arguments.of("\"headcount\": 45", "\"headcount\": NaN", "“NaN” is not a number JSON allows"),
                Arguments.of("\"headcount\": 45", "\"headcount\": -Infinity", "“-Infinity” is not a number JSON allows"),
                Arguments.of("\"headcount\": 45,", "\"headcount\": 45, // people", "JSON has no comments"),
                Arguments.of("\"headcount\": 45,", "/* size */ \"headcount\": 45,", "JSON has no comments"),
                Arguments.of("\"headcount\": 45,", "\"headcount\": 45,,", "expected a field name in double quotes, found “,”"),
                Arguments.of("\"headcount\": 45,", "\"headcount\": 045,", "a number cannot start with 0"),
                Arguments.of("\"headcount\": 45,", "\"headcount\": +45,", "a number cannot start with +"),
                Arguments.of("\"headcount\": 45,", "'headcount': 45,", "field names need double quotes"),
                Arguments.of("\"headcount\": 45,", "\"headcount\" 45,", "expected a colon after the field name, found “4”"),
                Arguments.of("\"headcount\": 45,", "\"headcount\": 45", "expected a comma or } after the value"),
                Arguments.of("\"headcount\": 45,", "\"headcount\": fortyfive,", "“fortyfive” is not a JSON value"),
                Arguments.of("\"name\": \"Northwind", "\"name\": \"\\qNorthwind", "\\q is not an escape JSON knows"),
                Arguments.of("\"name\": \"Northwind", "\"name\": \"\\u00zNorthwind", "a \\u escape needs four hexadecimal digits"),
                Arguments.of("\"name\": \"Northwind", "\"name\": \"North\twind", "a text holds a tab character"),
                Arguments.of("\"name\": \"Northwind", "\"name\": \"North\nwind", "a text runs over a line break"),
                Arguments.of("\"headcount\": 45,", "\"headcount\": 45,\n  \"headcount\": 46,", "the field “headcount” appears twice in the same object"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("notJson")
    void syntaxErrorsAreExplainedInEnglishWithTheirPlace(String find, String replace, String expected) {
        LadderFormatException e = refuse(edit(find, replace));
        assertThat(e.problem()).contains(expected).doesNotMatch(LIBRARY_WORDS);
        assertThat(e.line()).isPositive();
        assertThat(e.column()).isPositive();
    }

    @Test
    void trailingTextAndEndsOfFileSayWhatIsMissing() {
        assertThat(refuse(FIXED + "{}").problem()).isEqualTo("this is not valid JSON: there is more text after the ladder's closing }; a ladder file holds exactly one JSON object");
        assertThat(refuse(FIXED.substring(0, FIXED.lastIndexOf('}'))).problem()).contains("the file ends before an object is closed: a } is missing");
        assertThat(refuse(FIXED.substring(0, FIXED.indexOf("Northwind") + 2)).problem()).contains("the file ends inside a text");
        assertThat(refuse("").problem()).isEqualTo("the file is empty; a ladder file holds one JSON object");
        assertThat(refuse(FIXED.replace("\"headcount\": 45", "\"headcount\": 1e9999999999")).problem())
                .contains("exponent too large").doesNotMatch(LIBRARY_WORDS);
    }

    @Test
    void deepNestingIsRefusedWithItsLineAndColumn() {
        String deep = "{\"format\": \"ladder\",\n \"x\": " + "[".repeat(100) + "]".repeat(100) + "}";
        LadderFormatException e = refuse(deep);
        assertThat(e.problem()).isEqualTo("values are nested more than 64 levels deep here; a ladder file never needs more than a few");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(7 + 64);
    }

    @Test
    void aHugeFieldNameIsNotBlamedOnNesting() {
        LadderFormatException e = refuse("{\"format\": \"ladder\", \"" + "k".repeat(1_000_000) + "\": 1}");
        assertThat(e.problem()).isEqualTo("a field name here is more than 20,000 characters long; no field of a ladder has such a name");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isPositive();
        assertThat(refuse("{\"x\": " + "9".repeat(101) + "}").problem()).startsWith("a number here is more than 100 digits long");
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsQuoted() {
        assertThat(refuse(edit("\"headcount\": 45", "\"headcount\": 45.5")).problem()).isEqualTo("`headcount` of the ladder must be a whole number, not 45.5");
    }

    @Test
    void textLengthsAndPositionsAreCountedInCharactersAsAPersonCounts() throws Exception {
        String emoji = "\uD83D\uDE80";
        String name = "\"name\": \"Northwind Engineering Ladder\"";
        assertThat(LadderReader.parse(edit(name, "\"name\": \"" + emoji.repeat(20_000) + "\""), "ok").name())
                .as("20,000 characters are allowed, although they are 40,000 UTF-16 units").hasSize(40_000);
        assertThat(refuse(edit(name, "\"name\": \"" + emoji.repeat(20_001) + "\"")).problem())
                .contains("is 20,001 characters long; Dualtrack accepts at most 20,000");
        LadderFormatException e = refuse(edit("\"name\": \"Northwind", "\"name\": \"" + emoji.repeat(3) + "\\u0007Northwind"));
        assertThat(e.problem()).contains("(U+0007) at character 4");
        LadderFormatException syntax = refuse(edit("\"name\": \"Northwind", "\"name\": \"" + emoji.repeat(3) + "\", x\"Northwind"));
        assertThat(syntax.column()).as("after three emoji, counted once each").isEqualTo(18);
    }
}
