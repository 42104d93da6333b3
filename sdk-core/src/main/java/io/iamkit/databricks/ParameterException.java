package io.iamkit.databricks;

import io.iamkit.policy.IamkitException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a pattern parameter is missing, unknown or breaks its rule. The message names the parameter, the
 * value and the rule: {@code Parameter accountId "12345" must be 12 digits}.
 */
public final class ParameterException extends IamkitException {
  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final @Nullable String value;
  private final String rule;

  /** Creates the exception for parameter {@code parameter} given {@code value}, which breaks {@code rule}. */
  public ParameterException(String parameter, @Nullable String value, String rule) {
    super(value == null
        ? "Parameter " + parameter + " " + rule
        : "Parameter " + parameter + " \"" + value + "\" " + rule);
    this.parameter = parameter;
    this.value = value;
    this.rule = rule;
  }

  /** The parameter's name, such as {@code accountId}. */
  public String parameter() {
    return parameter;
  }

  /** The value given, or null when the parameter is missing. */
  public @Nullable String value() {
    return value;
  }

  /** The rule the value breaks, in words. */
  public String rule() {
    return rule;
  }
}
