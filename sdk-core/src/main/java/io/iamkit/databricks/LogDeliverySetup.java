package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyDocument;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Billable-usage and audit log delivery: a role in your account that Databricks' log-delivery role assumes with
 * your external ID ({@link LogDeliveryTrust}), and the log bucket's policy giving that role full access
 * ({@link StorageConfigBucketPolicy} with {@code fullAccessRole}, the form DATABRICKS-REFERENCE.md names for log
 * delivery buckets). The role needs no inline policy: in its own account the bucket policy naming its ARN grants
 * the access.
 *
 * <pre>{@code
 * LogDeliverySetup setup = LogDeliverySetup.builder()
 *     .accountId("111122223333").externalId("0a1b2c3d-...").bucket("my-databricks-logs").build();
 * }</pre>
 */
public final class LogDeliverySetup implements DatabricksSetup {
  /** The default role name. */
  public static final String DEFAULT_ROLE_NAME = "databricks-log-delivery";

  private final DatabricksPartition partition;
  private final SetupRole role;
  private final SetupBucketPolicy bucketPolicy;
  private final ExternalId externalId;

  private LogDeliverySetup(DatabricksPartition partition, SetupRole role, SetupBucketPolicy bucketPolicy,
      ExternalId externalId) {
    this.partition = partition;
    this.role = role;
    this.bucketPolicy = bucketPolicy;
    this.externalId = externalId;
  }

  /** Returns a builder; {@code accountId}, {@code externalId} and {@code bucket} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String kind() {
    return "log-delivery";
  }

  @Override
  public DatabricksPartition partition() {
    return partition;
  }

  /** The log-delivery role. */
  public SetupRole role() {
    return role;
  }

  /** Your Databricks account ID, which the log-delivery role passes as {@code sts:ExternalId}. */
  public ExternalId externalId() {
    return externalId;
  }

  /** The log bucket's policy. */
  public SetupBucketPolicy bucketPolicy() {
    return bucketPolicy;
  }

  @Override
  public List<SetupRole> roles() {
    return List.of(role);
  }


  @Override
  public List<SetupBucketPolicy> bucketPolicies() {
    return List.of(bucketPolicy);
  }

  @Override
  public String toString() {
    return "LogDeliverySetup{" + role + ", " + bucketPolicy + "}";
  }

  /** Builds a {@link LogDeliverySetup}. */
  public static final class Builder {
    private @Nullable AccountId accountId;
    private @Nullable ExternalId externalId;
    private @Nullable String bucket;
    private String roleName = DEFAULT_ROLE_NAME;
    private DatabricksPartition partition = DatabricksPartition.AWS;

    private Builder() {}

    /** Your AWS account, which holds the role and the bucket. Required. */
    public Builder accountId(String value) {
      this.accountId = Validate.accountId("accountId", value);
      return this;
    }

    /** Your Databricks account ID, passed as {@code sts:ExternalId}. Required. */
    public Builder externalId(String value) {
      this.externalId = Validate.externalId("externalId", value);
      return this;
    }

    /** The bucket logs are delivered to. Required. */
    public Builder bucket(String value) {
      this.bucket = Validate.bucketName("bucket", value, false);
      return this;
    }

    /** The role name; by default {@value #DEFAULT_ROLE_NAME}. */
    public Builder roleName(String value) {
      this.roleName = Validate.roleName("roleName", value);
      return this;
    }

    /** The Databricks deployment; by default {@link DatabricksPartition#AWS}. */
    public Builder partition(DatabricksPartition value) {
      this.partition = Objects.requireNonNull(value, "partition == null");
      return this;
    }

    /**
     * Returns the set-up.
     *
     * @throws ParameterException if a required parameter is missing or a value breaks its rule
     */
    public LogDeliverySetup build() {
      AccountId account = Setups.require(accountId, "accountId", "the log delivery set-up");
      ExternalId external = Setups.require(externalId, "externalId", "the log delivery set-up");
      String bucketName = Setups.require(bucket, "bucket", "the log delivery set-up");
      PolicyDocument trust = LogDeliveryTrust.builder().externalId(external).partition(partition).build();
      SetupRole role = SetupRole.create(partition.arnPartition(), account, roleName, trust, List.of());
      PolicyDocument policy = StorageConfigBucketPolicy.builder().bucket(bucketName).partition(partition)
          .fullAccessRole(role.arn()).build();
      return new LogDeliverySetup(partition, role, SetupBucketPolicy.of(account, bucketName, policy), external);
    }
  }
}
