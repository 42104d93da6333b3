package io.iamkit.policy;

import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * One test of the {@code Condition} element: an operator, a condition key and the values to compare the key
 * with, as in {@code "StringEquals": {"sts:ExternalId": "12345"}}. A statement's conditions must all hold
 * (AND); the values of one condition are alternatives (OR).
 *
 * <pre>{@code
 * Condition externalId = Condition.stringEquals("sts:ExternalId", "12345");
 * Condition self = Condition.of(ConditionOperator.ARN_LIKE, "aws:PrincipalArn", roleArn.toString());
 * }</pre>
 *
 * <p>Values are kept as strings; whether a value was written as a JSON number or boolean, and whether one value
 * was written as an array, is its {@link #form()}, which is not part of equality.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html">IAM
 *     JSON policy elements: Condition</a>
 */
@Value.Immutable
public abstract class Condition {
  Condition() {}

  /** The operator, such as {@code StringEquals}. This value is required. */
  public abstract ConditionOperator operator();

  /** The condition key, such as {@code sts:ExternalId}; IAM compares key names without regard to case. */
  public abstract String key();

  /** The values, in order; the condition holds when the key matches any of them (for most operators). */
  public abstract List<String> values();

  /** How the values are written in JSON; not part of equality. By default a single value is a scalar. */
  @Value.Auxiliary
  @Value.Default
  public ValueForm form() {
    return ValueForm.SCALAR_IF_SINGLE;
  }

  /** Returns the condition {@code operator key: values}. */
  public static Condition of(ConditionOperator operator, String key, String... values) {
    return builder().operator(operator).key(key).addValues(values).build();
  }

  /** Returns the condition {@code operator key: values}. */
  public static Condition of(ConditionOperator operator, String key, List<String> values) {
    return builder().operator(operator).key(key).values(values).build();
  }

  /** Returns {@code "StringEquals": {key: values}}. */
  public static Condition stringEquals(String key, String... values) {
    return of(ConditionOperator.STRING_EQUALS, key, values);
  }

  /** Returns {@code "StringLike": {key: values}}. */
  public static Condition stringLike(String key, String... values) {
    return of(ConditionOperator.STRING_LIKE, key, values);
  }

  /** Returns {@code "ArnLike": {key: values}}. */
  public static Condition arnLike(String key, String... values) {
    return of(ConditionOperator.ARN_LIKE, key, values);
  }

  /** Returns {@code "ArnEquals": {key: values}}. */
  public static Condition arnEquals(String key, String... values) {
    return of(ConditionOperator.ARN_EQUALS, key, values);
  }

  /** Returns {@code "Bool": {key: "true"|"false"}}. */
  public static Condition bool(String key, boolean value) {
    return of(ConditionOperator.BOOL, key, Boolean.toString(value));
  }

  /** Returns {@code "StringEquals": {"sts:ExternalId": externalId}}, the confused-deputy guard of a trust policy. */
  public static Condition externalIdEquals(ExternalId externalId) {
    return stringEquals("sts:ExternalId", externalId.value());
  }

  /** Returns a builder for a condition. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding the values of this condition. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Returns a copy with other values; the form is kept. */
  public Condition withValues(String... newValues) {
    return ((ImmutableCondition) ImmutableCondition.copyOf(this)).withValues(Arrays.asList(newValues));
  }

  @Value.Check
  void check() {
    String key = key();
    if (key.isEmpty()) {
      throw new PolicyValidationException("Condition", "key", "must not be empty", key);
    }
    for (int i = 0, n = key.length(); i < n; i++) {
      char c = key.charAt(i);
      // Whitespace is at or below ' ' in ASCII: only those and non-ASCII characters need Character's tables.
      if ((c <= ' ' || c >= 0x80) && Character.isWhitespace(c)) {
        throw new PolicyValidationException("Condition", "key", "must not contain whitespace", key);
      }
    }
    if (values().isEmpty()) {
      throw new PolicyValidationException(
          "Condition", "values", "must not be empty (" + operator() + " " + key() + ")", null);
    }
    form().checkValues(values(), "Condition", "values", true);
  }

  /** Builds a {@link Condition}. {@code operator} and {@code key} are required, and at least one value. */
  public static final class Builder extends ImmutableCondition.Builder {
    Builder() {}
  }
}
