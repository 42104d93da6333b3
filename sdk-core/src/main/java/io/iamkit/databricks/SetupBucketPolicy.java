package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.PolicyDocument;
import java.util.Objects;

/** The bucket policy of an S3 bucket in a set-up, and the account that owns the bucket. */
public final class SetupBucketPolicy {
  private final AccountId account;
  private final String bucket;
  private final PolicyDocument policy;

  private SetupBucketPolicy(AccountId account, String bucket, PolicyDocument policy) {
    this.account = account;
    this.bucket = bucket;
    this.policy = policy;
  }

  /** Returns the policy of {@code bucket}, owned by {@code account}. */
  public static SetupBucketPolicy of(AccountId account, String bucket, PolicyDocument policy) {
    return new SetupBucketPolicy(Objects.requireNonNull(account, "account == null"),
        Validate.bucketName("bucket", bucket, false), Objects.requireNonNull(policy, "policy == null"));
  }

  /** The account that owns the bucket. */
  public AccountId account() {
    return account;
  }

  /** The bucket name. */
  public String bucket() {
    return bucket;
  }

  /** The bucket policy. */
  public PolicyDocument policy() {
    return policy;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SetupBucketPolicy && ((SetupBucketPolicy) other).account.equals(account)
        && ((SetupBucketPolicy) other).bucket.equals(bucket) && ((SetupBucketPolicy) other).policy.equals(policy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(account, bucket, policy);
  }

  @Override
  public String toString() {
    return "SetupBucketPolicy{" + bucket + " in " + account + "}";
  }
}
