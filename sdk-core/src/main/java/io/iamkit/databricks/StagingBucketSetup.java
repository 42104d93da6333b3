package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Action;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Condition;
import io.iamkit.policy.Effect;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.PrincipalType;
import io.iamkit.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A staging bucket shared by a third-party tool and Databricks Unity Catalog (seed 002): one role, trusted by the
 * third party and by Unity Catalog with their external IDs and by itself, with the bucket permissions and the
 * self-assume statement as its inline policy ({@link StagingAccess}).
 *
 * <p>The trust policy is the seed's ({@link StagingTrust}) with one change, so that the role can be created in one
 * pass: seed 002 names the role's own ARN as a principal, which IAM refuses while the role does not exist yet. Here
 * the role trusts itself the way Databricks documents it for Unity Catalog (DATABRICKS-REFERENCE.md, "Unity
 * Catalog storage credential: trust"): a second statement, {@code ExplicitSelfRoleAssumption}, names the account
 * root and narrows it with {@code ArnLike aws:PrincipalArn} to this role, with the Databricks external ID. The
 * pattern {@code databricks.staging.trust} still renders the seed's document exactly.
 *
 * <pre>{@code
 * StagingBucketSetup setup = StagingBucketSetup.builder()
 *     .accountId("111122223333").roleName("polytomic-databricks-staging").bucket("acme-staging")
 *     .thirdParty("polytomic").thirdPartyExternalId("from-polytomic").databricksExternalId("from-databricks")
 *     .build();
 * }</pre>
 */
public final class StagingBucketSetup implements DatabricksSetup {
  /** The name of the inline bucket policy. */
  public static final String ACCESS_POLICY_NAME = "staging-bucket-access";

  private final DatabricksPartition partition;
  private final SetupRole role;
  private final String bucket;
  private final Arn thirdParty;
  private final ExternalId thirdPartyExternalId;
  private final ExternalId databricksExternalId;

  private StagingBucketSetup(DatabricksPartition partition, SetupRole role, String bucket, Arn thirdParty,
      ExternalId thirdPartyExternalId, ExternalId databricksExternalId) {
    this.partition = partition;
    this.role = role;
    this.bucket = bucket;
    this.thirdParty = thirdParty;
    this.thirdPartyExternalId = thirdPartyExternalId;
    this.databricksExternalId = databricksExternalId;
  }

  /** Returns a builder; every parameter but the partition is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String kind() {
    return "staging-bucket";
  }

  @Override
  public DatabricksPartition partition() {
    return partition;
  }

  /** The shared role. */
  public SetupRole role() {
    return role;
  }

  /** The staging bucket. */
  public String bucket() {
    return bucket;
  }

  /** The third party's principal, as the trust policy names it (an account root, a user or a role). */
  public Arn thirdParty() {
    return thirdParty;
  }

  /** The external ID the third party passes. */
  public ExternalId thirdPartyExternalId() {
    return thirdPartyExternalId;
  }

  /** The external ID of the Databricks storage credential, which Unity Catalog passes. */
  public ExternalId databricksExternalId() {
    return databricksExternalId;
  }

  @Override
  public List<SetupRole> roles() {
    return List.of(role);
  }



  @Override
  public String toString() {
    return "StagingBucketSetup{" + role + "}";
  }

  /** Builds a {@link StagingBucketSetup}. */
  public static final class Builder {
    private @Nullable AccountId accountId;
    private @Nullable String roleName;
    private @Nullable String bucket;
    private @Nullable String thirdParty;
    private @Nullable ExternalId thirdPartyExternalId;
    private @Nullable ExternalId databricksExternalId;
    private DatabricksPartition partition = DatabricksPartition.AWS;

    private Builder() {}

    /** Your AWS account. Required. */
    public Builder accountId(String value) {
      this.accountId = Validate.accountId("accountId", value);
      return this;
    }

    /** The role's name. Required. */
    public Builder roleName(String value) {
      this.roleName = Validate.roleName("roleName", value);
      return this;
    }

    /** The staging bucket. Required. */
    public Builder bucket(String value) {
      this.bucket = value;
      return this;
    }

    /** The third party: {@code polytomic}, {@code polytomic-restricted} or a principal ARN. Required. */
    public Builder thirdParty(String value) {
      this.thirdParty = value;
      return this;
    }

    /** The external ID the third party passes. Required. */
    public Builder thirdPartyExternalId(String value) {
      this.thirdPartyExternalId = Validate.externalId("thirdPartyExternalId", value);
      return this;
    }

    /** The external ID of the Databricks storage credential. Required. */
    public Builder databricksExternalId(String value) {
      this.databricksExternalId = Validate.externalId("databricksExternalId", value);
      return this;
    }

    /** The Databricks deployment; by default {@link DatabricksPartition#AWS}. */
    public Builder partition(DatabricksPartition value) {
      this.partition = Objects.requireNonNull(value, "partition == null");
      return this;
    }

    /**
     * The seed's dual trust without the role's own ARN as a principal, plus the Unity Catalog form of the
     * self-assume statement (account root narrowed by {@code aws:PrincipalArn}).
     */
    private PolicyDocument selfAssumingByPrincipalArn(PolicyDocument seed, AccountId account, String name,
        ExternalId databricksId) {
      String self = Arn.role(partition.arnPartition(), account, name).toString();
      Statement dual = seed.statements().get(0);
      Principal principal = dual.principal().orElseThrow();
      List<String> others = new ArrayList<>(principal.aws());
      others.remove(self);
      Statement withoutSelf = dual.toBuilder()
          .principal(Principal.builder().add(PrincipalType.AWS, others)
              .form(PrincipalType.AWS, principal.form(PrincipalType.AWS)).build())
          .build();
      Statement selfAssume = Statement.builder()
          .sid("ExplicitSelfRoleAssumption")
          .effect(Effect.ALLOW)
          .addAction(Action.STS_ASSUME_ROLE)
          .principal(Principal.aws(account.rootArn(partition.arnPartition())))
          .addCondition(Condition.arnLike("aws:PrincipalArn", self))
          .addCondition(Condition.externalIdEquals(databricksId))
          .keyOrder(List.of("Sid", "Effect", "Principal", "Action", "Condition"))
          .build();
      return PolicyDocument.of(withoutSelf, selfAssume);
    }

    /**
     * Returns the set-up.
     *
     * @throws ParameterException if a required parameter is missing or a value breaks its rule
     */
    public StagingBucketSetup build() {
      String what = "the staging bucket set-up";
      AccountId account = Setups.require(accountId, "accountId", what);
      String name = Setups.require(roleName, "roleName", what);
      String bucketName = Setups.require(bucket, "bucket", what);
      ExternalId thirdPartyId = Setups.require(thirdPartyExternalId, "thirdPartyExternalId", what);
      ExternalId databricksId = Setups.require(databricksExternalId, "databricksExternalId", what);
      StagingTrust.Builder trust = StagingTrust.builder().accountId(account).roleName(name)
          .thirdParty(Setups.require(thirdParty, "thirdParty", what))
          .thirdPartyExternalId(thirdPartyId)
          .databricksExternalId(databricksId)
          .partition(partition);
      SetupRole role = SetupRole.create(partition.arnPartition(), account, name,
          selfAssumingByPrincipalArn(trust.build(), account, name, databricksId),
          List.of(NamedPolicy.of(ACCESS_POLICY_NAME,
              StagingAccess.builder().bucket(bucketName).accountId(account).roleName(name).build())));
      return new StagingBucketSetup(partition, role, bucketName, Objects.requireNonNull(trust.thirdPartyArn()),
          thirdPartyId, databricksId);
    }
  }
}
