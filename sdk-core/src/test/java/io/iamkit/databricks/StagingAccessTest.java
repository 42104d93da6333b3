package io.iamkit.databricks;

import static io.iamkit.testing.JsonTrees.assertSameTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StagingAccessTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DatabricksPattern PATTERN = DatabricksPatterns.get("databricks.staging.access");

  private static final String DOCUMENT = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "PolytomicAndDatabricksS3Access",
            "Effect": "Allow",
            "Action": [
              "s3:GetObject",
              "s3:ListBucket",
              "s3:PutObject",
              "s3:DeleteObject",
              "s3:GetBucketLocation",
              "s3:ListBucketMultipartUploads",
              "s3:ListMultipartUploadParts",
              "s3:AbortMultipartUpload"
            ],
            "Resource": [
              "arn:aws:s3:::acme-staging/*",
              "arn:aws:s3:::acme-staging"
            ]
          },
          {
            "Sid": "AllowSelfAssume",
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Resource": "arn:aws:iam::444455556666:role/staging-role"
          }
        ]
      }
      """;

  private static void assertDocument(PolicyDocument document, String expected) throws IOException {
    assertSameTree(MAPPER.readTree(PolicyWriter.pretty().write(document)), MAPPER.readTree(expected));
  }

  private static Map<String, String> parameters() {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("bucket", "acme-staging");
    parameters.put("accountId", "444455556666");
    parameters.put("roleName", "staging-role");
    return parameters;
  }

  @Test
  void build_withEveryParameter_isSeed002sPermissionsPolicy() throws IOException {
    PolicyDocument document = StagingAccess.builder()
        .bucket("acme-staging")
        .accountId("444455556666")
        .roleName("staging-role")
        .build();

    assertDocument(document, DOCUMENT);
  }

  @Test
  void build_withTypedAccountId_isTheSameDocument() throws IOException {
    PolicyDocument document = StagingAccess.builder()
        .bucket("acme-staging")
        .accountId(AccountId.of("444455556666"))
        .roleName("staging-role")
        .build();

    assertDocument(document, DOCUMENT);
  }

  @Test
  void render_throughTheCatalog_isTheBuildersDocument() throws IOException {
    PolicyDocument document = PATTERN.render(parameters()).document().orElseThrow();

    assertDocument(document, DOCUMENT);
    assertThat(document).isEqualTo(StagingAccess.builder()
        .bucket("acme-staging").accountId("444455556666").roleName("staging-role").build());
  }

  @Test
  void catalog_declaresTheContractsParameters() {
    assertThat(PATTERN.parameters()).extracting(PatternParameter::name)
        .containsExactly("bucket", "accountId", "roleName");
    assertThat(PATTERN.parameters()).allMatch(PatternParameter::required);
    assertThat(PATTERN.seeds()).containsExactly("002");
  }

  @Test
  void build_withoutBucket_namesTheMissingParameter() {
    assertThatThrownBy(() -> StagingAccess.builder().accountId("444455556666").roleName("staging-role").build())
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucket is required by databricks.staging.access");
  }

  @Test
  void build_withoutAccountId_namesTheMissingParameter() {
    assertThatThrownBy(() -> StagingAccess.builder().bucket("acme-staging").roleName("staging-role").build())
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter accountId is required by databricks.staging.access");
  }

  @Test
  void build_withoutRoleName_namesTheMissingParameter() {
    assertThatThrownBy(() -> StagingAccess.builder().bucket("acme-staging").accountId("444455556666").build())
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter roleName is required by databricks.staging.access");
  }

  @Test
  void render_withoutRoleName_namesTheMissingParameter() {
    Map<String, String> parameters = parameters();
    parameters.remove("roleName");

    assertThatThrownBy(() -> PATTERN.render(parameters))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter roleName is required by databricks.staging.access: the name of this role, which "
            + "must be allowed to assume itself");
  }

  @Test
  void render_withAPartition_refusesTheUnknownParameter() {
    Map<String, String> parameters = parameters();
    parameters.put("partition", "aws-us-gov");

    assertThatThrownBy(() -> PATTERN.render(parameters))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter partition is not a parameter of databricks.staging.access; it takes bucket, "
            + "accountId, roleName");
  }

  // Databricks reads the staging bucket through a Unity Catalog storage credential, which refuses dots.
  @Test
  void bucket_withDots_isRefused() {
    assertThatThrownBy(() -> StagingAccess.builder().bucket("acme.staging"))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucket \"acme.staging\" must not contain dots: Unity Catalog refuses such buckets");
  }

  @Test
  void render_withAnInvalidBucket_isRefused() {
    Map<String, String> parameters = parameters();
    parameters.put("bucket", "Acme_Staging");

    assertThatThrownBy(() -> PATTERN.render(parameters))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucket \"Acme_Staging\" must be an S3 bucket name: 3 to 63 lower-case letters, "
            + "digits, dots and hyphens, starting and ending with a letter or digit");
  }

  @Test
  void render_withAShortAccountId_isRefused() {
    Map<String, String> parameters = parameters();
    parameters.put("accountId", "4444");

    assertThatThrownBy(() -> PATTERN.render(parameters))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter accountId \"4444\" must be an AWS account ID: exactly 12 digits");
  }

  @Test
  void roleName_withASpace_isRefused() {
    assertThatThrownBy(() -> StagingAccess.builder().roleName("staging role"))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter roleName \"staging role\" must be an IAM role name: 1 to 64 characters of letters, "
            + "digits and +=,.@_-");
  }
}
