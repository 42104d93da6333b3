package io.iamkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Compares JSON trees strictly: node types, the order of object keys, array sizes and every scalar. */
public final class JsonTrees {
  private JsonTrees() {}

  /**
   * Asserts that {@code actual} is the same tree as {@code expected}, including key order and the
   * scalar-versus-array shape, which {@link JsonNode#equals} does not check; the failure names the path.
   */
  public static void assertSameTree(JsonNode actual, JsonNode expected) {
    assertSameTree(actual, expected, "");
  }

  private static void assertSameTree(JsonNode actual, JsonNode expected, String path) {
    assertThat(actual).as("node at %s", path.isEmpty() ? "/" : path).isNotNull();
    assertThat(actual.getNodeType()).as("node type at %s", path.isEmpty() ? "/" : path)
        .isEqualTo(expected.getNodeType());
    if (expected.isObject()) {
      List<String> actualKeys = new ArrayList<>();
      actual.fieldNames().forEachRemaining(actualKeys::add);
      List<String> expectedKeys = new ArrayList<>();
      expected.fieldNames().forEachRemaining(expectedKeys::add);
      assertThat(actualKeys).as("keys at %s", path.isEmpty() ? "/" : path).containsExactlyElementsOf(expectedKeys);
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        assertSameTree(actual.get(field.getKey()), field.getValue(), path + "/" + field.getKey());
      }
    } else if (expected.isArray()) {
      assertThat(actual.size()).as("array size at %s", path).isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertSameTree(actual.get(i), expected.get(i), path + "/" + i);
      }
    } else {
      assertThat(actual).as("value at %s", path).isEqualTo(expected);
    }
  }
}
