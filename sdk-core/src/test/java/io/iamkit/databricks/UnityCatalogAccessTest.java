package io.iamkit.databricks;

import static io.iamkit.testing.JsonTrees.assertSameTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnityCatalogAccessTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DatabricksPattern PATTERN = DatabricksPatterns.get("databricks.uc.access");
  private static final String KEY = "arn:aws:kms:us-west-2:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab";

  private static final String S3 = """
      {
        "Effect": "Allow",
        "Action": [
          "s3:GetObject",
          "s3:PutObject",
          "s3:DeleteObject",
          "s3:ListBucket",
          "s3:GetBucketLocation",
          "s3:ListBucketMultipartUploads",
          "s3:ListMultipartUploadParts",
          "s3:AbortMultipartUpload"
        ],
        "Resource": [
          "arn:%1$s:s3:::acme-uc/*",
          "arn:%1$s:s3:::acme-uc"
        ]
      }""";
  private static final String SELF_ASSUME = """
      {
        "Effect": "Allow",
        "Action": [
          "sts:AssumeRole"
        ],
        "Resource": [
          "arn:%1$s:iam::444455556666:role/uc-role"
        ]
      }""";
  private static final String KMS = """
      {
        "Effect": "Allow",
        "Action": [
          "kms:Decrypt",
          "kms:Encrypt",
          "kms:GenerateDataKey*"
        ],
        "Resource": [
          "%2$s"
        ]
      }""";
  private static final String FILE_EVENTS = """
      {
        "Sid": "ManagedFileEventsSetupStatement",
        "Effect": "Allow",
        "Action": [
          "s3:GetBucketNotification",
          "s3:PutBucketNotification",
          "sns:ListSubscriptionsByTopic",
          "sns:GetTopicAttributes",
          "sns:SetTopicAttributes",
          "sns:CreateTopic",
          "sns:TagResource",
          "sns:Publish",
          "sns:Subscribe",
          "sqs:CreateQueue",
          "sqs:DeleteMessage",
          "sqs:ReceiveMessage",
          "sqs:SendMessage",
          "sqs:GetQueueUrl",
          "sqs:GetQueueAttributes",
          "sqs:SetQueueAttributes",
          "sqs:TagQueue",
          "sqs:ChangeMessageVisibility",
          "sqs:PurgeQueue"
        ],
        "Resource": [
          "arn:%1$s:s3:::acme-uc",
          "arn:%1$s:sqs:*:444455556666:csms-*",
          "arn:%1$s:sns:*:444455556666:csms-*"
        ]
      },
      {
        "Sid": "ManagedFileEventsListStatement",
        "Effect": "Allow",
        "Action": [
          "sqs:ListQueues",
          "sqs:ListQueueTags",
          "sns:ListTopics"
        ],
        "Resource": [
          "arn:%1$s:sqs:*:444455556666:csms-*",
          "arn:%1$s:sns:*:444455556666:csms-*"
        ]
      },
      {
        "Sid": "ManagedFileEventsTeardownStatement",
        "Effect": "Allow",
        "Action": [
          "sns:Unsubscribe",
          "sns:DeleteTopic",
          "sqs:DeleteQueue"
        ],
        "Resource": [
          "arn:%1$s:sqs:*:444455556666:csms-*",
          "arn:%1$s:sns:*:444455556666:csms-*"
        ]
      }""";

  /** The whole document holding {@code statements}, ARNs in {@code partition}, the KMS key {@code key}. */
  private static String document(String partition, String key, String... statements) {
    return ("{\"Version\": \"2012-10-17\", \"Statement\": [" + String.join(",", statements) + "]}")
        .formatted(partition, key);
  }

  private static void assertDocument(PolicyDocument document, String expected) throws IOException {
    assertSameTree(MAPPER.readTree(PolicyWriter.pretty().write(document)), MAPPER.readTree(expected));
  }

  private static UnityCatalogAccess.Builder complete() {
    return UnityCatalogAccess.builder().bucket("acme-uc").accountId("444455556666").roleName("uc-role");
  }

  private static Map<String, String> parameters() {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("bucket", "acme-uc");
    parameters.put("accountId", "444455556666");
    parameters.put("roleName", "uc-role");
    return parameters;
  }

  @Test
  void build_byDefault_isTheReferencesPermissionsWithFileEvents() throws IOException {
    assertDocument(complete().build(), document("aws", "", S3, SELF_ASSUME, FILE_EVENTS));
  }

  @Test
  void build_withTypedValues_isTheSameDocument() throws IOException {
    PolicyDocument document = UnityCatalogAccess.builder()
        .bucket("acme-uc")
        .accountId(AccountId.of("444455556666"))
        .roleName("uc-role")
        .kmsKeyArn(Arn.parse(KEY))
        .fileEvents(true)
        .partition(DatabricksPartition.AWS)
        .build();

    assertDocument(document, document("aws", KEY, S3, SELF_ASSUME, KMS, FILE_EVENTS));
  }

  @Test
  void build_withAKmsKey_addsTheKeyStatementAfterTheSelfAssumeStatement() throws IOException {
    assertDocument(complete().kmsKeyArn(KEY).build(), document("aws", KEY, S3, SELF_ASSUME, KMS, FILE_EVENTS));
  }

  @Test
  void build_withoutFileEvents_leavesOutTheThreeFileEventsStatements() throws IOException {
    assertDocument(complete().fileEvents(false).build(), document("aws", "", S3, SELF_ASSUME));
  }

  @Test
  void build_withAKmsKeyAndWithoutFileEvents_endsWithTheKeyStatement() throws IOException {
    assertDocument(complete().kmsKeyArn(KEY).fileEvents(false).build(),
        document("aws", KEY, S3, SELF_ASSUME, KMS));
  }

  @Test
  void render_inGovCloudDod_writesEveryArnInTheGovCloudPartition() throws IOException {
    String govKey = "arn:aws-us-gov:kms:us-gov-west-1:444455556666:key/mrk-1234abcd12ab34cd56ef1234567890ab";
    Map<String, String> parameters = parameters();
    parameters.put("partition", "aws-us-gov-dod");
    parameters.put("kmsKeyArn", govKey);

    assertDocument(PATTERN.render(parameters).document().orElseThrow(),
        document("aws-us-gov", govKey, S3, SELF_ASSUME, KMS, FILE_EVENTS));
  }

  @Test
  void render_throughTheCatalog_isTheBuildersDocument() throws IOException {
    Map<String, String> parameters = parameters();
    parameters.put("kmsKeyArn", KEY);
    parameters.put("fileEvents", "false");

    PolicyDocument document = PATTERN.render(parameters).document().orElseThrow();

    assertThat(document).isEqualTo(complete().kmsKeyArn(KEY).fileEvents(false).build());
    assertDocument(document, document("aws", KEY, S3, SELF_ASSUME, KMS));
  }

  @Test
  void catalog_declaresTheContractsParametersAndDefaults() {
    assertThat(PATTERN.parameters()).extracting(PatternParameter::name)
        .containsExactly("bucket", "accountId", "roleName", "kmsKeyArn", "fileEvents", "partition");
    assertThat(PATTERN.parameters()).extracting(PatternParameter::required)
        .containsExactly(true, true, true, false, false, false);
    assertThat(PATTERN.parameters()).extracting(p -> p.defaultValue().orElse(null))
        .containsExactly(null, null, null, null, "true", "aws");
  }

  // The Terraform generator turns a bare key name into the invalid ARN arn:aws:kms:<name>; iamkit refuses it.
  @Test
  void kmsKeyArn_aBareKeyName_isRefused() {
    assertThatThrownBy(() -> complete().kmsKeyArn("my-key"))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter kmsKeyArn \"my-key\" must be a KMS key ARN: "
            + "arn:<partition>:kms:<region>:<account-id>:key/<key-id> (a bare key ID or alias is not enough)");
  }

  @Test
  void render_withAnAliasArn_isRefused() {
    Map<String, String> parameters = parameters();
    parameters.put("kmsKeyArn", "arn:aws:kms:us-west-2:444455556666:alias/uc-key");

    assertThatThrownBy(() -> PATTERN.render(parameters))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter kmsKeyArn \"arn:aws:kms:us-west-2:444455556666:alias/uc-key\" must be a KMS key ARN: "
            + "arn:<partition>:kms:<region>:<account-id>:key/<key-id>");
  }

  @Test
  void build_withACommercialKeyInGovCloud_isRefused() {
    assertThatThrownBy(() -> complete().kmsKeyArn(KEY).partition(DatabricksPartition.AWS_US_GOV).build())
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter kmsKeyArn \"" + KEY + "\" must be in the aws-us-gov partition of the aws-us-gov "
            + "deployment");
  }

  @Test
  void render_withFileEventsNeitherTrueNorFalse_isRefused() {
    Map<String, String> parameters = parameters();
    parameters.put("fileEvents", "yes");

    assertThatThrownBy(() -> PATTERN.render(parameters))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter fileEvents \"yes\" must be true or false");
  }

  // Unity Catalog refuses buckets with dots, although S3 allows them.
  @Test
  void bucket_withDots_isRefused() {
    assertThatThrownBy(() -> UnityCatalogAccess.builder().bucket("acme.uc"))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucket \"acme.uc\" must not contain dots: Unity Catalog refuses such buckets");
  }

  @Test
  void build_withoutEachRequiredValue_namesIt() {
    assertThatThrownBy(() -> UnityCatalogAccess.builder().accountId("444455556666").roleName("uc-role").build())
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucket is required by databricks.uc.access");
    assertThatThrownBy(() -> UnityCatalogAccess.builder().bucket("acme-uc").roleName("uc-role").build())
        .hasMessage("Parameter accountId is required by databricks.uc.access");
    assertThatThrownBy(() -> UnityCatalogAccess.builder().bucket("acme-uc").accountId("444455556666").build())
        .hasMessage("Parameter roleName is required by databricks.uc.access");
  }

  @Test
  void render_withoutBucket_namesIt() {
    Map<String, String> parameters = parameters();
    parameters.remove("bucket");

    assertThatThrownBy(() -> PATTERN.render(parameters))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucket is required by databricks.uc.access: the S3 bucket of the storage credential "
            + "(Unity Catalog naming rules: no dots)");
  }
}
