package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Action;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Effect;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import io.iamkit.policy.ValueForm;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pattern {@code databricks.staging.access}: the permissions policy of a role that a third-party tool (Polytomic)
 * and Databricks both assume to use an S3 staging bucket. It allows the object and multipart-upload actions on the
 * bucket and, as Databricks requires of storage-credential roles, lets the role assume itself.
 *
 * <pre>{@code
 * PolicyDocument access = StagingAccess.builder()
 *     .bucket("acme-polytomic-staging")
 *     .accountId("111122223333")
 *     .roleName("polytomic-databricks-staging")
 *     .build();
 * }</pre>
 *
 * <p>The document is the "S3 Permissions Policy" of Polytomic's guide "IAM role authentication to Databricks AWS
 * staging buckets" (seed 002), Sids {@code PolytomicAndDatabricksS3Access} and {@code AllowSelfAssume} included.
 * Its trust policy is {@link StagingTrust}.
 *
 * <p>Like the seed, the document names ARNs in the commercial partition ({@code aws}); the pattern has no
 * {@code partition} parameter. Because Databricks reads the bucket through a Unity Catalog storage credential,
 * the bucket name follows Unity Catalog's rules as well as S3's: no dots.
 */
public final class StagingAccess {
  static final String ID = "databricks.staging.access";

  static final DatabricksPattern PATTERN = PatternSpec.builder(ID)
      .description("Staging-bucket S3 permissions for a third-party tool and Databricks, plus the self-assume "
          + "statement")
      .seeds("002")
      .required("bucket", "the S3 staging bucket (S3 and Unity Catalog naming rules: no dots)")
      .required("accountId", "the AWS account ID that owns the role")
      .required("roleName", "the name of this role, which must be allowed to assume itself")
      .render(p -> PatternOutput.of(builder()
          .bucket(p.string("bucket"))
          .accountId(p.accountId("accountId"))
          .roleName(p.string("roleName"))
          .build()));

  private StagingAccess() {}

  /** Returns a builder; the bucket, the account ID and the role name are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the staging-bucket permissions policy. */
  public static final class Builder {
    private @Nullable String bucket;
    private @Nullable AccountId accountId;
    private @Nullable String roleName;

    private Builder() {}

    /**
     * The S3 staging bucket. Required.
     *
     * @throws ParameterException if it breaks the S3 bucket naming rules or holds a dot (Unity Catalog refuses
     *     such buckets)
     */
    public Builder bucket(String value) {
      this.bucket = Validate.bucketName("bucket", Objects.requireNonNull(value, "bucket == null"), true);
      return this;
    }

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

    /**
     * Returns the permissions policy.
     *
     * @throws ParameterException if the bucket, the account ID or the role name was not given
     */
    public PolicyDocument build() {
      if (bucket == null) {
        throw new ParameterException("bucket", null, "is required by " + ID);
      }
      if (accountId == null) {
        throw new ParameterException("accountId", null, "is required by " + ID);
      }
      if (roleName == null) {
        throw new ParameterException("roleName", null, "is required by " + ID);
      }
      Arn bucketArn = Arn.bucket(Partition.AWS, bucket);
      Statement s3 = Statement.builder()
          .sid("PolytomicAndDatabricksS3Access")
          .effect(Effect.ALLOW)
          .addActions("s3:GetObject", "s3:ListBucket", "s3:PutObject", "s3:DeleteObject", "s3:GetBucketLocation",
              "s3:ListBucketMultipartUploads", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload")
          .addResource(Resource.of(bucketArn + "/*"))
          .addResource(Resource.of(bucketArn))
          .actionForm(ValueForm.ARRAY)
          .resourceForm(ValueForm.ARRAY)
          .build();
      Statement selfAssume = Statement.builder()
          .sid("AllowSelfAssume")
          .effect(Effect.ALLOW)
          .addAction(Action.STS_ASSUME_ROLE)
          .addResource(Resource.of(Arn.role(Partition.AWS, accountId, roleName)))
          .build();
      return PolicyDocument.of(s3, selfAssume);
    }
  }
}
