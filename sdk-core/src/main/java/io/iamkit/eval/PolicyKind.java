package io.iamkit.eval;

/** The role a policy plays in an evaluation; explanations group statements by it. */
public enum PolicyKind {
  /** A resource control policy of the resource's organization (rule 1.4). */
  RCP("resource control policy"),
  /** A service control policy of the caller's organization (rule 1.3). */
  SCP("service control policy"),
  /** The resource-based policy: a bucket policy, a key policy, a role trust policy... */
  RESOURCE("resource policy"),
  /** An identity-based policy of the caller: inline or managed, of the user, role or group. */
  IDENTITY("identity policy"),
  /** The permissions boundary of the caller (rule 1.10). */
  PERMISSIONS_BOUNDARY("permissions boundary"),
  /** A session policy passed when the session was created (rule 1.9). */
  SESSION("session policy"),
  /** A VPC endpoint policy the request goes through. */
  VPC_ENDPOINT("VPC endpoint policy");

  private final String description;

  PolicyKind(String description) {
    this.description = description;
  }

  /** The kind in words, such as {@code permissions boundary}. */
  public String description() {
    return description;
  }
}
