package app.dualtrack.format;

import static org.assertj.core.api.Assertions.assertThat;

import app.dualtrack.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/ladder.schema.json agrees with the reader: every shipped ladder passes it, and broken ones fail it. */
class LadderSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        try {
            JsonNode schema = JSON.readTree(Path.of("docs", "ladder.schema.json").toFile());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        } catch (IOException e) {
            throw new IllegalStateException("docs/ladder.schema.json cannot be read", e);
        }
    }

    /** Every example in docs/examples and every template and example the app ships. */
    static Stream<Path> shippedLadders() throws IOException {
        List<Path> dirs = List.of(TestFiles.examplesDir(), Path.of("src/main/resources/app/dualtrack/ui/templates"),
                Path.of("src/main/resources/app/dualtrack/examples"));
        return dirs.stream().flatMap(dir -> {
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.getFileName().toString().endsWith(".ladder.json")).sorted().toList().stream();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theShippedLaddersAreFound() throws IOException {
        assertThat(shippedLadders().count()).isGreaterThanOrEqualTo(6);
    }

    @ParameterizedTest
    @MethodSource("shippedLadders")
    void everyShippedLadderPassesTheSchemaAndTheReader(Path file) throws Exception {
        Set<ValidationMessage> problems = SCHEMA.validate(JSON.readTree(file.toFile()));
        assertThat(problems).as(file.toString()).isEmpty();
        assertThat(LadderFiles.read(file).name()).isNotBlank();
    }

    @Test
    void aLevelIdWithCapitalsIsRefused() throws IOException {
        ObjectNode ladder = flawed();
        ((ObjectNode) ladder.withArray("technical").get(0)).put("id", "Staff Engineer");
        assertThat(messages(ladder)).anyMatch(m -> m.contains("technical[0].id") && m.contains("pattern"));
    }

    @Test
    void anUnknownGrowthWordIsRefused() throws IOException {
        ObjectNode ladder = flawed();
        ((ObjectNode) ladder.withArray("technical").get(0)).putArray("growth").add("seniority");
        assertThat(messages(ladder)).anyMatch(m -> m.contains("technical[0].growth[0]"));
    }

    @Test
    void aMissingTrackAndAWrongVersionAreRefused() throws IOException {
        ObjectNode ladder = flawed();
        ladder.remove("management");
        ladder.put("formatVersion", 2);
        assertThat(messages(ladder)).anyMatch(m -> m.contains("management")).anyMatch(m -> m.contains("formatVersion"));
    }

    @Test
    void aBehaviourObjectWithoutTextIsRefused() throws IOException {
        ObjectNode ladder = flawed();
        ArrayNode primary = ((ObjectNode) ladder.withArray("technical").get(0)).withArray("primary");
        primary.addObject().put("area", "delivery");
        assertThat(messages(ladder)).isNotEmpty();
    }

    @Test
    void unknownFieldsAreAllowedAsTheReaderKeepsThem() throws IOException {
        ObjectNode ladder = flawed();
        ladder.put("x-owner", "platform group");
        ((ObjectNode) ladder.withArray("technical").get(0)).put("x-note", "kept");
        assertThat(messages(ladder)).isEmpty();
    }

    private static ObjectNode flawed() throws IOException {
        return (ObjectNode) JSON.readTree(TestFiles.flawedSample().toFile());
    }

    private static List<String> messages(JsonNode ladder) {
        return SCHEMA.validate(ladder).stream().map(ValidationMessage::getMessage).toList();
    }
}
