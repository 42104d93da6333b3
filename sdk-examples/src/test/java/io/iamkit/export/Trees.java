package io.iamkit.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/** Expected JSON trees with placeholders, such as {@code "{{roleA.trust}}"}, for policy documents. */
final class Trees {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Trees() {}

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document as Terraform wants it: a string of compact JSON. */
  static JsonNode string(PolicyDocument document) {
    return TextNode.valueOf(PolicyWriter.compact().write(document));
  }

  /** The document as CloudFormation wants it: a JSON object. */
  static JsonNode object(PolicyDocument document) {
    return parse(PolicyWriter.compact().write(document));
  }

  /** Replaces each string {@code "{{name}}"} of {@code tree} by {@code values.get(name)}. */
  static JsonNode fill(JsonNode tree, Map<String, JsonNode> values) {
    if (tree.isTextual() && tree.asText().startsWith("{{") && tree.asText().endsWith("}}")) {
      String name = tree.asText().substring(2, tree.asText().length() - 2);
      JsonNode value = values.get(name);
      if (value == null) {
        throw new IllegalArgumentException("No value for placeholder " + name);
      }
      return value;
    }
    if (tree.isObject()) {
      ObjectNode copy = MAPPER.createObjectNode();
      Iterator<Map.Entry<String, JsonNode>> fields = tree.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        copy.set(field.getKey(), fill(field.getValue(), values));
      }
      return copy;
    }
    if (tree.isArray()) {
      ArrayNode copy = MAPPER.createArrayNode();
      tree.forEach(element -> copy.add(fill(element, values)));
      return copy;
    }
    return tree;
  }
}
