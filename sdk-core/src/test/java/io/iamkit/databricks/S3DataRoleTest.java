package io.iamkit.databricks;

import static io.iamkit.testing.JsonTrees.assertSameTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class S3DataRoleTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DatabricksPattern READ_ONLY = DatabricksPatterns.get("databricks.s3.read-only");
  private static final DatabricksPattern READ_WRITE = DatabricksPatterns.get("databricks.s3.read-write");

  private static final String READ_ONLY_BUCKET = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "BucketActions",
            "Effect": "Allow",
            "Action": ["s3:GetBucketLocation"],
            "Resource": ["arn:aws:s3:::acme-data-lake"]
          },
          {
            "Sid": "ListObjects",
            "Effect": "Allow",
            "Action": ["s3:ListBucket"],
            "Resource": ["arn:aws:s3:::acme-data-lake"]
          },
          {
            "Sid": "ReadObjects",
            "Effect": "Allow",
            "Action": ["s3:GetObject"],
            "Resource": ["arn:aws:s3:::acme-data-lake/*"]
          }
        ]
      }
      """;
  private static final String READ_ONLY_PREFIX = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "BucketActions",
            "Effect": "Allow",
            "Action": ["s3:GetBucketLocation"],
            "Resource": ["arn:aws:s3:::acme-data-lake"]
          },
          {
            "Sid": "ListObjects",
            "Effect": "Allow",
            "Action": ["s3:ListBucket"],
            "Resource": ["arn:aws:s3:::acme-data-lake"],
            "Condition": {"StringLike": {"s3:prefix": ["raw/events", "raw/events/*"]}}
          },
          {
            "Sid": "ReadObjects",
            "Effect": "Allow",
            "Action": ["s3:GetObject"],
            "Resource": ["arn:aws:s3:::acme-data-lake/raw/events/*"]
          }
        ]
      }
      """;
  private static final String READ_WRITE_BUCKET = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "BucketActions",
            "Effect": "Allow",
            "Action": ["s3:GetBucketLocation", "s3:ListBucketMultipartUploads"],
            "Resource": ["arn:aws:s3:::acme-data-lake"]
          },
          {
            "Sid": "ListObjects",
            "Effect": "Allow",
            "Action": ["s3:ListBucket"],
            "Resource": ["arn:aws:s3:::acme-data-lake"]
          },
          {
            "Sid": "ReadWriteObjects",
            "Effect": "Allow",
            "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload",
                "s3:ListMultipartUploadParts"],
            "Resource": ["arn:aws:s3:::acme-data-lake/*"]
          }
        ]
      }
      """;
  private static final String READ_WRITE_PREFIX = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "BucketActions",
            "Effect": "Allow",
            "Action": ["s3:GetBucketLocation", "s3:ListBucketMultipartUploads"],
            "Resource": ["arn:aws:s3:::acme-data-lake"]
          },
          {
            "Sid": "ListObjects",
            "Effect": "Allow",
            "Action": ["s3:ListBucket"],
            "Resource": ["arn:aws:s3:::acme-data-lake"],
            "Condition": {"StringLike": {"s3:prefix": ["models/churn", "models/churn/*"]}}
          },
          {
            "Sid": "ReadWriteObjects",
            "Effect": "Allow",
            "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload",
                "s3:ListMultipartUploadParts"],
            "Resource": ["arn:aws:s3:::acme-data-lake/models/churn/*"]
          }
        ]
      }
      """;

  private static void assertDocument(PolicyDocument document, String expected) throws IOException {
    assertSameTree(MAPPER.readTree(PolicyWriter.pretty().write(document)), MAPPER.readTree(expected));
  }

  @Test
  void readOnly_withoutPrefix_coversTheWholeBucket() throws IOException {
    assertDocument(S3DataRole.readOnly().bucket("acme-data-lake").build(), READ_ONLY_BUCKET);
  }

  @Test
  void readOnly_withPrefix_limitsListingAndObjectsToIt() throws IOException {
    assertDocument(S3DataRole.readOnly().bucket("acme-data-lake").prefix("raw/events").build(), READ_ONLY_PREFIX);
  }

  @Test
  void readWrite_withoutPrefix_coversTheWholeBucket() throws IOException {
    assertDocument(S3DataRole.readWrite().bucket("acme-data-lake").build(), READ_WRITE_BUCKET);
  }

  @Test
  void readWrite_withPrefix_limitsListingAndObjectsToIt() throws IOException {
    assertDocument(S3DataRole.readWrite().bucket("acme-data-lake").prefix("models/churn").build(),
        READ_WRITE_PREFIX);
  }

  @Test
  void builder_withAnAccess_isTheNamedFactory() {
    assertThat(S3DataRole.builder(S3DataRole.Access.READ_ONLY).bucket("acme-data-lake").build())
        .isEqualTo(S3DataRole.readOnly().bucket("acme-data-lake").build());
    assertThat(S3DataRole.builder(S3DataRole.Access.READ_WRITE).bucket("acme-data-lake").build())
        .isEqualTo(S3DataRole.readWrite().bucket("acme-data-lake").build());
    assertThat(S3DataRole.Access.READ_ONLY.patternId()).isEqualTo("databricks.s3.read-only");
    assertThat(S3DataRole.Access.READ_WRITE.patternId()).isEqualTo("databricks.s3.read-write");
  }

  @Test
  void render_throughTheCatalog_isTheBuildersDocument() throws IOException {
    PolicyDocument readOnly = READ_ONLY.render(Map.of("bucket", "acme-data-lake")).document().orElseThrow();
    PolicyDocument readWrite = READ_WRITE.render(Map.of("bucket", "acme-data-lake", "prefix", "models/churn"))
        .document().orElseThrow();

    assertDocument(readOnly, READ_ONLY_BUCKET);
    assertThat(readOnly).isEqualTo(S3DataRole.readOnly().bucket("acme-data-lake").build());
    assertDocument(readWrite, READ_WRITE_PREFIX);
    assertThat(readWrite)
        .isEqualTo(S3DataRole.readWrite().bucket("acme-data-lake").prefix("models/churn").build());
  }

  @Test
  void catalog_declaresTheContractsParameters() {
    for (DatabricksPattern pattern : new DatabricksPattern[] {READ_ONLY, READ_WRITE}) {
      assertThat(pattern.parameters()).extracting(PatternParameter::name).containsExactly("bucket", "prefix");
      assertThat(pattern.parameters()).extracting(PatternParameter::required).containsExactly(true, false);
      assertThat(pattern.parameters().get(1).defaultValue()).isEmpty();
      assertThat(pattern.seeds()).containsExactly("004");
    }
  }

  // Unlike Unity Catalog, plain S3 access allows dots in bucket names.
  @Test
  void bucket_withDots_isAllowed() {
    assertThat(S3DataRole.readOnly().bucket("acme.data.lake").build().statements().get(0).resources())
        .extracting(Object::toString)
        .containsExactly("arn:aws:s3:::acme.data.lake");
  }

  @Test
  void build_withoutBucket_namesIt() {
    assertThatThrownBy(() -> S3DataRole.readWrite().prefix("models").build())
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucket is required by databricks.s3.read-write");
  }

  @Test
  void render_withoutBucket_namesIt() {
    assertThatThrownBy(() -> READ_ONLY.render(Map.of("prefix", "raw")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucket is required by databricks.s3.read-only: the S3 bucket holding the data");
  }

  @Test
  void render_withAnInvalidBucket_isRefused() {
    assertThatThrownBy(() -> READ_WRITE.render(Map.of("bucket", "xn--data")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucket \"xn--data\" must not start with the reserved prefix xn--");
  }

  @ParameterizedTest(name = "prefix \"{0}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "''              | must not be empty; leave it out to cover the whole bucket",
      "/raw            | must not start or end with /",
      "raw/            | must not start or end with /",
      "raw/*           | must not hold the wildcards * or ?: the policy adds /* itself",
      "ra?w            | must not hold the wildcards * or ?: the policy adds /* itself",
      "home/${aws:username} | must not hold ${: IAM would read a policy variable",
      "'raw events'    | must not hold whitespace or control characters",
  })
  void prefix_breakingARule_isRefused(String prefix, String rule) {
    assertThatThrownBy(() -> S3DataRole.readOnly().prefix(prefix))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter prefix \"" + prefix + "\" " + rule);
    assertThatThrownBy(() -> READ_WRITE.render(Map.of("bucket", "acme-data-lake", "prefix", prefix)))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter prefix \"" + prefix + "\" " + rule);
  }
}
