package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Action;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionOperator;
import io.iamkit.policy.Effect;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.PrincipalType;
import io.iamkit.policy.Statement;
import io.iamkit.policy.ValueForm;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pattern {@code databricks.staging.trust}: the trust policy of a staging-bucket role that both a third-party tool
 * (Polytomic) and Databricks Unity Catalog assume. One statement names three principals (the third party, the Unity
 * Catalog master role and the role itself, for the self-assumption Databricks requires since January 2025) and
 * accepts either external ID: the third party's and the one Databricks generated for the storage credential.
 *
 * <pre>{@code
 * PolicyDocument trust = StagingTrust.builder()
 *     .accountId("111122223333")
 *     .roleName("polytomic-databricks-staging")
 *     .thirdParty(StagingTrust.KnownThirdParty.POLYTOMIC_RESTRICTED)
 *     .thirdPartyExternalId("3c9d2f6e-polytomic-connection")
 *     .databricksExternalId("7a1e5b2c-0d4f-4e8a-9b3c-6f2d1e0a9c8b")
 *     .build();
 * }</pre>
 *
 * <p>With {@link KnownThirdParty#POLYTOMIC} it is the document of "Trust Policy for Dual Access" in Polytomic's
 * guide "IAM role authentication to Databricks AWS staging buckets" (seed 002); with
 * {@link KnownThirdParty#POLYTOMIC_RESTRICTED} the one of "Alternative: More Restrictive Polytomic Principal". Any
 * other third party is given by its principal ARN. Its permissions policy is {@link StagingAccess}.
 *
 * <p>The seed prints the commercial partition and sends GovCloud users to Databricks' documentation for the Unity
 * Catalog principal; with another {@code partition} the master role and the self-assume ARN come from
 * {@link DatabricksPartition} (DATABRICKS-REFERENCE.md). An IAM role cannot trust a principal of another
 * partition, so the third party's ARN must be in the deployment's ARN partition: Polytomic's principals, being in
 * {@code aws}, are refused for GovCloud. That check has no printed source; it is iamkit's.
 *
 * <p>As printed, either external ID admits any of the three principals; separate statements per principal would
 * be narrower, but the seed is the reference.
 */
public final class StagingTrust {
  static final String ID = "databricks.staging.trust";

  static final DatabricksPattern PATTERN = PatternSpec.builder(ID)
      .description("Dual-access trust for a third-party tool and Unity Catalog with both external IDs, plus the "
          + "self-assume principal")
      .seeds("002")
      .required("accountId", "the AWS account ID that owns the role")
      .required("roleName", "the name of this role, which must be allowed to assume itself")
      .required("thirdParty", "the third party: polytomic (Polytomic's account root), polytomic-restricted "
          + "(Polytomic's service role) or a principal ARN")
      .required("thirdPartyExternalId", "the external ID the third party generated for your connection")
      .required("databricksExternalId", "the external ID Databricks generated for the storage credential")
      .partition()
      .render(p -> PatternOutput.of(builder()
          .accountId(p.accountId("accountId"))
          .roleName(p.string("roleName"))
          .thirdParty(p.string("thirdParty"))
          .thirdPartyExternalId(p.externalId("thirdPartyExternalId"))
          .databricksExternalId(p.externalId("databricksExternalId"))
          .partition(p.partition())
          .build()));

  /** The third parties whose principals seed 002 prints. */
  public enum KnownThirdParty {
    /** Polytomic's AWS account root, {@code arn:aws:iam::568237466542:root}. */
    POLYTOMIC("polytomic", PolytomicConstants.ACCOUNT_ROOT),
    /** Polytomic's service role, narrower than its account root. */
    POLYTOMIC_RESTRICTED("polytomic-restricted", PolytomicConstants.SERVICE_ROLE);

    private final String id;
    private final Arn principal;

    KnownThirdParty(String id, String principal) {
      this.id = id;
      this.principal = Arn.parse(principal);
    }

    /** The parameter value: {@code polytomic} or {@code polytomic-restricted}. */
    public String id() {
      return id;
    }

    /** The principal ARN the trust policy names. */
    public Arn principal() {
      return principal;
    }
  }

  private StagingTrust() {}

  /** Returns a builder; everything but the partition is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the dual-access trust policy. */
  public static final class Builder {
    private @Nullable AccountId accountId;
    private @Nullable String roleName;
    private @Nullable Arn thirdParty;
    private @Nullable ExternalId thirdPartyExternalId;
    private @Nullable ExternalId databricksExternalId;
    private DatabricksPartition partition = DatabricksPartition.AWS;

    private Builder() {}

    /** The AWS account that owns the role. Required. */
    public Builder accountId(AccountId value) {
      this.accountId = Objects.requireNonNull(value, "accountId == null");
      return this;
    }

    /**
     * The AWS account that owns the role. Required.
     *
     * @throws ParameterException if it is not 12 digits
     */
    public Builder accountId(String value) {
      return accountId(Validate.accountId("accountId", Objects.requireNonNull(value, "accountId == null")));
    }

    /**
     * The name of this role, which the policy lets assume itself. Required.
     *
     * @throws ParameterException if it is not a valid IAM role name
     */
    public Builder roleName(String value) {
      this.roleName = Validate.roleName("roleName", Objects.requireNonNull(value, "roleName == null"));
      return this;
    }

    /** The third party, one of those seed 002 prints. Required (this or another {@code thirdParty}). */
    public Builder thirdParty(KnownThirdParty value) {
      this.thirdParty = Objects.requireNonNull(value, "thirdParty == null").principal();
      return this;
    }

    /**
     * The third party's principal ARN: an account root, a user or a role. Required (this or another
     * {@code thirdParty}).
     *
     * @throws ParameterException if it is not an IAM principal ARN, or holds a wildcard (IAM does not match
     *     principal ARNs by pattern)
     */
    public Builder thirdParty(Arn value) {
      String text = Objects.requireNonNull(value, "thirdParty == null").toString();
      Arn principal = Validate.principalArn("thirdParty", text);
      if (principal.hasWildcard()) {
        throw new ParameterException("thirdParty", text, "must not hold a wildcard: IAM matches a principal ARN "
            + "exactly");
      }
      this.thirdParty = principal;
      return this;
    }

    /**
     * The third party: {@code polytomic}, {@code polytomic-restricted} or a principal ARN. Required (this or
     * another {@code thirdParty}).
     *
     * @throws ParameterException if it is none of them
     */
    public Builder thirdParty(String value) {
      Objects.requireNonNull(value, "thirdParty == null");
      for (KnownThirdParty known : KnownThirdParty.values()) {
        if (known.id.equals(value)) {
          return thirdParty(known);
        }
      }
      if (!value.startsWith("arn:")) {
        throw new ParameterException("thirdParty", value, "must be polytomic, polytomic-restricted or an IAM "
            + "principal ARN");
      }
      return thirdParty(Validate.principalArn("thirdParty", value));
    }

    /** The third party's principal as set, for {@link StagingBucketSetup}. */
    @Nullable Arn thirdPartyArn() {
      return thirdParty;
    }

    /** The external ID the third party generated for your connection. Required. */
    public Builder thirdPartyExternalId(ExternalId value) {
      this.thirdPartyExternalId = Objects.requireNonNull(value, "thirdPartyExternalId == null");
      return this;
    }

    /**
     * The external ID the third party generated for your connection. Required.
     *
     * @throws ParameterException if it is not a valid external ID
     */
    public Builder thirdPartyExternalId(String value) {
      return thirdPartyExternalId(Validate.externalId("thirdPartyExternalId",
          Objects.requireNonNull(value, "thirdPartyExternalId == null")));
    }

    /** The external ID Databricks generated for the Unity Catalog storage credential. Required. */
    public Builder databricksExternalId(ExternalId value) {
      this.databricksExternalId = Objects.requireNonNull(value, "databricksExternalId == null");
      return this;
    }

    /**
     * The external ID Databricks generated for the Unity Catalog storage credential. Required.
     *
     * @throws ParameterException if it is not a valid external ID
     */
    public Builder databricksExternalId(String value) {
      return databricksExternalId(Validate.externalId("databricksExternalId",
          Objects.requireNonNull(value, "databricksExternalId == null")));
    }

    /**
     * The Databricks deployment, which names the Unity Catalog master role and the ARN partition; by default
     * {@link DatabricksPartition#AWS}.
     */
    public Builder partition(DatabricksPartition value) {
      this.partition = Objects.requireNonNull(value, "partition == null");
      return this;
    }

    /**
     * Returns the trust policy.
     *
     * @throws ParameterException if a required value was not given, or the third party's ARN is in another
     *     partition than the deployment
     */
    public PolicyDocument build() {
      if (accountId == null) {
        throw new ParameterException("accountId", null, "is required by " + ID);
      }
      if (roleName == null) {
        throw new ParameterException("roleName", null, "is required by " + ID);
      }
      if (thirdParty == null) {
        throw new ParameterException("thirdParty", null, "is required by " + ID);
      }
      if (thirdPartyExternalId == null) {
        throw new ParameterException("thirdPartyExternalId", null, "is required by " + ID);
      }
      if (databricksExternalId == null) {
        throw new ParameterException("databricksExternalId", null, "is required by " + ID);
      }
      String arnPartition = partition.arnPartition().id();
      if (!thirdParty.partition().equals(arnPartition)) {
        throw new ParameterException("thirdParty", thirdParty.toString(), "must be in the " + arnPartition
            + " partition of the " + partition.id() + " deployment: a role cannot trust a principal of another "
            + "partition");
      }
      Principal principals = Principal.builder()
          .addAws(thirdParty.toString(), partition.unityCatalogMasterRole().toString(),
              Arn.role(partition.arnPartition(), accountId, roleName).toString())
          .form(PrincipalType.AWS, ValueForm.ARRAY)
          .build();
      Condition externalIds = Condition.builder()
          .operator(ConditionOperator.STRING_EQUALS)
          .key("sts:ExternalId")
          .addValues(thirdPartyExternalId.value(), databricksExternalId.value())
          .form(ValueForm.ARRAY)
          .build();
      return PolicyDocument.of(Statement.builder()
          .effect(Effect.ALLOW)
          .principal(principals)
          .addAction(Action.STS_ASSUME_ROLE)
          .addCondition(externalIds)
          .build());
    }
  }
}
