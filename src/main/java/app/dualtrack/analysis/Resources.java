package app.dualtrack.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the analysis data files shipped on the class path (no file-system access). */
final class Resources {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Resources() {
    }

    static JsonNode json(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/app/dualtrack/analysis/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing analysis resource " + name);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("broken analysis resource " + name, e);
        }
    }
}
