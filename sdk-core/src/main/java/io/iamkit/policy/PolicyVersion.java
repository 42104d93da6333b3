package io.iamkit.policy;

/**
 * The {@code Version} element of a policy: the language version, which decides among other things whether
 * policy variables such as {@code ${aws:username}} are replaced (only in {@code 2012-10-17}).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html">IAM
 *     JSON policy elements: Version</a>
 */
public enum PolicyVersion {
  /** The current version, the one to use for every new policy. */
  V2012_10_17("2012-10-17"),
  /** The earlier version; it does not support policy variables. A policy without Version behaves like this. */
  V2008_10_17("2008-10-17");

  private final String text;

  PolicyVersion(String text) {
    this.text = text;
  }

  /** The version as written in a policy, such as {@code 2012-10-17}. */
  public String text() {
    return text;
  }

  /** Whether policy variables are replaced under this version (only {@code 2012-10-17}). */
  public boolean supportsPolicyVariables() {
    return this == V2012_10_17;
  }

  /**
   * Returns the version written as {@code text}.
   *
   * @throws PolicyValidationException if it is neither {@code 2012-10-17} nor {@code 2008-10-17}
   */
  public static PolicyVersion parse(String text) {
    for (PolicyVersion version : values()) {
      if (version.text.equals(text)) {
        return version;
      }
    }
    throw new PolicyValidationException(
        "PolicyDocument", "Version", "must be \"2012-10-17\" or \"2008-10-17\"", text);
  }

  @Override
  public String toString() {
    return text;
  }
}
