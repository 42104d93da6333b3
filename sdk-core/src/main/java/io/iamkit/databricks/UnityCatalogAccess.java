package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Action;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Effect;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import io.iamkit.policy.ValueForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pattern {@code databricks.uc.access}: the permissions policy of a Unity Catalog storage-credential role. It
 * allows the object and multipart-upload actions on the bucket, lets the role assume itself, optionally lets it
 * use the bucket's KMS key, and by default allows the SNS topics and SQS queues of Databricks file events.
 *
 * <pre>{@code
 * PolicyDocument access = UnityCatalogAccess.builder()
 *     .bucket("acme-uc-external")
 *     .accountId("111122223333")
 *     .roleName("uc-external-location")
 *     .kmsKeyArn("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")
 *     .build();
 * }</pre>
 *
 * <p>Seeds 002 and 003 name these permissions without printing them for a storage credential alone (seed 002's
 * staging policy is {@link StagingAccess}); the document is the one of DATABRICKS-REFERENCE.md, "Unity Catalog
 * storage credential: permissions": an unnamed S3 statement, an unnamed self-assume statement and the three
 * {@code ManagedFileEvents*} statements. Those three serve Databricks file events only (the SNS topics and SQS
 * queues named {@code csms-*} in your account), and {@link Builder#fileEvents(boolean) fileEvents(false)} leaves
 * them out.
 *
 * <p>With a KMS key, one more statement allows {@code kms:Decrypt}, {@code kms:Encrypt} and
 * {@code kms:GenerateDataKey*} on the key: the reference says so in prose and prints no JSON for it. iamkit
 * writes it without a Sid, with {@code Action} and {@code Resource} as arrays like the two statements before it,
 * and places it after the self-assume statement, before the file-events statements. The key ARN must be a
 * complete KMS key ARN in the deployment's partition: a bare key ID or alias is refused rather than turned into an
 * invalid ARN. The bucket follows Unity Catalog's naming rules (no dots). The ARN partition comes from
 * {@link DatabricksPartition}. Its trust policy is {@link UnityCatalogTrust}.
 */
public final class UnityCatalogAccess {
  static final String ID = "databricks.uc.access";

  static final DatabricksPattern PATTERN = PatternSpec.builder(ID)
      .description("Unity Catalog storage permissions: bucket, self-assume, optional KMS key, optional file events "
          + "(SQS/SNS)")
      .seeds("002", "003")
      .required("bucket", "the S3 bucket of the storage credential (Unity Catalog naming rules: no dots)")
      .required("accountId", "the AWS account ID that owns the role")
      .required("roleName", "the name of this role, which must be allowed to assume itself")
      .optional("kmsKeyArn", "the ARN of the KMS key encrypting the bucket; adds kms:Decrypt, kms:Encrypt and "
          + "kms:GenerateDataKey* on it")
      .optional("fileEvents", "true", "whether to allow the SNS topics and SQS queues of Databricks file events")
      .partition()
      .render(p -> {
        Builder builder = builder()
            .bucket(p.string("bucket"))
            .accountId(p.accountId("accountId"))
            .roleName(p.string("roleName"))
            .fileEvents(p.bool("fileEvents"))
            .partition(p.partition());
        p.optional("kmsKeyArn").ifPresent(builder::kmsKeyArn);
        return PatternOutput.of(builder.build());
      });

  private UnityCatalogAccess() {}

  /** Returns a builder; the bucket, the account ID and the role name are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the storage-credential permissions policy. */
  public static final class Builder {
    private @Nullable String bucket;
    private @Nullable AccountId accountId;
    private @Nullable String roleName;
    private @Nullable Arn kmsKeyArn;
    private boolean fileEvents = true;
    private DatabricksPartition partition = DatabricksPartition.AWS;

    private Builder() {}

    /**
     * The S3 bucket of the storage credential. Required.
     *
     * @throws ParameterException if it breaks the S3 bucket naming rules or holds a dot (Unity Catalog refuses
     *     such buckets)
     */
    public Builder bucket(String value) {
      this.bucket = Validate.bucketName("bucket", Objects.requireNonNull(value, "bucket == null"), true);
      return this;
    }

    /** The AWS account that owns the role, and the file-events topics and queues. Required. */
    public Builder accountId(AccountId value) {
      this.accountId = Objects.requireNonNull(value, "accountId == null");
      return this;
    }

    /**
     * The AWS account that owns the role, and the file-events topics and queues. Required.
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
     * The KMS key encrypting the bucket; adds a statement allowing {@code kms:Decrypt}, {@code kms:Encrypt} and
     * {@code kms:GenerateDataKey*} on it. Optional; by default there is none.
     *
     * @throws ParameterException if it is not a KMS key ARN
     */
    public Builder kmsKeyArn(Arn value) {
      return kmsKeyArn(Objects.requireNonNull(value, "kmsKeyArn == null").toString());
    }

    /**
     * The ARN of the KMS key encrypting the bucket, {@code arn:<partition>:kms:<region>:<account-id>:key/<key-id>};
     * adds a statement allowing {@code kms:Decrypt}, {@code kms:Encrypt} and {@code kms:GenerateDataKey*} on it.
     * Optional; by default there is none.
     *
     * @throws ParameterException if it is not a KMS key ARN (a bare key ID or alias is refused)
     */
    public Builder kmsKeyArn(String value) {
      this.kmsKeyArn = Validate.kmsKeyArn("kmsKeyArn", Objects.requireNonNull(value, "kmsKeyArn == null"));
      return this;
    }

    /**
     * Whether to add the three {@code ManagedFileEvents*} statements for Databricks file events; by default true.
     */
    public Builder fileEvents(boolean value) {
      this.fileEvents = value;
      return this;
    }

    /** The Databricks deployment, which names the ARN partition; by default {@link DatabricksPartition#AWS}. */
    public Builder partition(DatabricksPartition value) {
      this.partition = Objects.requireNonNull(value, "partition == null");
      return this;
    }

    /**
     * Returns the permissions policy.
     *
     * @throws ParameterException if the bucket, the account ID or the role name was not given, or the KMS key is
     *     in another partition than the deployment
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
      String arnPartition = partition.arnPartition().id();
      if (kmsKeyArn != null && !kmsKeyArn.partition().equals(arnPartition)) {
        throw new ParameterException("kmsKeyArn", kmsKeyArn.toString(), "must be in the " + arnPartition
            + " partition of the " + partition.id() + " deployment");
      }
      Arn bucketArn = Arn.bucket(partition.arnPartition(), bucket);
      List<Statement> statements = new ArrayList<>();
      statements.add(Statement.builder()
          .effect(Effect.ALLOW)
          .addActions("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket", "s3:GetBucketLocation",
              "s3:ListBucketMultipartUploads", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload")
          .addResource(Resource.of(bucketArn + "/*"))
          .addResource(Resource.of(bucketArn))
          .actionForm(ValueForm.ARRAY)
          .resourceForm(ValueForm.ARRAY)
          .build());
      statements.add(Statement.builder()
          .effect(Effect.ALLOW)
          .addAction(Action.STS_ASSUME_ROLE)
          .addResource(Resource.of(Arn.role(partition.arnPartition(), accountId, roleName)))
          .actionForm(ValueForm.ARRAY)
          .resourceForm(ValueForm.ARRAY)
          .build());
      if (kmsKeyArn != null) {
        statements.add(Statement.builder()
            .effect(Effect.ALLOW)
            .addActions("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey*")
            .addResource(Resource.of(kmsKeyArn))
            .actionForm(ValueForm.ARRAY)
            .resourceForm(ValueForm.ARRAY)
            .build());
      }
      if (fileEvents) {
        Resource queues = Resource.of(Arn.of(arnPartition, "sqs", "*", accountId.value(), "csms-*"));
        Resource topics = Resource.of(Arn.of(arnPartition, "sns", "*", accountId.value(), "csms-*"));
        statements.add(Statement.builder()
            .sid("ManagedFileEventsSetupStatement")
            .effect(Effect.ALLOW)
            .addActions("s3:GetBucketNotification", "s3:PutBucketNotification", "sns:ListSubscriptionsByTopic",
                "sns:GetTopicAttributes", "sns:SetTopicAttributes", "sns:CreateTopic", "sns:TagResource",
                "sns:Publish", "sns:Subscribe", "sqs:CreateQueue", "sqs:DeleteMessage", "sqs:ReceiveMessage",
                "sqs:SendMessage", "sqs:GetQueueUrl", "sqs:GetQueueAttributes", "sqs:SetQueueAttributes",
                "sqs:TagQueue", "sqs:ChangeMessageVisibility", "sqs:PurgeQueue")
            .addResource(Resource.of(bucketArn))
            .addResource(queues)
            .addResource(topics)
            .build());
        statements.add(Statement.builder()
            .sid("ManagedFileEventsListStatement")
            .effect(Effect.ALLOW)
            .addActions("sqs:ListQueues", "sqs:ListQueueTags", "sns:ListTopics")
            .addResource(queues)
            .addResource(topics)
            .build());
        statements.add(Statement.builder()
            .sid("ManagedFileEventsTeardownStatement")
            .effect(Effect.ALLOW)
            .addActions("sns:Unsubscribe", "sns:DeleteTopic", "sqs:DeleteQueue")
            .addResource(queues)
            .addResource(topics)
            .build());
      }
      return PolicyDocument.of(statements);
    }
  }
}
