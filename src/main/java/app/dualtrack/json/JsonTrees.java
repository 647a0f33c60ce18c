package app.dualtrack.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * Reads JSON text into Jackson's tree ({@link JsonNode}) straight from the streaming parser, without
 * an {@code ObjectMapper}. A mapper is made for binding Java objects: creating one and reading its
 * first tree loads some 400 classes, which cost a {@code dualtrack validate} about a quarter of its
 * run, while the tree itself needs only the parser and the node classes. Numbers are read exactly as
 * written (whole numbers as {@code BigInteger}, decimals as {@code BigDecimal} keeping their scale),
 * so {@code 0.0} stays {@code 0.0} and {@code 4294967297} does not wrap around.
 */
public final class JsonTrees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonTrees() {
    }

    /**
     * The one value of a JSON document, or null when the text holds no value at all.
     *
     * @param strict when true, text after the value is refused with a {@link JsonParseException} whose
     *               message starts with "Trailing token" (as a mapper's would); when false it is not read
     * @throws IOException what the parser refuses (a {@link com.fasterxml.jackson.core.JsonProcessingException}
     *                     with its location for bad JSON); a {@link NumberFormatException} for a number
     *                     whose exponent no decimal can hold
     */
    public static JsonNode read(JsonParser parser, boolean strict) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null;
        }
        JsonNode value = value(parser, first);
        if (strict) {
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new JsonParseException(parser, "Trailing token (of type " + after + ") found after value");
            }
        }
        return value;
    }

    private static JsonNode value(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    object.set(name, value(p, p.nextToken()));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    array.add(value(p, t));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                // END_OBJECT, END_ARRAY, FIELD_NAME: the parser refuses such text before handing these out here
                throw new JsonParseException(p, "Unexpected token " + token);
        }
    }
}
