package io.iamkit.databricks;

import static io.iamkit.testing.JsonTrees.assertSameTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamkit.policy.Arn;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java API and the catalog entry of {@code databricks.storage-config.bucket-policy}, whole documents. */
class StorageConfigBucketPolicyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DatabricksPattern PATTERN = DatabricksPatterns.get("databricks.storage-config.bucket-policy");

  @Test
  void build_withABucket_isTheReferenceDocument() {
    PolicyDocument document = StorageConfigBucketPolicy.builder().bucket("abc").build();

    assertSameTree(tree(document), fixture("storage-config-bucket-policy.json"));
  }

  @Test
  void render_bucket_isTheBuildersDocument() {
    PolicyDocument rendered = PATTERN.render(Map.of("bucket", "my-workspace-root")).document().orElseThrow();

    assertSameTree(tree(rendered), parse("""
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Action": ["s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket",
                         "s3:GetBucketLocation"],
              "Resource": ["arn:aws:s3:::my-workspace-root/*", "arn:aws:s3:::my-workspace-root"],
              "Principal": {"AWS": "arn:aws:iam::414351767826:root"}
            }
          ]
        }"""));
  }

  @Test
  void render_inGovCloud_namesTheGovCloudDatabricksAccountAndBucketArns() {
    PolicyDocument rendered = PATTERN.render(Map.of("bucket", "abc", "partition", "aws-us-gov"))
        .document().orElseThrow();

    assertSameTree(tree(rendered), parse("""
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Action": ["s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket",
                         "s3:GetBucketLocation"],
              "Resource": ["arn:aws-us-gov:s3:::abc/*", "arn:aws-us-gov:s3:::abc"],
              "Principal": {"AWS": "arn:aws-us-gov:iam::044793339203:root"}
            }
          ]
        }"""));
  }

  @Test
  void build_inGovCloudDod_namesTheDodDatabricksAccountInAwsUsGov() {
    PolicyDocument document = StorageConfigBucketPolicy.builder()
        .bucket("abc")
        .partition(DatabricksPartition.AWS_US_GOV_DOD)
        .build();

    assertSameTree(tree(document), parse("""
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Action": ["s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket",
                         "s3:GetBucketLocation"],
              "Resource": ["arn:aws-us-gov:s3:::abc/*", "arn:aws-us-gov:s3:::abc"],
              "Principal": {"AWS": "arn:aws-us-gov:iam::170661010020:root"}
            }
          ]
        }"""));
  }

  @Test
  void render_fullAccessRole_replacesTheDatabricksPrincipal() {
    PolicyDocument rendered = PATTERN.render(Map.of("bucket", "abc",
        "fullAccessRole", "arn:aws:iam::111122223333:role/log-delivery")).document().orElseThrow();

    assertSameTree(tree(rendered), parse("""
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Action": ["s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket",
                         "s3:GetBucketLocation"],
              "Resource": ["arn:aws:s3:::abc/*", "arn:aws:s3:::abc"],
              "Principal": {"AWS": "arn:aws:iam::111122223333:role/log-delivery"}
            }
          ]
        }"""));
  }

  @Test
  void build_databricksAccountId_addsThePrincipalTagConditionLast() {
    PolicyDocument document = StorageConfigBucketPolicy.builder()
        .bucket("abc")
        .databricksAccountId("0a1b2c3d-4e5f-6789-abcd-ef0123456789")
        .build();

    assertSameTree(tree(document), parse("""
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Action": ["s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket",
                         "s3:GetBucketLocation"],
              "Resource": ["arn:aws:s3:::abc/*", "arn:aws:s3:::abc"],
              "Principal": {"AWS": "arn:aws:iam::414351767826:root"},
              "Condition": {"StringEquals": {"aws:PrincipalTag/DatabricksAccountId": "0a1b2c3d-4e5f-6789-abcd-ef0123456789"}}
            }
          ]
        }"""));
  }

  @Test
  void build_fullAccessRoleAndDatabricksAccountIdInGovCloud_combineBoth() {
    PolicyDocument document = StorageConfigBucketPolicy.builder()
        .bucket("abc")
        .partition(DatabricksPartition.AWS_US_GOV)
        .fullAccessRole(Arn.parse("arn:aws-us-gov:iam::111122223333:role/path/full-access"))
        .databricksAccountId("0a1b2c3d-4e5f-6789-abcd-ef0123456789")
        .build();

    assertSameTree(tree(document), parse("""
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Action": ["s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket",
                         "s3:GetBucketLocation"],
              "Resource": ["arn:aws-us-gov:s3:::abc/*", "arn:aws-us-gov:s3:::abc"],
              "Principal": {"AWS": "arn:aws-us-gov:iam::111122223333:role/path/full-access"},
              "Condition": {"StringEquals": {"aws:PrincipalTag/DatabricksAccountId": "0a1b2c3d-4e5f-6789-abcd-ef0123456789"}}
            }
          ]
        }"""));
  }

  @Test
  void render_withoutBucket_namesTheMissingParameter() {
    assertThatThrownBy(() -> PATTERN.render(Map.of()))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucket is required by databricks.storage-config.bucket-policy: the workspace root "
            + "bucket");
  }

  @Test
  void build_withoutBucket_namesTheMissingParameter() {
    assertThatThrownBy(() -> StorageConfigBucketPolicy.builder().build())
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucket is required by databricks.storage-config.bucket-policy");
  }

  @Test
  void render_badValues_nameParameterValueAndRule() {
    assertThatThrownBy(() -> PATTERN.render(Map.of("bucket", "My_Bucket")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucket \"My_Bucket\" must be an S3 bucket name: 3 to 63 lower-case letters, digits, "
            + "dots and hyphens, starting and ending with a letter or digit");
    assertThatThrownBy(() -> PATTERN.render(Map.of("bucket", "abc",
        "fullAccessRole", "arn:aws:iam::111122223333:user/alice")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter fullAccessRole \"arn:aws:iam::111122223333:user/alice\" must be an IAM role ARN: "
            + "arn:<partition>:iam::<account-id>:role/<name>");
    assertThatThrownBy(() -> PATTERN.render(Map.of("bucket", "abc", "databricksAccountId", "my account")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter databricksAccountId \"my account\" must be a Databricks account ID: may hold only "
            + "letters, digits and _+=,.@:/- (character 3 is not allowed)");
    assertThatThrownBy(() -> PATTERN.render(Map.of("bucket", "abc", "partition", "aws-cn")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter partition \"aws-cn\" must be one of aws, aws-us-gov, aws-us-gov-dod (Databricks has "
            + "no China deployment)");
  }

  @Test
  void render_fullAccessRoleInAnotherPartition_isRefused() {
    assertThatThrownBy(() -> PATTERN.render(Map.of("bucket", "abc", "partition", "aws-us-gov",
        "fullAccessRole", "arn:aws:iam::111122223333:role/log-delivery")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter fullAccessRole \"arn:aws:iam::111122223333:role/log-delivery\" is not in partition "
            + "aws-us-gov of the aws-us-gov deployment");
  }

  @Test
  void catalogEntry_declaresTheContractParameters() {
    assertThat(PATTERN.seeds()).containsExactly("003");
    assertThat(PATTERN.parameters()).extracting(PatternParameter::toString)
        .containsExactly("bucket*", "partition (aws)", "fullAccessRole", "databricksAccountId");
  }

  private static JsonNode tree(PolicyDocument document) {
    return parse(PolicyWriter.pretty().write(document));
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode fixture(String name) {
    try (InputStream in = StorageConfigBucketPolicyTest.class.getResourceAsStream("/databricks/" + name)) {
      return MAPPER.readTree(in).get("document");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
