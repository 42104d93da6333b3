package io.iamkit.databricks;

import io.iamkit.policy.Action;
import io.iamkit.policy.Condition;
import io.iamkit.policy.Effect;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pattern {@code databricks.workspace.trust}: the trust policy of the cross-account role that Databricks assumes
 * to deploy workspaces. The Databricks AWS account may assume the role when it passes your Databricks account ID
 * as {@code sts:ExternalId}.
 *
 * <pre>{@code
 * PolicyDocument trust = WorkspaceTrust.builder()
 *     .externalId("0a1b2c3d-your-databricks-account-id")
 *     .build();
 * }</pre>
 *
 * <p>With {@link PrincipalStyle#ACCOUNT_ID} (the default) it is the document of "Create a cross-account IAM role"
 * (seed 000): {@code "Principal": {"AWS": "414351767826"}}. With {@link PrincipalStyle#ROOT_ARN} it is the one of
 * "How Databricks accesses your cloud" (seed 003): {@code "Principal": {"AWS": "arn:aws:iam::414351767826:root"}}.
 * IAM stores both as the root ARN; they grant the same.
 */
public final class WorkspaceTrust {
  static final String ID = "databricks.workspace.trust";

  static final DatabricksPattern PATTERN = PatternSpec.builder(ID)
      .description("Cross-account role trust: the Databricks account may assume the role when sts:ExternalId is "
          + "your Databricks account ID")
      .seeds("000", "003")
      .required("externalId", "your Databricks account ID, passed by Databricks as sts:ExternalId")
      .partition()
      .optional("principalStyle", "account-id",
          "how the Databricks account is named: account-id (as seed 000 prints it) or root-arn (seed 003)")
      .render(p -> PatternOutput.of(builder()
          .externalId(p.externalId("externalId"))
          .partition(p.partition())
          .principalStyle(PrincipalStyle.parse(p.string("principalStyle")))
          .build()));

  /** How the trust policy names the Databricks account. */
  public enum PrincipalStyle {
    /** {@code "AWS": "414351767826"}, as the cross-account role documentation prints it. */
    ACCOUNT_ID("account-id"),
    /** {@code "AWS": "arn:aws:iam::414351767826:root"}. */
    ROOT_ARN("root-arn");

    private final String id;

    PrincipalStyle(String id) {
      this.id = id;
    }

    /** The parameter value: {@code account-id} or {@code root-arn}. */
    public String id() {
      return id;
    }

    static PrincipalStyle parse(String id) {
      for (PrincipalStyle style : values()) {
        if (style.id.equals(id)) {
          return style;
        }
      }
      throw new ParameterException("principalStyle", id, "must be account-id or root-arn");
    }
  }

  private WorkspaceTrust() {}

  /** Returns a builder; the external ID is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the workspace trust policy. */
  public static final class Builder {
    private @Nullable ExternalId externalId;
    private DatabricksPartition partition = DatabricksPartition.AWS;
    private PrincipalStyle principalStyle = PrincipalStyle.ACCOUNT_ID;

    private Builder() {}

    /** Your Databricks account ID, which Databricks passes as the external ID. Required. */
    public Builder externalId(ExternalId value) {
      this.externalId = Objects.requireNonNull(value, "externalId == null");
      return this;
    }

    /**
     * Your Databricks account ID, which Databricks passes as the external ID. Required.
     *
     * @throws ParameterException if it is not a valid external ID
     */
    public Builder externalId(String value) {
      return externalId(Validate.externalId("externalId", value));
    }

    /** The Databricks deployment; by default {@link DatabricksPartition#AWS}. */
    public Builder partition(DatabricksPartition value) {
      this.partition = Objects.requireNonNull(value, "partition == null");
      return this;
    }

    /** How the Databricks account is named; by default {@link PrincipalStyle#ACCOUNT_ID}. */
    public Builder principalStyle(PrincipalStyle value) {
      this.principalStyle = Objects.requireNonNull(value, "principalStyle == null");
      return this;
    }

    /**
     * Returns the trust policy.
     *
     * @throws ParameterException if the external ID was not given
     */
    public PolicyDocument build() {
      if (externalId == null) {
        throw new ParameterException("externalId", null, "is required by " + ID);
      }
      boolean accountId = principalStyle == PrincipalStyle.ACCOUNT_ID;
      Principal databricks = accountId
          ? Principal.account(partition.databricksAccount())
          : Principal.aws(partition.databricksAccount().rootArn(partition.arnPartition()));
      Statement statement = Statement.builder()
          .effect(Effect.ALLOW)
          .principal(databricks)
          .addAction(Action.STS_ASSUME_ROLE)
          .addCondition(Condition.externalIdEquals(externalId))
          .keyOrder(accountId
              ? java.util.List.of("Effect", "Action", "Principal", "Condition")
              : java.util.List.of("Effect", "Principal", "Action", "Condition"))
          .build();
      return PolicyDocument.of(statement);
    }
  }
}
