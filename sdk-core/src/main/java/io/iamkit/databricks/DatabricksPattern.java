package io.iamkit.databricks;

import java.util.List;
import java.util.Map;

/**
 * One documented Databricks IAM pattern in the {@link DatabricksPatterns catalog}: a stable id such as
 * {@code databricks.workspace.trust}, its parameters, the seed documents it comes from, and a renderer from
 * parameter values to the document.
 *
 * <pre>{@code
 * PatternOutput trust = DatabricksPatterns.get("databricks.workspace.trust")
 *     .render(Map.of("externalId", "my-databricks-account-id"));
 * }</pre>
 *
 * <p>Ids and parameter names are a contract: the command line and users' scripts rely on them.
 */
public interface DatabricksPattern {
  /** The stable id, such as {@code databricks.uc.trust}. */
  String id();

  /** What the pattern is, in a sentence. */
  String description();

  /** The seed documents the pattern comes from, such as {@code [000, 003]}. */
  List<String> seeds();

  /** The parameters, required ones first. */
  List<PatternParameter> parameters();

  /**
   * Renders the pattern.
   *
   * @param values parameter values by name; parameters left out take their defaults
   * @throws ParameterException if a required parameter is missing, one is unknown or a value breaks its rule
   */
  PatternOutput render(Map<String, String> values);
}
