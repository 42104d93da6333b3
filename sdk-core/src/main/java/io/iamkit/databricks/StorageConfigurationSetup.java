package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.PolicyDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The workspace root (DBFS) bucket of a Databricks storage configuration: the bucket in your account with the
 * {@link StorageConfigBucketPolicy bucket policy} that lets the Databricks account use it (seed 003, "Storage
 * Config Role ... Accesses DBFS root bucket"; document from DATABRICKS-REFERENCE.md).
 *
 * <pre>{@code
 * StorageConfigurationSetup setup = StorageConfigurationSetup.builder()
 *     .accountId("111122223333").bucket("my-workspace-root").databricksAccountId("0a1b2c3d-...").build();
 * }</pre>
 */
public final class StorageConfigurationSetup implements DatabricksSetup {
  private final DatabricksPartition partition;
  private final SetupBucketPolicy bucketPolicy;
  private final @Nullable String databricksAccountId;

  private StorageConfigurationSetup(DatabricksPartition partition, SetupBucketPolicy bucketPolicy,
      @Nullable String databricksAccountId) {
    this.partition = partition;
    this.bucketPolicy = bucketPolicy;
    this.databricksAccountId = databricksAccountId;
  }

  /** Returns a builder; {@code accountId} and {@code bucket} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String kind() {
    return "storage-configuration";
  }

  @Override
  public DatabricksPartition partition() {
    return partition;
  }

  /** The root bucket's policy. */
  public SetupBucketPolicy bucketPolicy() {
    return bucketPolicy;
  }

  /**
   * Your Databricks account ID, which the bucket policy requires as the caller's
   * {@code aws:PrincipalTag/DatabricksAccountId}, if one was given.
   */
  public Optional<String> databricksAccountId() {
    return Optional.ofNullable(databricksAccountId);
  }



  @Override
  public List<SetupBucketPolicy> bucketPolicies() {
    return List.of(bucketPolicy);
  }

  @Override
  public String toString() {
    return "StorageConfigurationSetup{" + bucketPolicy + "}";
  }

  /** Builds a {@link StorageConfigurationSetup}. */
  public static final class Builder {
    private @Nullable AccountId accountId;
    private @Nullable String bucket;
    private @Nullable String databricksAccountId;
    private DatabricksPartition partition = DatabricksPartition.AWS;

    private Builder() {}

    /** The account that owns the bucket. Required. */
    public Builder accountId(String value) {
      this.accountId = Validate.accountId("accountId", value);
      return this;
    }

    /** The root bucket. Required. */
    public Builder bucket(String value) {
      this.bucket = Validate.bucketName("bucket", value, false);
      return this;
    }

    /** Your Databricks account ID: adds the {@code aws:PrincipalTag/DatabricksAccountId} condition. Optional. */
    public Builder databricksAccountId(String value) {
      this.databricksAccountId = value;
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
    public StorageConfigurationSetup build() {
      AccountId account = Setups.require(accountId, "accountId", "the storage configuration set-up");
      String bucketName = Setups.require(bucket, "bucket", "the storage configuration set-up");
      StorageConfigBucketPolicy.Builder policy = StorageConfigBucketPolicy.builder().bucket(bucketName)
          .partition(partition);
      if (databricksAccountId != null) {
        policy.databricksAccountId(databricksAccountId);
      }
      PolicyDocument document = policy.build();
      return new StorageConfigurationSetup(partition, SetupBucketPolicy.of(account, bucketName, document),
          databricksAccountId);
    }
  }
}
