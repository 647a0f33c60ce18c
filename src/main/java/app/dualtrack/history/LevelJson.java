package app.dualtrack.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

/**
 * Finds the raw bytes of one level's object in a ladder file without reading the whole ladder. Blame
 * uses it to step over the many versions in which the followed level is byte-for-byte the same
 * (Dualtrack writes canonical JSON, so an untouched level keeps its bytes), reading a version fully
 * only where the level changed.
 */
final class LevelJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Set<String> TRACKS = Set.of("shared", "technical", "management");

    private LevelJson() {
    }

    /** The bytes of the level whose id is {@code id}, or null when there is none or the text is not JSON. */
    static byte[] of(byte[] ladder, String id) {
        try (JsonParser p = FACTORY.createParser(ladder)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (TRACKS.contains(field) && value == JsonToken.START_ARRAY) {
                    byte[] found = inTrack(p, ladder, id);
                    if (found != null) {
                        return found;
                    }
                } else {
                    p.skipChildren();
                }
            }
            return null;
        } catch (IOException e) {
            // Not JSON (a broken version): the caller reads it the slow way and gets the reader's message.
            return null;
        }
    }

    private static byte[] inTrack(JsonParser p, byte[] ladder, String id) throws IOException {
        while (p.nextToken() == JsonToken.START_OBJECT) {
            long start = p.currentTokenLocation().getByteOffset();
            boolean match = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("id".equals(field) && value == JsonToken.VALUE_STRING) {
                    match = id.equals(p.getText());
                } else {
                    p.skipChildren();
                }
            }
            long end = p.currentLocation().getByteOffset();
            if (match && start >= 0 && end <= ladder.length) {
                return Arrays.copyOfRange(ladder, (int) start, (int) end);
            }
        }
        p.skipChildren();
        return null;
    }
}
