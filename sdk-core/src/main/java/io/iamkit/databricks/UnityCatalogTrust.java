package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Action;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Condition;
import io.iamkit.policy.Effect;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pattern {@code databricks.uc.trust}: the trust policy of a Unity Catalog storage-credential role. The Unity
 * Catalog master role may assume it with the external ID Databricks generated for the credential, and so may the
 * role itself (self-assumption, mandatory since 2025-01-20: "Non-self-assuming role").
 *
 * <pre>{@code
 * PolicyDocument trust = UnityCatalogTrust.builder()
 *     .accountId("111122223333")
 *     .roleName("uc-external-location")
 *     .externalId("7a1e5b2c-0d4f-4e8a-9b3c-6f2d1e0a9c8b")
 *     .build();
 * }</pre>
 *
 * <p>Seeds 002 and 003 describe this trust (the external ID Databricks returns, the self-assume principal) but do
 * not print it on its own: seed 002 prints it merged with a third party's principal ({@link StagingTrust}). The
 * document is therefore the two-statement form of DATABRICKS-REFERENCE.md, "Unity Catalog storage credential:
 * trust (two-statement form)", Sids {@code UnityCatalogAssumeRole} and {@code ExplicitSelfRoleAssumption}. Its
 * self-assume statement names the account root and narrows it with {@code aws:PrincipalArn}, so the trust policy
 * can be written before the role exists. The master role and the ARN partition come from
 * {@link DatabricksPartition}. Its permissions policy is {@link UnityCatalogAccess}.
 */
public final class UnityCatalogTrust {
  static final String ID = "databricks.uc.trust";

  private static final List<String> KEY_ORDER = List.of("Sid", "Effect", "Action", "Principal", "Condition");

  static final DatabricksPattern PATTERN = PatternSpec.builder(ID)
      .description("Unity Catalog storage-credential trust: the UC master role and the role itself may assume it "
          + "with the external ID")
      .seeds("002", "003")
      .required("accountId", "the AWS account ID that owns the role")
      .required("roleName", "the name of this role, which must be allowed to assume itself")
      .required("externalId", "the external ID Databricks generated for the storage credential")
      .partition()
      .render(p -> PatternOutput.of(builder()
          .accountId(p.accountId("accountId"))
          .roleName(p.string("roleName"))
          .externalId(p.externalId("externalId"))
          .partition(p.partition())
          .build()));

  private UnityCatalogTrust() {}

  /** Returns a builder; the account ID, the role name and the external ID are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the storage-credential trust policy. */
  public static final class Builder {
    private @Nullable AccountId accountId;
    private @Nullable String roleName;
    private @Nullable ExternalId externalId;
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

    /** The external ID Databricks generated for the storage credential. Required. */
    public Builder externalId(ExternalId value) {
      this.externalId = Objects.requireNonNull(value, "externalId == null");
      return this;
    }

    /**
     * The external ID Databricks generated for the storage credential. Required.
     *
     * @throws ParameterException if it is not a valid external ID
     */
    public Builder externalId(String value) {
      return externalId(Validate.externalId("externalId", Objects.requireNonNull(value, "externalId == null")));
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
     * @throws ParameterException if the account ID, the role name or the external ID was not given
     */
    public PolicyDocument build() {
      if (accountId == null) {
        throw new ParameterException("accountId", null, "is required by " + ID);
      }
      if (roleName == null) {
        throw new ParameterException("roleName", null, "is required by " + ID);
      }
      if (externalId == null) {
        throw new ParameterException("externalId", null, "is required by " + ID);
      }
      Statement unityCatalog = Statement.builder()
          .sid("UnityCatalogAssumeRole")
          .effect(Effect.ALLOW)
          .addAction(Action.STS_ASSUME_ROLE)
          .principal(Principal.aws(partition.unityCatalogMasterRole()))
          .addCondition(Condition.externalIdEquals(externalId))
          .keyOrder(KEY_ORDER)
          .build();
      Statement self = Statement.builder()
          .sid("ExplicitSelfRoleAssumption")
          .effect(Effect.ALLOW)
          .addAction(Action.STS_ASSUME_ROLE)
          .principal(Principal.aws(accountId.rootArn(partition.arnPartition())))
          .addCondition(Condition.arnLike("aws:PrincipalArn",
              Arn.role(partition.arnPartition(), accountId, roleName).toString()))
          .addCondition(Condition.externalIdEquals(externalId))
          .keyOrder(KEY_ORDER)
          .build();
      return PolicyDocument.of(unityCatalog, self);
    }
  }
}
