package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Condition;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pattern {@code databricks.kms.key-user}: the key-policy statements that make {@code MyRoleA}, the role of the
 * cluster's instance profile, a key user of the KMS key that encrypts {@code s3a://} paths: it may use the key
 * for cryptographic operations and attach grants for AWS services.
 *
 * <pre>{@code
 * PolicyDocument statements = KmsKeyUser.builder()
 *     .deploymentAccountId("111122223333")
 *     .build();
 * // {"Sid": "Allow use of the key", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/MyRoleA"},
 * //  "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
 * //  "Resource": "*"}
 * // {"Sid": "Allow attachment of persistent resources", ... "Action": ["kms:CreateGrant", "kms:ListGrants",
 * //  "kms:RevokeGrant"], "Resource": "*", "Condition": {"Bool": {"kms:GrantIsForAWSResource": "true"}}}
 * }</pre>
 *
 * <p>Sources: "Secure access to S3 buckets across accounts using instance profiles with an AssumeRole policy"
 * (seed 001), Requirements, says to "add the instance profile as a Key User for the KMS key" but prints no
 * document, and neither does iamkit's DATABRICKS-REFERENCE.md. The statements are therefore those of the AWS KMS
 * Developer Guide, "Default key policy", section "Allows key users to use the KMS key", with their Sids (which
 * hold spaces, as key policies allow) and with MyRoleA's role ARN as the key user: an instance profile ARN is not
 * a valid principal, the role is. The principal is written as a bare string, since there is one.
 *
 * <p>These are statements to <em>add</em> to the key's policy, not a whole key policy: the document holds only
 * them. Replacing a key policy with it would drop the statement that lets the account administer the key. When
 * the key belongs to another account than MyRoleA, MyRoleA's own IAM policy must also allow these actions on the
 * key's ARN. The role ARN is in the commercial {@code aws} partition, as the seed writes its ARNs.
 *
 * @see <a href="https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-users">
 *     AWS KMS Developer Guide: Default key policy, allows key users to use the KMS key</a>
 */
public final class KmsKeyUser {
  static final String ID = "databricks.kms.key-user";

  static final DatabricksPattern PATTERN = PatternSpec.builder(ID)
      .description("Key-policy statements making the instance-profile role MyRoleA a key user of the KMS key for "
          + "s3a:// encryption")
      .seeds("001")
      .required("deploymentAccountId", "the AWS account ID of the Databricks deployment (Account A), where MyRoleA "
          + "lives")
      .optional("roleA", "MyRoleA", "the name of the instance-profile role that becomes a key user")
      .render(p -> PatternOutput.of(builder()
          .deploymentAccountId(p.accountId("deploymentAccountId"))
          .roleA(p.string("roleA"))
          .build()));

  private KmsKeyUser() {}

  /** Returns a builder; the deployment account ID is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the key-user statements. */
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
     * The name of the instance-profile role that becomes a key user; by default {@code MyRoleA}.
     *
     * @throws ParameterException if it is not a valid IAM role name
     */
    public Builder roleA(String value) {
      this.roleA = Validate.roleName("roleA", Objects.requireNonNull(value, "roleA == null"));
      return this;
    }

    /**
     * Returns a document holding the two key-user statements, to merge into the key policy.
     *
     * @throws ParameterException if the deployment account ID was not given
     */
    public PolicyDocument build() {
      if (deploymentAccountId == null) {
        throw new ParameterException("deploymentAccountId", null, "is required by " + ID);
      }
      Principal keyUser = Principal.aws(Arn.role(Partition.AWS, deploymentAccountId, roleA));
      Statement use = Statement.allow("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*",
              "kms:DescribeKey")
          .sid("Allow use of the key")
          .resourcePolicySid(true)
          .principal(keyUser)
          .addResource(Resource.ALL)
          .build();
      Statement grants = Statement.allow("kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant")
          .sid("Allow attachment of persistent resources")
          .resourcePolicySid(true)
          .principal(keyUser)
          .addResource(Resource.ALL)
          .addCondition(Condition.bool("kms:GrantIsForAWSResource", true))
          .build();
      return PolicyDocument.of(use, grants);
    }
  }
}
