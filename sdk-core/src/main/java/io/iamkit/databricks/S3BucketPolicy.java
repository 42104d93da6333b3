package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.PrincipalType;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import io.iamkit.policy.ValueForm;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pattern {@code databricks.s3.bucket-policy}: the policy of the bucket in Account B that {@code MyRoleB} reads
 * and writes: list the bucket and find its region, then put, read and delete objects.
 *
 * <pre>{@code
 * PolicyDocument policy = S3BucketPolicy.builder()
 *     .bucket("acme-shared-data")
 *     .bucketOwnerAccountId("444455556666")
 *     .build();
 * // [{"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::444455556666:role/MyRoleB"]},
 * //   "Action": ["s3:GetBucketLocation", "s3:ListBucket"], "Resource": "arn:aws:s3:::acme-shared-data"},
 * //  {... "Action": ["s3:PutObject", "s3:PutObjectAcl", "s3:GetObject", "s3:DeleteObject"],
 * //   "Resource": "arn:aws:s3:::acme-shared-data/*"}]
 * }</pre>
 *
 * <p>Source: "Secure access to S3 buckets across accounts using instance profiles with an AssumeRole policy"
 * (seed 001), Step 2, which prints two forms. With {@link Builder#withPrincipal(boolean) withPrincipal} true
 * (the default) it is the second, "Add the role (Principal) MyRoleB to the bucket policy": each statement names
 * MyRoleB as a one-element array and its resource as a bare string. With {@code withPrincipal} false it is the
 * first, "Create a bucket policy for the bucket", as printed: no principal, resources as one-element arrays, and
 * {@code roleB} unused. S3 refuses a bucket policy whose statements have no {@code Principal}, so the first form
 * is only the seed's intermediate step; use the default. ARNs are in the commercial {@code aws} partition, as the
 * seed prints them.
 */
public final class S3BucketPolicy {
  static final String ID = "databricks.s3.bucket-policy";

  static final DatabricksPattern PATTERN = PatternSpec.builder(ID)
      .description("Bucket policy giving MyRoleB list, read and write access to the bucket, in both forms the "
          + "documentation prints")
      .seeds("001")
      .required("bucket", "the name of the S3 bucket in the bucket owner's account")
      .required("bucketOwnerAccountId", "the AWS account ID of the bucket owner (Account B), where MyRoleB lives")
      .optional("roleB", "MyRoleB", "the name of the role in the bucket owner's account that the policy names")
      .optional("withPrincipal", "true", "true: each statement names MyRoleB as its Principal (the form S3 "
          + "accepts); false: the documentation's first form, without Principal")
      .render(p -> PatternOutput.of(builder()
          .bucket(p.string("bucket"))
          .bucketOwnerAccountId(p.accountId("bucketOwnerAccountId"))
          .roleB(p.string("roleB"))
          .withPrincipal(p.bool("withPrincipal"))
          .build()));

  private S3BucketPolicy() {}

  /** Returns a builder; the bucket and the bucket owner's account ID are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the bucket policy. */
  public static final class Builder {
    private @Nullable String bucket;
    private @Nullable AccountId bucketOwnerAccountId;
    private String roleB = "MyRoleB";
    private boolean withPrincipal = true;

    private Builder() {}

    /**
     * The bucket's name. Required.
     *
     * @throws ParameterException if it breaks the S3 bucket naming rules
     */
    public Builder bucket(String value) {
      this.bucket = Validate.bucketName("bucket", Objects.requireNonNull(value, "bucket == null"), false);
      return this;
    }

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
     * The name of the role the policy grants access to; by default {@code MyRoleB}.
     *
     * @throws ParameterException if it is not a valid IAM role name
     */
    public Builder roleB(String value) {
      this.roleB = Validate.roleName("roleB", Objects.requireNonNull(value, "roleB == null"));
      return this;
    }

    /**
     * Whether each statement names MyRoleB as its {@code Principal}; by default true. False gives the seed's first
     * form, which S3 refuses as a bucket policy.
     */
    public Builder withPrincipal(boolean value) {
      this.withPrincipal = value;
      return this;
    }

    /**
     * Returns the bucket policy.
     *
     * @throws ParameterException if the bucket or the bucket owner's account ID was not given
     */
    public PolicyDocument build() {
      if (bucket == null) {
        throw new ParameterException("bucket", null, "is required by " + ID);
      }
      if (bucketOwnerAccountId == null) {
        throw new ParameterException("bucketOwnerAccountId", null, "is required by " + ID);
      }
      Arn bucketArn = Arn.bucket(Partition.AWS, bucket);
      Statement.Builder list = Statement.allow("s3:GetBucketLocation", "s3:ListBucket")
          .actionForm(ValueForm.ARRAY)
          .addResource(Resource.of(bucketArn));
      Statement.Builder objects = Statement.allow("s3:PutObject", "s3:PutObjectAcl", "s3:GetObject",
              "s3:DeleteObject")
          .actionForm(ValueForm.ARRAY)
          .addResource(Resource.of(bucketArn.withResource(bucket + "/*")));
      if (withPrincipal) {
        Principal myRoleB = Principal.builder()
            .addAws(Arn.role(Partition.AWS, bucketOwnerAccountId, roleB).toString())
            .form(PrincipalType.AWS, ValueForm.ARRAY)
            .build();
        list.principal(myRoleB);
        objects.principal(myRoleB);
      } else {
        list.resourceForm(ValueForm.ARRAY);
        objects.resourceForm(ValueForm.ARRAY);
      }
      return PolicyDocument.of(list.build(), objects.build());
    }
  }
}
