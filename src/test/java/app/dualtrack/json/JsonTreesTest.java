package app.dualtrack.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tree read straight from the parser is the one a mapper reads, with numbers exactly as written. */
class JsonTreesTest {
    private static final JsonFactory FACTORY = new JsonFactory();

    private static JsonNode read(String text, boolean strict) throws IOException {
        try (var parser = FACTORY.createParser(text)) {
            return JsonTrees.read(parser, strict);
        }
    }

    /** The mapper the ladder reader used before: whole numbers as BigInteger, decimals exact. */
    private static final ObjectMapper EXACT_MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    @Test
    void readsTheSameTreeAsAnExactMapper() throws IOException {
        String text = "{\"name\": \"Ladder\", \"levels\": [{\"id\": \"l1\", \"ok\": true, \"no\": false, \"none\": null}, [], {}],"
                + " \"nested\": {\"deep\": [1, [2.50, [-3e2]]]}, \"text\": \"caf\\u00e9 \\\"quoted\\\"\"}";
        assertThat(read(text, true)).isEqualTo(EXACT_MAPPER.readTree(text));
    }

    @Test
    void keepsNumbersExactlyAsWritten() throws IOException {
        JsonNode n = read("{\"zero\": 0.0, \"big\": 4294967297, \"huge\": 123456789012345678901234567890, \"pay\": 120000.50}", true);
        assertThat(n.get("zero").decimalValue()).isEqualTo(new BigDecimal("0.0"));
        assertThat(n.get("zero").isIntegralNumber()).isFalse();
        assertThat(n.get("big").bigIntegerValue()).isEqualTo(new BigInteger("4294967297"));
        assertThat(n.get("huge").bigIntegerValue()).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(n.get("pay").decimalValue().toPlainString()).isEqualTo("120000.50");
    }

    @Test
    void refusesTextAfterTheValueOnlyWhenStrict() throws IOException {
        assertThatThrownBy(() -> read("{} {}", true)).isInstanceOf(JsonParseException.class)
                .hasMessageStartingWith("Trailing token (of type START_OBJECT)");
        assertThat(read("{} {}", false)).isEqualTo(read("{}", true));
    }

    @Test
    void noValueIsNullAndBrokenJsonIsTheParsersError() throws IOException {
        assertThat(read("   ", true)).isNull();
        assertThatThrownBy(() -> read("{\"a\": [1, 2}", true)).isInstanceOf(JsonParseException.class);
        assertThatThrownBy(() -> read("{\"a\": 1", true)).isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }
}
