package io.iamkit.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.io.UncheckedIOException;

/** The JSON plumbing of the exports: policy documents as trees, and pretty text like the AWS documentation's. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
          Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The document as a tree, with its key order and value forms, as {@link PolicyWriter} writes it. */
  static JsonNode tree(PolicyDocument document) {
    try {
      return MAPPER.readTree(PolicyWriter.compact().write(document));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("PolicyWriter wrote JSON that does not parse", e);
    }
  }

  /** Pretty text: 2-space indent, {@code "key": value}, one element per line, and a final newline. */
  static String pretty(JsonNode node) {
    try {
      return MAPPER.writer(PRETTY).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
