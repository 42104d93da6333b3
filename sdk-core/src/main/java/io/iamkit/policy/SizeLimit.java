package io.iamkit.policy;

import java.util.Objects;

/**
 * An IAM quota on the size of policy documents, in characters not counting whitespace.
 *
 * <pre>{@code
 * SizeCheck check = SizeLimit.ROLE_TRUST_POLICY.check(trustPolicy);
 * check.requireWithin();                                  // throws PolicySizeException when over
 * SizeLimit.roleTrustPolicy(4096).check(trustPolicy);     // an account whose quota was raised
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS STS
 *     quotas: character limits</a>
 */
public final class SizeLimit {
  /** A customer managed policy: 6,144 characters. */
  public static final SizeLimit MANAGED_POLICY = new SizeLimit("customer managed policy", 6144);
  /** All inline policies of one role together: 10,240 characters. */
  public static final SizeLimit ROLE_INLINE_POLICIES = new SizeLimit("inline policies of a role", 10240);
  /** All inline policies of one user together: 2,048 characters. */
  public static final SizeLimit USER_INLINE_POLICIES = new SizeLimit("inline policies of a user", 2048);
  /** All inline policies of one group together: 5,120 characters. */
  public static final SizeLimit GROUP_INLINE_POLICIES = new SizeLimit("inline policies of a group", 5120);
  /** A role trust policy, by default: 2,048 characters; accounts can raise it to 8,192. */
  public static final SizeLimit ROLE_TRUST_POLICY = new SizeLimit("role trust policy", 2048);

  private final String kind;
  private final int characters;

  private SizeLimit(String kind, int characters) {
    this.kind = kind;
    this.characters = characters;
  }

  /**
   * Returns the role trust policy limit of an account that raised its quota.
   *
   * @throws IllegalArgumentException unless {@code characters} is between 2,048 and 8,192, the range IAM allows
   */
  public static SizeLimit roleTrustPolicy(int characters) {
    if (characters < 2048 || characters > 8192) {
      throw new IllegalArgumentException(
          "A role trust policy quota is between 2048 and 8192 characters, not " + characters);
    }
    return new SizeLimit("role trust policy", characters);
  }

  /** What the limit applies to, such as {@code role trust policy}. */
  public String kind() {
    return kind;
  }

  /** The limit in characters, whitespace not counted. */
  public int characters() {
    return characters;
  }

  /**
   * Measures {@code documents} together (for the combined inline-policy limits pass all of them) against this
   * limit.
   */
  public SizeCheck check(PolicyDocument... documents) {
    int size = 0;
    for (PolicyDocument document : documents) {
      size += PolicySize.of(Objects.requireNonNull(document, "document == null"));
    }
    return new SizeCheck(size, this);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SizeLimit
        && ((SizeLimit) other).kind.equals(kind)
        && ((SizeLimit) other).characters == characters;
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + characters;
  }

  @Override
  public String toString() {
    return kind + " (" + characters + " characters)";
  }
}
