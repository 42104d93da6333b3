package io.iamkit.databricks;

import java.util.List;
import java.util.Optional;

/**
 * The catalog of every Databricks IAM pattern iamkit knows, by stable id.
 *
 * <pre>{@code
 * for (DatabricksPattern pattern : DatabricksPatterns.all()) {
 *   System.out.println(pattern.id() + "  " + pattern.description());
 * }
 * }</pre>
 */
public final class DatabricksPatterns {
  private static final List<DatabricksPattern> ALL = List.of(
      WorkspaceTrust.PATTERN);

  private DatabricksPatterns() {}

  /** Every pattern, in a stable order. */
  public static List<DatabricksPattern> all() {
    return ALL;
  }

  /** The pattern with the given id, if there is one. */
  public static Optional<DatabricksPattern> find(String id) {
    for (DatabricksPattern pattern : ALL) {
      if (pattern.id().equals(id)) {
        return Optional.of(pattern);
      }
    }
    return Optional.empty();
  }

  /**
   * The pattern with the given id.
   *
   * @throws ParameterException if there is none
   */
  public static DatabricksPattern get(String id) {
    return find(id).orElseThrow(() -> new ParameterException("pattern", id, "is not a known pattern id"));
  }
}
