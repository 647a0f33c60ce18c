package app.dualtrack.analysis;

import app.dualtrack.json.JsonTrees;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the analysis data files shipped on the class path (no file-system access). */
final class Resources {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Resources() {
    }

    /**
     * The tree of a JSON text, or null for none, read without a full object mapper (see {@link JsonTrees}).
     *
     * @throws JsonProcessingException for text that is not JSON, with its location
     * @throws NumberFormatException for a number whose exponent no decimal can hold
     */
    static JsonNode tree(String text) throws JsonProcessingException {
        try {
            return tree(FACTORY.createParser(text));
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("a parser over a string read nothing from outside", e);
        }
    }

    private static JsonNode tree(JsonParser parser) throws IOException {
        try (parser) {
            return JsonTrees.read(parser, false);
        }
    }

    static JsonNode json(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/app/dualtrack/analysis/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing analysis resource " + name);
            }
            return tree(FACTORY.createParser(in));
        } catch (IOException e) {
            throw new UncheckedIOException("broken analysis resource " + name, e);
        }
    }
}
