package io.iamkit.policy;

/**
 * The kind of a principal in the {@code Principal} element: {@code AWS} (accounts, users, roles, sessions),
 * {@code Service}, {@code Federated} or {@code CanonicalUser}. IAM knows no other kind.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">IAM
 *     JSON policy elements: Principal</a>
 */
public enum PrincipalType {
  /** AWS account, IAM user, IAM role, assumed-role session or federated-user session, or {@code *}. */
  AWS("AWS"),
  /** An AWS service principal, such as {@code ec2.amazonaws.com}. */
  SERVICE("Service"),
  /** A web identity or SAML provider, such as {@code cognito-identity.amazonaws.com}. */
  FEDERATED("Federated"),
  /** An S3 canonical user ID. */
  CANONICAL_USER("CanonicalUser");

  private final String jsonName;

  PrincipalType(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The key as written in a policy, such as {@code Service}. */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Returns the type written as {@code text} (case-sensitive, as IAM reads it).
   *
   * @throws PolicyValidationException if it is not {@code AWS}, {@code Service}, {@code Federated} or
   *     {@code CanonicalUser}
   */
  public static PrincipalType parse(String text) {
    for (PrincipalType type : values()) {
      if (type.jsonName.equals(text)) {
        return type;
      }
    }
    throw new PolicyValidationException(
        "Principal", "", "type must be \"AWS\", \"Service\", \"Federated\" or \"CanonicalUser\"", text);
  }

  @Override
  public String toString() {
    return jsonName;
  }
}
