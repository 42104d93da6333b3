package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Statement;
import io.iamkit.policy.ValueForm;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pattern {@code databricks.s3.role-a.assume-role-b}: the policy attached to {@code MyRoleA}, the role of the
 * instance profile in the Databricks deployment account (Account A), that lets it assume {@code MyRoleB} in the
 * account owning the bucket (Account B).
 *
 * <pre>{@code
 * PolicyDocument policy = RoleAAssumeRoleB.builder()
 *     .bucketOwnerAccountId("444455556666")
 *     .build();
 * // {"Sid": "Stmt1487884001000", "Effect": "Allow", "Action": ["sts:AssumeRole"],
 * //  "Resource": ["arn:aws:iam::444455556666:role/MyRoleB"]}
 * }</pre>
 *
 * <p>Source: "Secure access to S3 buckets across accounts using instance profiles with an AssumeRole policy"
 * (seed 001), Step 1, "Create a policy that says that a role in Account A can assume MyRoleB in Account B". The
 * document keeps the seed's Sid {@code Stmt1487884001000} and its one-element arrays. The seed writes its ARNs in
 * the commercial {@code aws} partition, and so does this pattern.
 */
public final class RoleAAssumeRoleB {
  static final String ID = "databricks.s3.role-a.assume-role-b";

  /** The Sid the seed prints. */
  static final String SID = "Stmt1487884001000";

  static final DatabricksPattern PATTERN = PatternSpec.builder(ID)
      .description("MyRoleA (the instance-profile role in the Databricks deployment account) may assume MyRoleB "
          + "in the bucket owner's account")
      .seeds("001")
      .required("bucketOwnerAccountId", "the AWS account ID of the bucket owner (Account B), where MyRoleB lives")
      .optional("roleB", "MyRoleB", "the name of the role in the bucket owner's account that MyRoleA assumes")
      .render(p -> PatternOutput.of(builder()
          .bucketOwnerAccountId(p.accountId("bucketOwnerAccountId"))
          .roleB(p.string("roleB"))
          .build()));

  private RoleAAssumeRoleB() {}

  /** Returns a builder; the bucket owner's account ID is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the policy that lets MyRoleA assume MyRoleB. */
  public static final class Builder {
    private @Nullable AccountId bucketOwnerAccountId;
    private String roleB = "MyRoleB";

    private Builder() {}

    /** The account that owns the bucket and MyRoleB (Account B). Required. */
    public Builder bucketOwnerAccountId(AccountId value) {
      this.bucketOwnerAccountId = Objects.requireNonNull(value, "bucketOwnerAccountId == null");
      return this;
    }

    /**
     * The account that owns the bucket and MyRoleB (Account B). Required.
     *
     * @throws ParameterException if it is not 12 digits
     */
    public Builder bucketOwnerAccountId(String value) {
      return bucketOwnerAccountId(Validate.accountId("bucketOwnerAccountId", value));
    }

    /**
     * The name of the role MyRoleA assumes; by default {@code MyRoleB}.
     *
     * @throws ParameterException if it is not a valid IAM role name
     */
    public Builder roleB(String value) {
      this.roleB = Validate.roleName("roleB", Objects.requireNonNull(value, "roleB == null"));
      return this;
    }

    /**
     * Returns the policy.
     *
     * @throws ParameterException if the bucket owner's account ID was not given
     */
    public PolicyDocument build() {
      if (bucketOwnerAccountId == null) {
        throw new ParameterException("bucketOwnerAccountId", null, "is required by " + ID);
      }
      Statement assumeRoleB = Statement.allowAssumeRole(Arn.role(Partition.AWS, bucketOwnerAccountId, roleB))
          .toBuilder()
          .sid(SID)
          .actionForm(ValueForm.ARRAY)
          .resourceForm(ValueForm.ARRAY)
          .build();
      return PolicyDocument.of(assumeRoleB);
    }
  }
}
