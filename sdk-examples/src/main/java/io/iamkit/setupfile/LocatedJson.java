package io.iamkit.setupfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON tree that remembers where each value and each key was in the text, so that an error found while reading
 * the tree can name its line and column. Duplicate keys and trailing content are refused while parsing.
 */
final class LocatedJson {
  private static final JsonFactory JSON = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String source;
  private final JsonNode root;
  private final Map<String, JsonLocation> values;
  private final Map<String, JsonLocation> keys;

  private LocatedJson(String source, JsonNode root, Map<String, JsonLocation> values,
      Map<String, JsonLocation> keys) {
    this.source = source;
    this.root = root;
    this.values = values;
    this.keys = keys;
  }

  /**
   * Parses {@code json}.
   *
   * @throws SetupFileException if it is not one well-formed JSON value, or an object has a key twice
   */
  static LocatedJson parse(String json, String source) {
    Builder builder = new Builder(source);
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() == null) {
        throw new SetupFileException(source, "Empty input: expected a JSON object", "", 1, 1, null);
      }
      JsonNode root = builder.value(parser, "");
      if (parser.nextToken() != null) {
        JsonLocation location = parser.currentTokenLocation();
        throw new SetupFileException(source, "Unexpected content after the JSON object", "",
            location.getLineNr(), location.getColumnNr(), null);
      }
      return new LocatedJson(source, root, builder.values, builder.keys);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      throw new SetupFileException(source, "Malformed JSON: " + e.getOriginalMessage(), builder.pointer,
          location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr(), e);
    } catch (IOException e) {
      throw new SetupFileException(source, "Cannot read JSON: " + e.getMessage(), builder.pointer, 0, 0, e);
    }
  }

  JsonNode root() {
    return root;
  }

  /** An error at the value {@code pointer} names. */
  SetupFileException errorAtValue(String pointer, String reason) {
    return error(values.get(pointer), pointer, reason);
  }

  /** An error at the key of the member {@code pointer} names, such as an unknown key. */
  SetupFileException errorAtKey(String pointer, String reason) {
    JsonLocation location = keys.get(pointer);
    return error(location == null ? values.get(pointer) : location, pointer, reason);
  }

  private SetupFileException error(@Nullable JsonLocation location, String pointer, String reason) {
    return new SetupFileException(source, reason, pointer, location == null ? 0 : location.getLineNr(),
        location == null ? 0 : location.getColumnNr(), null);
  }

  /** The pointer of member {@code key} of the object at {@code pointer} (RFC 6901 escapes). */
  static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of element {@code index} of the array at {@code pointer}. */
  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  private static final class Builder {
    final String source;
    final Map<String, JsonLocation> values = new HashMap<>();
    final Map<String, JsonLocation> keys = new HashMap<>();
    /** Where the parser is, for syntax errors. */
    String pointer = "";

    Builder(String source) {
      this.source = source;
    }

    JsonNode value(JsonParser parser, String at) throws IOException {
      pointer = at;
      values.put(at, parser.currentTokenLocation());
      JsonToken token = parser.currentToken();
      switch (token) {
        case START_OBJECT:
          ObjectNode object = NODES.objectNode();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            String member = child(at, key);
            JsonLocation keyLocation = parser.currentTokenLocation();
            if (object.has(key)) {
              throw new SetupFileException(source, "Duplicate key \"" + key + "\"", member,
                  keyLocation.getLineNr(), keyLocation.getColumnNr(), null);
            }
            keys.put(member, keyLocation);
            parser.nextToken();
            object.set(key, value(parser, member));
            pointer = at;
          }
          return object;
        case START_ARRAY:
          ArrayNode array = NODES.arrayNode();
          int index = 0;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser, child(at, index++)));
            pointer = at;
          }
          return array;
        case VALUE_STRING:
          return NODES.textNode(parser.getText());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return NODES.numberNode(parser.getDecimalValue());
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          throw new IllegalStateException("Unexpected token " + token);
      }
    }
  }
}
