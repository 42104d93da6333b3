package io.iamkit.eval;

/**
 * The kind of a resource-based policy, which changes how it combines with identity policies in one account
 * (rule 1.5).
 */
public enum ResourcePolicyKind {
  /**
   * A role trust policy, evaluated for {@code sts:AssumeRole} (and {@code sts:TagSession},
   * {@code sts:SetSourceIdentity}) on the role. It must allow the caller explicitly, even in the role's own account:
   * an identity policy alone never lets a caller assume a role, and a trust policy naming only the account needs an
   * identity policy too. Its statements have no {@code Resource}.
   */
  ROLE_TRUST,
  /** A KMS key policy: like a trust policy, it must allow explicitly, even in the key's own account. */
  KMS_KEY,
  /**
   * Any other resource policy (S3 bucket, SQS queue, SNS topic...): in the same account, it or an identity policy
   * allows.
   */
  OTHER
}
