package io.iamkit.databricks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.iamkit.policy.AccountId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SparkConfTest {
  private static final String ID = "databricks.s3.spark-conf";

  // Seed 001, Step 4, the cluster's Spark tab.
  private static final List<String> CLUSTER_LINES = List.of(
      "spark.hadoop.fs.s3a.credentialsType AssumeRole",
      "spark.hadoop.fs.s3a.stsAssumeRole.arn arn:aws:iam::444455556666:role/MyRoleB",
      "spark.hadoop.fs.s3a.acl.default BucketOwnerFullControl");

  // Seed 001, Step 4, "Optionally mount <s3-bucket-name> on DBFS with extra configurations", as printed.
  private static final String MOUNT = "dbutils.fs.mount(\"s3a://acme-shared-data\", \"/mnt/acme-shared-data\", "
      + "extraConfigs = Map( \"fs.s3a.credentialsType\" -> \"AssumeRole\", \"fs.s3a.stsAssumeRole.arn\" -> "
      + "\"arn:aws:iam::444455556666:role/MyRoleB\", \"spark.hadoop.fs.s3a.acl.default\" -> "
      + "\"BucketOwnerFullControl\" ) )";

  private static List<String> render(Map<String, String> values) {
    PatternOutput output = DatabricksPatterns.get(ID).render(values);
    assertThat(output.document()).isEmpty();
    return output.lines();
  }

  private static List<String> plus(List<String> lines, String line) {
    List<String> all = new ArrayList<>(lines);
    all.add(line);
    return all;
  }

  @Test
  void properties_withTheBucketOwnerOnly_areTheClusterSparkConfInTheSeedsOrder() {
    SparkConf conf = SparkConf.builder().bucketOwnerAccountId("444455556666").build();

    assertThat(conf.properties()).containsExactly(
        entry("spark.hadoop.fs.s3a.credentialsType", "AssumeRole"),
        entry("spark.hadoop.fs.s3a.stsAssumeRole.arn", "arn:aws:iam::444455556666:role/MyRoleB"),
        entry("spark.hadoop.fs.s3a.acl.default", "BucketOwnerFullControl"));
  }

  @Test
  void mountExtraConfigs_areTheSeedsKeysWithTheirMixOfPrefixes() {
    SparkConf conf = SparkConf.builder().bucketOwnerAccountId("444455556666").build();

    assertThat(conf.mountExtraConfigs()).containsExactly(
        entry("fs.s3a.credentialsType", "AssumeRole"),
        entry("fs.s3a.stsAssumeRole.arn", "arn:aws:iam::444455556666:role/MyRoleB"),
        entry("spark.hadoop.fs.s3a.acl.default", "BucketOwnerFullControl"));
  }

  @Test
  void properties_areUnmodifiable() {
    SparkConf conf = SparkConf.builder().bucketOwnerAccountId("444455556666").build();

    assertThatThrownBy(() -> conf.properties().put("spark.hadoop.fs.s3a.acl.default", "Private"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void lines_withoutBucket_areTheKeyValueLinesAndNoMountCommand() {
    SparkConf conf = SparkConf.builder().bucketOwnerAccountId("444455556666").build();

    assertThat(conf.mountCommand()).isEmpty();
    assertThat(conf.lines()).containsExactlyElementsOf(CLUSTER_LINES);
    assertThat(render(Map.of("bucketOwnerAccountId", "444455556666"))).containsExactlyElementsOf(CLUSTER_LINES);
  }

  @Test
  void bucket_addsTheSeedsMountCommandAfterTheKeyValueLines() {
    SparkConf conf = SparkConf.builder().bucketOwnerAccountId("444455556666").bucket("acme-shared-data").build();

    assertThat(conf.mountCommand()).contains(MOUNT);
    assertThat(conf.lines()).containsExactlyElementsOf(plus(CLUSTER_LINES, MOUNT));
    assertThat(render(Map.of("bucketOwnerAccountId", "444455556666", "bucket", "acme-shared-data")))
        .containsExactlyElementsOf(plus(CLUSTER_LINES, MOUNT));
  }

  @Test
  void build_typedAccountId_isTheSameAsItsStringTwin() {
    assertThat(SparkConf.builder().bucketOwnerAccountId(AccountId.of("444455556666")).build())
        .isEqualTo(SparkConf.builder().bucketOwnerAccountId("444455556666").build());
  }

  @Test
  void bucketOwnerAccountId_otherAccount_isTheAccountOfTheAssumedRole() {
    List<String> expected = plus(CLUSTER_LINES, MOUNT).stream().map(l -> l.replace("444455556666", "999988887777"))
        .collect(Collectors.toList());

    assertThat(SparkConf.builder().bucketOwnerAccountId("999988887777").bucket("acme-shared-data").build().lines())
        .containsExactlyElementsOf(expected);
    assertThat(render(Map.of("bucketOwnerAccountId", "999988887777", "bucket", "acme-shared-data")))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void roleB_otherName_isTheAssumedRoleInBothPlaces() {
    List<String> expected = plus(CLUSTER_LINES, MOUNT).stream()
        .map(l -> l.replace("role/MyRoleB", "role/shared-data-reader")).collect(Collectors.toList());

    assertThat(SparkConf.builder().bucketOwnerAccountId("444455556666").roleB("shared-data-reader")
        .bucket("acme-shared-data").build().lines()).containsExactlyElementsOf(expected);
    assertThat(render(Map.of("bucketOwnerAccountId", "444455556666", "roleB", "shared-data-reader",
        "bucket", "acme-shared-data"))).containsExactlyElementsOf(expected);
  }

  @Test
  void toString_isTheLinesJoinedByNewlines() {
    SparkConf conf = SparkConf.builder().bucketOwnerAccountId("444455556666").build();

    assertThat(conf).hasToString(String.join("\n", CLUSTER_LINES));
  }

  @Test
  void equals_sameParameters_isEqualAndOtherBucketIsNot() {
    SparkConf conf = SparkConf.builder().bucketOwnerAccountId("444455556666").bucket("acme-shared-data").build();

    assertThat(conf)
        .isEqualTo(SparkConf.builder().bucketOwnerAccountId("444455556666").bucket("acme-shared-data").build())
        .hasSameHashCodeAs(SparkConf.builder().bucketOwnerAccountId("444455556666").bucket("acme-shared-data").build())
        .isNotEqualTo(SparkConf.builder().bucketOwnerAccountId("444455556666").bucket("acme-other-data").build())
        .isNotEqualTo(SparkConf.builder().bucketOwnerAccountId("444455556666").build());
  }

  @Test
  void build_withoutBucketOwnerAccountId_namesTheMissingParameter() {
    assertThatThrownBy(() -> SparkConf.builder().bucket("acme-shared-data").build())
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucketOwnerAccountId is required by databricks.s3.spark-conf");
  }

  @Test
  void render_withoutBucketOwnerAccountId_namesAndDescribesTheMissingParameter() {
    assertThatThrownBy(() -> DatabricksPatterns.get(ID).render(Map.of("bucket", "acme-shared-data")))
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucketOwnerAccountId is required by databricks.s3.spark-conf: the AWS account ID of "
            + "the bucket owner (Account B), where MyRoleB lives");
  }

  @Test
  void bucketOwnerAccountId_notTwelveDigits_isRefusedByBothApis() {
    String message = "Parameter bucketOwnerAccountId \"\" must be an AWS account ID: exactly 12 digits";

    assertThatThrownBy(() -> SparkConf.builder().bucketOwnerAccountId(""))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
    assertThatThrownBy(() -> DatabricksPatterns.get(ID).render(Map.of("bucketOwnerAccountId", "")))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
  }

  @Test
  void roleB_empty_isRefusedByBothApis() {
    String message = "Parameter roleB \"\" must be an IAM role name: 1 to 64 characters of letters, digits and "
        + "+=,.@_-";

    assertThatThrownBy(() -> SparkConf.builder().roleB(""))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
    assertThatThrownBy(() -> DatabricksPatterns.get(ID).render(Map.of("bucketOwnerAccountId", "444455556666",
        "roleB", "")))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
  }

  // A quote in the bucket would break out of the Scala string: the S3 naming rules refuse it first.
  @Test
  void bucket_withAQuote_isRefusedByBothApis() {
    String message = "Parameter bucket \"acme\"data\" must be an S3 bucket name: 3 to 63 lower-case letters, "
        + "digits, dots and hyphens, starting and ending with a letter or digit";

    assertThatThrownBy(() -> SparkConf.builder().bucket("acme\"data"))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
    assertThatThrownBy(() -> DatabricksPatterns.get(ID).render(Map.of("bucketOwnerAccountId", "444455556666",
        "bucket", "acme\"data")))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
  }

  @Test
  void catalog_declaresTheContractsParametersAndSeed() {
    DatabricksPattern pattern = DatabricksPatterns.get(ID);

    assertThat(pattern.parameters()).hasToString("[bucketOwnerAccountId*, roleB (MyRoleB), bucket]");
    assertThat(pattern.seeds()).containsExactly("001");
  }
}
