package app.dualtrack.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON text starts, by JSON Pointer ("/technical/0/peer" → line 42,
 * column 17), so that problems found after parsing can still name a line and column.
 */
final class LocationIndex {
    record Location(int line, int column) {
    }

    private final Map<String, Location> byPointer = new HashMap<>();

    private LocationIndex() {
    }

    /** Indexes well-formed JSON; returns an empty index if the text cannot be tokenised. */
    static LocationIndex of(JsonFactory factory, String text) {
        LocationIndex index = new LocationIndex();
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    continue;
                }
                var loc = p.currentTokenLocation();
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                index.byPointer.putIfAbsent(pointer, new Location(loc.getLineNr(), loc.getColumnNr()));
            }
        } catch (IOException e) {
            // the reader reports the syntax error itself
        }
        return index;
    }

    /** The location of the value exactly at the pointer, or null. */
    Location exact(String pointer) {
        return byPointer.get(pointer);
    }

    /** The location of the value at the pointer, or of its nearest ancestor that has one. */
    Location find(String pointer) {
        String p = pointer;
        while (p != null) {
            Location l = byPointer.get(p);
            if (l != null) {
                return l;
            }
            int slash = p.lastIndexOf('/');
            p = slash < 0 ? null : p.substring(0, slash);
        }
        return new Location(0, 0);
    }
}
