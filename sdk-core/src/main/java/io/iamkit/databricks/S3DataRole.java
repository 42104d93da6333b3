package io.iamkit.databricks;

import io.iamkit.policy.Arn;
import io.iamkit.policy.Condition;
import io.iamkit.policy.Effect;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import io.iamkit.policy.ValueForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Patterns {@code databricks.s3.read-only} and {@code databricks.s3.read-write}: least-privilege permissions for
 * purpose-built data roles on one bucket, optionally narrowed to a key prefix: a read-only role for ETL reads, a
 * read-write role for model writes.
 *
 * <pre>{@code
 * PolicyDocument etl = S3DataRole.readOnly().bucket("acme-data-lake").prefix("raw/events").build();
 * PolicyDocument models = S3DataRole.readWrite().bucket("acme-data-lake").prefix("models").build();
 * }</pre>
 *
 * <p>Source: seed 004 ("How to Configure Databricks IAM Roles for Secure, Repeatable Access") asks for
 * "purpose-built roles for each use case: one for ETL reads, one for model writes" under least privilege, but
 * prints no policy. The documents are therefore iamkit's design, reviewed against the seeds' other data policies
 * (seed 001's bucket policy, seed 002's staging policy, the Unity Catalog policy of DATABRICKS-REFERENCE.md),
 * keeping only what reading or writing objects needs:
 *
 * <ol>
 *   <li>{@code BucketActions}: {@code s3:GetBucketLocation}, and for read-write {@code s3:ListBucketMultipartUploads},
 *       on the bucket. These actions do not carry the {@code s3:prefix} key, so they stay unconditioned (a
 *       {@code StringLike} on an absent key never matches and would deny them).
 *   <li>{@code ListObjects}: {@code s3:ListBucket} on the bucket; with a prefix, only under the condition
 *       {@code "StringLike": {"s3:prefix": ["<prefix>", "<prefix>/*"]}}.
 *   <li>{@code ReadObjects}: {@code s3:GetObject} on {@code <bucket>/<prefix>/*} (or {@code <bucket>/*}); or
 *       {@code ReadWriteObjects}, which adds {@code s3:PutObject}, {@code s3:DeleteObject},
 *       {@code s3:AbortMultipartUpload} and {@code s3:ListMultipartUploadParts}.
 * </ol>
 *
 * <p>Left out on purpose: {@code s3:GetObjectVersion} (reading old versions is not an ETL read; the seeds' data
 * policies grant only {@code s3:GetObject}) and {@code s3:PutObjectAcl} (needed only when writing into a bucket
 * another account owns, as in seed 001). {@code Action} and {@code Resource} are always arrays. ARNs are in the
 * commercial partition ({@code aws}); the patterns have no {@code partition} parameter. Bucket names follow the S3
 * rules, dots allowed.
 *
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html">Actions,
 *     resources, and condition keys for Amazon S3</a>
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html">Required
 *     permissions for Amazon S3 API operations</a>
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html">Bucket policy
 *     examples using condition keys: s3:prefix</a>
 */
public final class S3DataRole {
  static final String READ_ONLY_ID = "databricks.s3.read-only";
  static final String READ_WRITE_ID = "databricks.s3.read-write";

  static final DatabricksPattern READ_ONLY_PATTERN = pattern(Access.READ_ONLY,
      "Purpose-built least-privilege read-only data role (ETL reads) on a bucket and optional prefix");
  static final DatabricksPattern READ_WRITE_PATTERN = pattern(Access.READ_WRITE,
      "Purpose-built least-privilege read-write data role (model writes) on a bucket and optional prefix");

  /** What the role may do with the objects. */
  public enum Access {
    /** Find the bucket, list the objects, read them. */
    READ_ONLY(READ_ONLY_ID),
    /** Also write and delete objects and manage multipart uploads. */
    READ_WRITE(READ_WRITE_ID);

    private final String patternId;

    Access(String patternId) {
      this.patternId = patternId;
    }

    /** The id of the pattern rendering this access, such as {@code databricks.s3.read-only}. */
    public String patternId() {
      return patternId;
    }
  }

  private S3DataRole() {}

  private static DatabricksPattern pattern(Access access, String description) {
    return PatternSpec.builder(access.patternId)
        .description(description)
        .seeds("004")
        .required("bucket", "the S3 bucket holding the data")
        .optional("prefix", "the key prefix the role is limited to, without leading or trailing slash, such as "
            + "raw/events; the whole bucket when left out")
        .render(p -> {
          Builder builder = builder(access).bucket(p.string("bucket"));
          p.optional("prefix").ifPresent(builder::prefix);
          return PatternOutput.of(builder.build());
        });
  }

  /** Returns a builder of the read-only policy; the bucket is required. */
  public static Builder readOnly() {
    return new Builder(Access.READ_ONLY);
  }

  /** Returns a builder of the read-write policy; the bucket is required. */
  public static Builder readWrite() {
    return new Builder(Access.READ_WRITE);
  }

  /** Returns a builder of the policy for {@code access}; the bucket is required. */
  public static Builder builder(Access access) {
    return new Builder(Objects.requireNonNull(access, "access == null"));
  }

  /** Builds a data-role permissions policy. */
  public static final class Builder {
    private final Access access;
    private @Nullable String bucket;
    private @Nullable String prefix;

    private Builder(Access access) {
      this.access = access;
    }

    /**
     * The S3 bucket holding the data. Required.
     *
     * @throws ParameterException if it breaks the S3 bucket naming rules
     */
    public Builder bucket(String value) {
      this.bucket = Validate.bucketName("bucket", Objects.requireNonNull(value, "bucket == null"), false);
      return this;
    }

    /**
     * The key prefix the role is limited to, such as {@code raw/events}: listing is limited to it and object
     * access to {@code raw/events/*}. Optional; without it the role covers the whole bucket.
     *
     * @throws ParameterException if it is empty, starts or ends with {@code /}, or holds a wildcard ({@code *},
     *     {@code ?}), a policy variable (<code>${</code>) or whitespace
     */
    public Builder prefix(String value) {
      this.prefix = checkPrefix(Objects.requireNonNull(value, "prefix == null"));
      return this;
    }

    /**
     * Returns the permissions policy.
     *
     * @throws ParameterException if the bucket was not given
     */
    public PolicyDocument build() {
      if (bucket == null) {
        throw new ParameterException("bucket", null, "is required by " + access.patternId);
      }
      boolean write = access == Access.READ_WRITE;
      Resource bucketArn = Resource.of(Arn.bucket(Partition.AWS, bucket));
      Resource objects = Resource.of(Arn.bucket(Partition.AWS, bucket + "/" + (prefix == null ? "" : prefix + "/")
          + "*"));

      List<String> bucketActions = new ArrayList<>(List.of("s3:GetBucketLocation"));
      if (write) {
        bucketActions.add("s3:ListBucketMultipartUploads");
      }
      Statement.Builder list = Statement.builder()
          .sid("ListObjects")
          .effect(Effect.ALLOW)
          .addAction("s3:ListBucket")
          .addResource(bucketArn)
          .actionForm(ValueForm.ARRAY)
          .resourceForm(ValueForm.ARRAY);
      if (prefix != null) {
        list.addCondition(Condition.stringLike("s3:prefix", prefix, prefix + "/*"));
      }
      List<String> objectActions = new ArrayList<>(List.of("s3:GetObject"));
      if (write) {
        objectActions.addAll(List.of("s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload",
            "s3:ListMultipartUploadParts"));
      }
      return PolicyDocument.of(
          Statement.builder()
              .sid("BucketActions")
              .effect(Effect.ALLOW)
              .addActions(bucketActions.toArray(new String[0]))
              .addResource(bucketArn)
              .actionForm(ValueForm.ARRAY)
              .resourceForm(ValueForm.ARRAY)
              .build(),
          list.build(),
          Statement.builder()
              .sid(write ? "ReadWriteObjects" : "ReadObjects")
              .effect(Effect.ALLOW)
              .addActions(objectActions.toArray(new String[0]))
              .addResource(objects)
              .actionForm(ValueForm.ARRAY)
              .resourceForm(ValueForm.ARRAY)
              .build());
    }
  }

  /** A key prefix that the policy can name literally: no wildcard, no policy variable, no edge slash. */
  private static String checkPrefix(String value) {
    if (value.isEmpty()) {
      throw new ParameterException("prefix", value, "must not be empty; leave it out to cover the whole bucket");
    }
    if (value.startsWith("/") || value.endsWith("/")) {
      throw new ParameterException("prefix", value, "must not start or end with /");
    }
    if (value.indexOf('*') >= 0 || value.indexOf('?') >= 0) {
      throw new ParameterException("prefix", value, "must not hold the wildcards * or ?: the policy adds /* "
          + "itself");
    }
    if (value.contains("${")) {
      throw new ParameterException("prefix", value, "must not hold ${: IAM would read a policy variable");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new ParameterException("prefix", value, "must not hold whitespace or control characters");
      }
    }
    return value;
  }
}
