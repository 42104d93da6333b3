package io.iamkit.policy;

/**
 * The external ID that a trust policy requires through the {@code sts:ExternalId} condition key, the defence
 * against the confused-deputy problem: 2 to 1,224 characters of letters, digits, {@code _} and
 * {@code +=,.@:/-}, the set {@code AssumeRole} accepts. No whitespace.
 *
 * <p>An external ID is not a secret (Databricks uses your Databricks account ID), so it is printed as is.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html">AssumeRole:
 *     ExternalId</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html">The confused deputy
 *     problem</a>
 */
public final class ExternalId {
  /** The shortest external ID AssumeRole accepts. */
  public static final int MIN_LENGTH = 2;
  /** The longest external ID AssumeRole accepts. */
  public static final int MAX_LENGTH = 1224;

  private final String value;

  private ExternalId(String value) {
    this.value = value;
  }

  /**
   * Returns the external ID {@code text}.
   *
   * @throws PolicyValidationException if it is shorter than 2 or longer than 1,224 characters, or holds a
   *     character outside {@code [\w+=,.@:/-]} (the message gives its position)
   */
  public static ExternalId of(String text) {
    if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
      throw new PolicyValidationException(
          "ExternalId", "", "must be 2 to 1224 characters long (got " + text.length() + ")", text);
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isAllowed(text.charAt(i))) {
        throw new PolicyValidationException(
            "ExternalId",
            "",
            "may hold only letters, digits and _+=,.@:/- (character " + (i + 1) + " is not allowed)",
            text);
      }
    }
    return new ExternalId(text);
  }

  /** Whether {@code text} is an external ID that {@code AssumeRole} accepts, as {@link #of} checks it. */
  public static boolean isValid(CharSequence text) {
    if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isAllowed(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAllowed(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "_+=,.@:/-".indexOf(c) >= 0;
  }

  /** The external ID as given. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExternalId && ((ExternalId) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the external ID as given. */
  @Override
  public String toString() {
    return value;
  }
}
