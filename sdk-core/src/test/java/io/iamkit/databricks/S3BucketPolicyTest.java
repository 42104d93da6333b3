package io.iamkit.databricks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class S3BucketPolicyTest {
  private static final String ID = "databricks.s3.bucket-policy";

  // Seed 001, Step 2, "Add the role (Principal) MyRoleB to the bucket policy".
  private static final String WITH_PRINCIPAL = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": {
              "AWS": [
                "arn:aws:iam::444455556666:role/MyRoleB"
              ]
            },
            "Action": [
              "s3:GetBucketLocation",
              "s3:ListBucket"
            ],
            "Resource": "arn:aws:s3:::acme-shared-data"
          },
          {
            "Effect": "Allow",
            "Principal": {
              "AWS": [
                "arn:aws:iam::444455556666:role/MyRoleB"
              ]
            },
            "Action": [
              "s3:PutObject",
              "s3:PutObjectAcl",
              "s3:GetObject",
              "s3:DeleteObject"
            ],
            "Resource": "arn:aws:s3:::acme-shared-data/*"
          }
        ]
      }""";

  // Seed 001, Step 2, "Create a bucket policy for the bucket": no Principal, resources as one-element arrays.
  private static final String WITHOUT_PRINCIPAL = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Action": [
              "s3:GetBucketLocation",
              "s3:ListBucket"
            ],
            "Resource": [
              "arn:aws:s3:::acme-shared-data"
            ]
          },
          {
            "Effect": "Allow",
            "Action": [
              "s3:PutObject",
              "s3:PutObjectAcl",
              "s3:GetObject",
              "s3:DeleteObject"
            ],
            "Resource": [
              "arn:aws:s3:::acme-shared-data/*"
            ]
          }
        ]
      }""";

  private static S3BucketPolicy.Builder acmeSharedData() {
    return S3BucketPolicy.builder().bucket("acme-shared-data").bucketOwnerAccountId("444455556666");
  }

  private static String pretty(PolicyDocument document) {
    return PolicyWriter.pretty().write(document);
  }

  private static String render(Map<String, String> values) {
    return pretty(DatabricksPatterns.get(ID).render(values).document().orElseThrow());
  }

  @Test
  void build_withBucketAndOwnerOnly_isTheSeedsPolicyWithMyRoleBAsPrincipal() {
    assertThat(pretty(acmeSharedData().build())).isEqualTo(WITH_PRINCIPAL);
  }

  @Test
  void build_typedAccountId_isTheSameAsItsStringTwin() {
    assertThat(S3BucketPolicy.builder().bucket("acme-shared-data").bucketOwnerAccountId(AccountId.of("444455556666"))
        .build()).isEqualTo(acmeSharedData().build());
  }

  @Test
  void render_withBucketAndOwnerOnly_isTheSeedsPolicyWithMyRoleBAsPrincipal() {
    assertThat(render(Map.of("bucket", "acme-shared-data", "bucketOwnerAccountId", "444455556666")))
        .isEqualTo(WITH_PRINCIPAL);
  }

  @Test
  void withPrincipal_false_isTheSeedsFirstFormWithoutPrincipal() {
    assertThat(pretty(acmeSharedData().withPrincipal(false).build())).isEqualTo(WITHOUT_PRINCIPAL);
    assertThat(render(Map.of("bucket", "acme-shared-data", "bucketOwnerAccountId", "444455556666",
        "withPrincipal", "false"))).isEqualTo(WITHOUT_PRINCIPAL);
  }

  @Test
  void withPrincipal_true_isTheDefault() {
    assertThat(pretty(acmeSharedData().withPrincipal(true).build())).isEqualTo(WITH_PRINCIPAL);
    assertThat(render(Map.of("bucket", "acme-shared-data", "bucketOwnerAccountId", "444455556666",
        "withPrincipal", "true"))).isEqualTo(WITH_PRINCIPAL);
  }

  @Test
  void bucket_otherName_isTheBucketOfBothResources() {
    String expected = WITH_PRINCIPAL.replace("acme-shared-data", "acme.reports.eu");

    assertThat(pretty(S3BucketPolicy.builder().bucket("acme.reports.eu").bucketOwnerAccountId("444455556666")
        .build())).isEqualTo(expected);
    assertThat(render(Map.of("bucket", "acme.reports.eu", "bucketOwnerAccountId", "444455556666")))
        .isEqualTo(expected);
  }

  @Test
  void bucketOwnerAccountId_otherAccount_isTheAccountOfThePrincipal() {
    String expected = WITH_PRINCIPAL.replace("444455556666", "999988887777");

    assertThat(pretty(acmeSharedData().bucketOwnerAccountId("999988887777").build())).isEqualTo(expected);
    assertThat(render(Map.of("bucket", "acme-shared-data", "bucketOwnerAccountId", "999988887777")))
        .isEqualTo(expected);
  }

  @Test
  void roleB_otherName_isThePrincipalOfBothStatements() {
    String expected = WITH_PRINCIPAL.replace("role/MyRoleB", "role/shared-data-reader");

    assertThat(pretty(acmeSharedData().roleB("shared-data-reader").build())).isEqualTo(expected);
    assertThat(render(Map.of("bucket", "acme-shared-data", "bucketOwnerAccountId", "444455556666",
        "roleB", "shared-data-reader"))).isEqualTo(expected);
  }

  @Test
  void roleB_withoutPrincipal_changesNothing() {
    assertThat(pretty(acmeSharedData().roleB("shared-data-reader").withPrincipal(false).build()))
        .isEqualTo(WITHOUT_PRINCIPAL);
  }

  @Test
  void build_withoutBucket_namesTheMissingParameter() {
    assertThatThrownBy(() -> S3BucketPolicy.builder().bucketOwnerAccountId("444455556666").build())
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucket is required by databricks.s3.bucket-policy");
  }

  @Test
  void build_withoutBucketOwnerAccountId_namesTheMissingParameter() {
    assertThatThrownBy(() -> S3BucketPolicy.builder().bucket("acme-shared-data").build())
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucketOwnerAccountId is required by databricks.s3.bucket-policy");
  }

  @Test
  void render_withoutBucket_namesAndDescribesTheMissingParameter() {
    assertThatThrownBy(() -> DatabricksPatterns.get(ID).render(Map.of("bucketOwnerAccountId", "444455556666")))
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucket is required by databricks.s3.bucket-policy: the name of the S3 bucket in the "
            + "bucket owner's account");
  }

  @Test
  void render_withoutBucketOwnerAccountId_namesAndDescribesTheMissingParameter() {
    assertThatThrownBy(() -> DatabricksPatterns.get(ID).render(Map.of("bucket", "acme-shared-data")))
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucketOwnerAccountId is required by databricks.s3.bucket-policy: the AWS account ID "
            + "of the bucket owner (Account B), where MyRoleB lives");
  }

  // S3 bucket names are lower case.
  @Test
  void bucket_withUpperCaseAndUnderscore_isRefusedByBothApis() {
    String message = "Parameter bucket \"Acme_Shared_Data\" must be an S3 bucket name: 3 to 63 lower-case letters, "
        + "digits, dots and hyphens, starting and ending with a letter or digit";

    assertThatThrownBy(() -> S3BucketPolicy.builder().bucket("Acme_Shared_Data"))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
    assertThatThrownBy(() -> DatabricksPatterns.get(ID)
        .render(Map.of("bucket", "Acme_Shared_Data", "bucketOwnerAccountId", "444455556666")))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
  }

  @Test
  void bucketOwnerAccountId_notTwelveDigits_isRefusedByBothApis() {
    String message = "Parameter bucketOwnerAccountId \"44445555666\" must be an AWS account ID: exactly 12 digits";

    assertThatThrownBy(() -> S3BucketPolicy.builder().bucketOwnerAccountId("44445555666"))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
    assertThatThrownBy(() -> DatabricksPatterns.get(ID)
        .render(Map.of("bucket", "acme-shared-data", "bucketOwnerAccountId", "44445555666")))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
  }

  @Test
  void roleB_withASlash_isRefusedByBothApis() {
    String message = "Parameter roleB \"team/MyRoleB\" must be an IAM role name: 1 to 64 characters of letters, "
        + "digits and +=,.@_-";

    assertThatThrownBy(() -> S3BucketPolicy.builder().roleB("team/MyRoleB"))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
    assertThatThrownBy(() -> DatabricksPatterns.get(ID).render(Map.of("bucket", "acme-shared-data",
        "bucketOwnerAccountId", "444455556666", "roleB", "team/MyRoleB")))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
  }

  @Test
  void render_withPrincipalNotABoolean_isRefused() {
    assertThatThrownBy(() -> DatabricksPatterns.get(ID).render(Map.of("bucket", "acme-shared-data",
        "bucketOwnerAccountId", "444455556666", "withPrincipal", "yes")))
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter withPrincipal \"yes\" must be true or false");
  }

  @Test
  void catalog_declaresTheContractsParametersAndSeed() {
    DatabricksPattern pattern = DatabricksPatterns.get(ID);

    assertThat(pattern.parameters())
        .hasToString("[bucket*, bucketOwnerAccountId*, roleB (MyRoleB), withPrincipal (true)]");
    assertThat(pattern.seeds()).containsExactly("001");
  }
}
