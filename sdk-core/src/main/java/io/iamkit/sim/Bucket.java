package io.iamkit.sim;

import io.iamkit.eval.CompiledPolicy;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyDocument;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An S3 bucket of an {@link Account}, with its bucket policy if it has one. Requests on the bucket
 * ({@code arn:aws:s3:::name}) and its objects ({@code arn:aws:s3:::name/key}) are evaluated in the bucket's account
 * with the bucket policy as the resource policy.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html">Bucket policies</a>
 */
public final class Bucket {
  private final AccountId account;
  private final Partition partition;
  private final String name;
  private final @Nullable PolicyDocument policy;
  private final @Nullable CompiledPolicy compiled;

  Bucket(Partition partition, AccountId account, String name, @Nullable PolicyDocument policy) {
    this.partition = partition;
    this.account = account;
    this.name = name;
    this.policy = policy;
    this.compiled = policy == null ? null : CompiledPolicy.of(name + " bucket policy", policy);
  }

  /** The bucket name. */
  public String name() {
    return name;
  }

  /** The account that owns the bucket. */
  public AccountId account() {
    return account;
  }

  /** The bucket's ARN, {@code arn:<partition>:s3:::<name>}. */
  public Arn arn() {
    return Arn.bucket(partition, name);
  }

  /** The bucket policy; empty when the bucket has none. */
  public Optional<PolicyDocument> policy() {
    return Optional.ofNullable(policy);
  }

  @Nullable CompiledPolicy compiledPolicy() {
    return compiled;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bucket && ((Bucket) other).name.equals(name) && ((Bucket) other).account.equals(account)
        && Objects.equals(((Bucket) other).policy, policy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, account, policy);
  }

  @Override
  public String toString() {
    return "Bucket{" + name + " in " + account + (policy == null ? ", no policy" : "") + "}";
  }
}
