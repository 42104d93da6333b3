package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.PrincipalType;
import io.iamkit.policy.Statement;
import io.iamkit.policy.ValueForm;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pattern {@code databricks.s3.role-b.trust}: the trust policy of {@code MyRoleB} in the bucket owner's account
 * (Account B), which lets {@code MyRoleA} of the Databricks deployment account (Account A) assume it.
 *
 * <pre>{@code
 * PolicyDocument trust = RoleBTrust.builder()
 *     .deploymentAccountId("111122223333")
 *     .build();
 * // {"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:role/MyRoleA"]},
 * //  "Action": "sts:AssumeRole"}
 * }</pre>
 *
 * <p>Source: "Secure access to S3 buckets across accounts using instance profiles with an AssumeRole policy"
 * (seed 001), Step 2, "Edit the trust relationship of role MyRoleB to allow a role MyRoleA in Account A to assume a
 * role in Account B". The principal is a one-element array, as the seed prints it. IAM refuses a trust policy
 * naming a role that does not exist yet, so create MyRoleA first. ARNs are in the commercial {@code aws}
 * partition, as the seed prints them.
 */
public final class RoleBTrust {
  static final String ID = "databricks.s3.role-b.trust";

  static final DatabricksPattern PATTERN = PatternSpec.builder(ID)
      .description("MyRoleB, in the bucket owner's account, trusts MyRoleA of the Databricks deployment account")
      .seeds("001")
      .required("deploymentAccountId", "the AWS account ID of the Databricks deployment (Account A), where MyRoleA "
          + "lives")
      .optional("roleA", "MyRoleA", "the name of the instance-profile role that may assume MyRoleB")
      .render(p -> PatternOutput.of(builder()
          .deploymentAccountId(p.accountId("deploymentAccountId"))
          .roleA(p.string("roleA"))
          .build()));

  private RoleBTrust() {}

  /** Returns a builder; the deployment account ID is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds MyRoleB's trust policy. */
  public static final class Builder {
    private @Nullable AccountId deploymentAccountId;
    private String roleA = "MyRoleA";

    private Builder() {}

    /** The account of the Databricks deployment, where MyRoleA lives (Account A). Required. */
    public Builder deploymentAccountId(AccountId value) {
      this.deploymentAccountId = Objects.requireNonNull(value, "deploymentAccountId == null");
      return this;
    }

    /**
     * The account of the Databricks deployment, where MyRoleA lives (Account A). Required.
     *
     * @throws ParameterException if it is not 12 digits
     */
    public Builder deploymentAccountId(String value) {
      return deploymentAccountId(Validate.accountId("deploymentAccountId", value));
    }

    /**
     * The name of the role trusted to assume MyRoleB; by default {@code MyRoleA}.
     *
     * @throws ParameterException if it is not a valid IAM role name
     */
    public Builder roleA(String value) {
      this.roleA = Validate.roleName("roleA", Objects.requireNonNull(value, "roleA == null"));
      return this;
    }

    /**
     * Returns the trust policy.
     *
     * @throws ParameterException if the deployment account ID was not given
     */
    public PolicyDocument build() {
      if (deploymentAccountId == null) {
        throw new ParameterException("deploymentAccountId", null, "is required by " + ID);
      }
      Principal myRoleA = Principal.builder()
          .addAws(Arn.role(Partition.AWS, deploymentAccountId, roleA).toString())
          .form(PrincipalType.AWS, ValueForm.ARRAY)
          .build();
      return PolicyDocument.of(Statement.allowAssumeRoleBy(myRoleA));
    }
  }
}
