package io.iamkit.databricks;

import io.iamkit.policy.Arn;
import io.iamkit.policy.Condition;
import io.iamkit.policy.Effect;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyValidationException;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pattern {@code databricks.storage-config.bucket-policy}: the bucket policy of the workspace root (DBFS) bucket
 * of a storage configuration, granting the Databricks account read and write access to the bucket.
 *
 * <pre>{@code
 * PolicyDocument policy = StorageConfigBucketPolicy.builder()
 *     .bucket("my-workspace-root")
 *     .databricksAccountId("0a1b2c3d-your-databricks-account-id")
 *     .build();
 * }</pre>
 *
 * <p>Source: iamkit's reference notes (DATABRICKS-REFERENCE.md, "Workspace root (DBFS) bucket policy"), gathered
 * from Databricks' Terraform provider ({@code aws/data_aws_bucket_policy.go}); the seeds print no such document.
 * The default is the reference's JSON: {@code Effect, Action, Resource, Principal}, with the principal the root of
 * the partition's Databricks account. A {@code fullAccessRole} replaces that principal (as for log delivery
 * buckets). A {@code databricksAccountId} adds
 * {@code "Condition": {"StringEquals": {"aws:PrincipalTag/DatabricksAccountId": "<id>"}}} against the confused
 * deputy; the reference does not print it in place, so it is written last in the statement, after
 * {@code Principal} (an iamkit choice; key order does not change what the policy grants). The ID is checked with
 * the rules of an external ID, which it also serves as in the workspace trust policy.
 *
 * <p>Not provided: the Databricks console form (Sid {@code Grant Databricks Access} and a second statement denying
 * {@code s3:*} on {@code <bucket>/unity-catalog/*}). The reference describes it in words only, without the second
 * statement's Sid, key order or value shapes, so rendering it would mean inventing JSON that no source prints.
 */
public final class StorageConfigBucketPolicy {
  static final String ID = "databricks.storage-config.bucket-policy";

  static final DatabricksPattern PATTERN = PatternSpec.builder(ID)
      .description("Workspace root (DBFS) bucket policy granting the Databricks account access to the bucket of a "
          + "storage configuration")
      .seeds("003")
      .required("bucket", "the workspace root bucket")
      .partition()
      .optional("fullAccessRole", "an IAM role ARN that replaces the Databricks account as the principal")
      .optional("databricksAccountId",
          "your Databricks account ID: adds a StringEquals aws:PrincipalTag/DatabricksAccountId condition")
      .render(p -> {
        Builder builder = builder().bucket(p.string("bucket")).partition(p.partition());
        p.optional("fullAccessRole").ifPresent(builder::fullAccessRole);
        p.optional("databricksAccountId").ifPresent(builder::databricksAccountId);
        return PatternOutput.of(builder.build());
      });

  private static final String[] ACTIONS = {
    "s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket",
    "s3:GetBucketLocation"
  };

  private StorageConfigBucketPolicy() {}

  /** Returns a builder; the bucket is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the workspace root bucket policy. */
  public static final class Builder {
    private @Nullable String bucket;
    private DatabricksPartition partition = DatabricksPartition.AWS;
    private @Nullable Arn fullAccessRole;
    private @Nullable String databricksAccountId;

    private Builder() {}

    /**
     * The workspace root bucket. Required.
     *
     * @throws ParameterException if it breaks the S3 bucket naming rules
     */
    public Builder bucket(String value) {
      this.bucket = Validate.bucketName("bucket", value, false);
      return this;
    }

    /** The Databricks deployment; by default {@link DatabricksPartition#AWS}. */
    public Builder partition(DatabricksPartition value) {
      this.partition = Objects.requireNonNull(value, "partition == null");
      return this;
    }

    /**
     * A role given full access instead of the Databricks account: it becomes the statement's principal.
     * Optional.
     *
     * @throws ParameterException if it is not an IAM role ARN
     */
    public Builder fullAccessRole(Arn role) {
      Objects.requireNonNull(role, "fullAccessRole == null");
      this.fullAccessRole = Validate.roleArn("fullAccessRole", role.toString());
      return this;
    }

    /**
     * A role given full access instead of the Databricks account, by ARN. Optional.
     *
     * @throws ParameterException if it is not an IAM role ARN
     */
    public Builder fullAccessRole(String roleArn) {
      this.fullAccessRole = Validate.roleArn("fullAccessRole", roleArn);
      return this;
    }

    /**
     * Your Databricks account ID, which the {@code aws:PrincipalTag/DatabricksAccountId} condition requires.
     * Optional.
     *
     * @throws ParameterException if it breaks the rules of an external ID (2 to 1,224 characters of letters,
     *     digits and {@code _+=,.@:/-})
     */
    public Builder databricksAccountId(String value) {
      try {
        this.databricksAccountId = ExternalId.of(value).value();
      } catch (PolicyValidationException e) {
        throw new ParameterException("databricksAccountId", value, "must be a Databricks account ID: " + e.reason());
      }
      return this;
    }

    /**
     * Returns the bucket policy.
     *
     * @throws ParameterException if the bucket was not given, or the full-access role is in another partition
     */
    public PolicyDocument build() {
      if (bucket == null) {
        throw new ParameterException("bucket", null, "is required by " + ID);
      }
      String arnPartition = partition.arnPartition().id();
      Principal principal;
      if (fullAccessRole == null) {
        principal = Principal.aws(partition.databricksAccount().rootArn(partition.arnPartition()));
      } else if (fullAccessRole.partition().equals(arnPartition)) {
        principal = Principal.aws(fullAccessRole);
      } else {
        throw new ParameterException("fullAccessRole", fullAccessRole.toString(),
            "is not in partition " + arnPartition + " of the " + partition.id() + " deployment");
      }
      Arn bucketArn = Arn.bucket(partition.arnPartition(), bucket);
      Statement.Builder statement = Statement.builder()
          .effect(Effect.ALLOW)
          .addActions(ACTIONS)
          .addResources(Resource.of(bucketArn.withResource(bucket + "/*")), Resource.of(bucketArn))
          .principal(principal)
          .keyOrder(List.of("Effect", "Action", "Resource", "Principal", "Condition"));
      if (databricksAccountId != null) {
        statement.addCondition(Condition.stringEquals("aws:PrincipalTag/DatabricksAccountId", databricksAccountId));
      }
      return PolicyDocument.of(statement.build());
    }
  }
}
