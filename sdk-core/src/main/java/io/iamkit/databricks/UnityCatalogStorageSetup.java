package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.ExternalId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The IAM role behind a Unity Catalog storage credential (seeds 002 and 003): the role in your account trusting
 * the Unity Catalog master role and itself with the credential's external ID ({@link UnityCatalogTrust}), with
 * the storage permissions on the bucket as its inline policy ({@link UnityCatalogAccess}).
 *
 * <pre>{@code
 * UnityCatalogStorageSetup setup = UnityCatalogStorageSetup.builder()
 *     .accountId("111122223333").roleName("uc-storage").externalId("from-the-storage-credential")
 *     .bucket("acme-uc-data").build();
 * }</pre>
 */
public final class UnityCatalogStorageSetup implements DatabricksSetup {
  /** The name of the inline storage policy. */
  public static final String ACCESS_POLICY_NAME = "unity-catalog-storage";

  private final DatabricksPartition partition;
  private final SetupRole role;
  private final ExternalId externalId;
  private final String bucket;

  private UnityCatalogStorageSetup(DatabricksPartition partition, SetupRole role, ExternalId externalId,
      String bucket) {
    this.partition = partition;
    this.role = role;
    this.externalId = externalId;
    this.bucket = bucket;
  }

  /** Returns a builder; {@code accountId}, {@code roleName}, {@code externalId} and {@code bucket} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String kind() {
    return "unity-catalog-storage";
  }

  @Override
  public DatabricksPartition partition() {
    return partition;
  }

  /** The storage credential's role. */
  public SetupRole role() {
    return role;
  }

  /** The storage credential's external ID, which Unity Catalog passes as {@code sts:ExternalId}. */
  public ExternalId externalId() {
    return externalId;
  }

  /** The bucket the role gives Unity Catalog access to. */
  public String bucket() {
    return bucket;
  }

  @Override
  public List<SetupRole> roles() {
    return List.of(role);
  }



  @Override
  public String toString() {
    return "UnityCatalogStorageSetup{" + role + "}";
  }

  /** Builds a {@link UnityCatalogStorageSetup}. */
  public static final class Builder {
    private @Nullable AccountId accountId;
    private @Nullable String roleName;
    private @Nullable ExternalId externalId;
    private @Nullable String bucket;
    private @Nullable String kmsKeyArn;
    private boolean fileEvents = true;
    private DatabricksPartition partition = DatabricksPartition.AWS;

    private Builder() {}

    /** Your AWS account, where the role lives. Required. */
    public Builder accountId(String value) {
      this.accountId = Validate.accountId("accountId", value);
      return this;
    }

    /** The role's name; the role trusts itself under this name. Required. */
    public Builder roleName(String value) {
      this.roleName = Validate.roleName("roleName", value);
      return this;
    }

    /** The external ID of the storage credential, as Databricks shows it. Required. */
    public Builder externalId(String value) {
      this.externalId = Validate.externalId("externalId", value);
      return this;
    }

    /** The bucket (no dots: Unity Catalog refuses them). Required. */
    public Builder bucket(String value) {
      this.bucket = Validate.bucketName("bucket", value, true);
      return this;
    }

    /** The KMS key ARN that encrypts the bucket, if any. */
    public Builder kmsKeyArn(String value) {
      this.kmsKeyArn = value;
      return this;
    }

    /** Whether to allow Databricks file events (SQS/SNS); by default true. */
    public Builder fileEvents(boolean value) {
      this.fileEvents = value;
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
    public UnityCatalogStorageSetup build() {
      AccountId account = Setups.require(accountId, "accountId", "the Unity Catalog storage set-up");
      String name = Setups.require(roleName, "roleName", "the Unity Catalog storage set-up");
      ExternalId id = Setups.require(externalId, "externalId", "the Unity Catalog storage set-up");
      String bucketName = Setups.require(bucket, "bucket", "the Unity Catalog storage set-up");
      UnityCatalogAccess.Builder access = UnityCatalogAccess.builder().bucket(bucketName).accountId(account)
          .roleName(name).fileEvents(fileEvents).partition(partition);
      if (kmsKeyArn != null) {
        access.kmsKeyArn(kmsKeyArn);
      }
      SetupRole role = SetupRole.create(partition.arnPartition(), account, name,
          UnityCatalogTrust.builder().accountId(account).roleName(name).externalId(id).partition(partition).build(),
          List.of(NamedPolicy.of(ACCESS_POLICY_NAME, access.build())));
      return new UnityCatalogStorageSetup(partition, role, id, bucketName);
    }
  }
}
