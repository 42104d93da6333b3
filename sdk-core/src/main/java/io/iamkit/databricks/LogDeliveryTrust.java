package io.iamkit.databricks;

import io.iamkit.policy.Action;
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
 * Pattern {@code databricks.log-delivery.trust}: the trust policy of the role that Databricks assumes to deliver
 * billable-usage and audit logs to your bucket. The partition's Databricks log-delivery role may assume the role
 * when it passes your Databricks account ID as {@code sts:ExternalId}.
 *
 * <pre>{@code
 * PolicyDocument trust = LogDeliveryTrust.builder()
 *     .externalId("0a1b2c3d-your-databricks-account-id")
 *     .build();
 * }</pre>
 *
 * <p>Source: iamkit's reference notes (DATABRICKS-REFERENCE.md, "Log delivery trust (billable usage and audit
 * logs)"), gathered from Databricks' Terraform provider; the seeds print no such document. The principal is
 * {@link DatabricksPartition#logDeliveryRole()}, whose ARNs per partition come from the same notes; the statement
 * is written {@code Effect, Action, Principal, Condition}, as the reference prints it.
 */
public final class LogDeliveryTrust {
  static final String ID = "databricks.log-delivery.trust";

  static final DatabricksPattern PATTERN = PatternSpec.builder(ID)
      .description("Trust policy for billable-usage and audit log delivery: the Databricks log-delivery role may "
          + "assume the role with your external ID")
      .seeds("003")
      .required("externalId", "your Databricks account ID, passed by Databricks as sts:ExternalId")
      .partition()
      .render(p -> PatternOutput.of(builder()
          .externalId(p.externalId("externalId"))
          .partition(p.partition())
          .build()));

  private LogDeliveryTrust() {}

  /** Returns a builder; the external ID is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the log delivery trust policy. */
  public static final class Builder {
    private @Nullable ExternalId externalId;
    private DatabricksPartition partition = DatabricksPartition.AWS;

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

    /** The Databricks deployment, which names the log-delivery role; by default {@link DatabricksPartition#AWS}. */
    public Builder partition(DatabricksPartition value) {
      this.partition = Objects.requireNonNull(value, "partition == null");
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
      return PolicyDocument.of(Statement.builder()
          .effect(Effect.ALLOW)
          .addAction(Action.STS_ASSUME_ROLE)
          .principal(Principal.aws(partition.logDeliveryRole()))
          .addCondition(Condition.externalIdEquals(externalId))
          .keyOrder(List.of("Effect", "Action", "Principal", "Condition"))
          .build());
    }
  }
}
