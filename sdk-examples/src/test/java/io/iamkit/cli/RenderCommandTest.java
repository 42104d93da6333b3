package io.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RenderCommandTest {
  @Test
  void render_workspaceTrust_printsTheSeedDocumentAsBundled() {
    CliRun run = CliRun.run("render", "databricks.workspace.trust", "-p", "externalId=YOUR_EXTERNAL_ID");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out.getBytes(StandardCharsets.UTF_8)).isEqualTo(BundledExample.bytes());
    assertThat(run.err).isEmpty();
  }

  @Test
  void render_compact_printsOneLine() {
    CliRun run = CliRun.run("render", "databricks.workspace.trust", "--compact",
        "-p", "externalId=YOUR_EXTERNAL_ID");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out).isEqualTo(FormatCommandTest.COMPACT_EXAMPLE + "\n");
  }

  @Test
  void render_otherParameters_changeTheDocument() {
    CliRun run = CliRun.run("render", "databricks.workspace.trust", "--compact", "--param", "externalId=abc",
        "-p", "partition=aws-us-gov", "-p", "principalStyle=root-arn");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out).isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
        + "\"Principal\":{\"AWS\":\"arn:aws-us-gov:iam::044793339203:root\"},\"Action\":\"sts:AssumeRole\","
        + "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"abc\"}}}]}\n");
  }

  @Test
  void render_sparkConf_printsKeyValueLines() {
    CliRun run = CliRun.run("render", "databricks.s3.spark-conf", "-p", "bucketOwnerAccountId=444455556666");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out).isEqualTo("spark.hadoop.fs.s3a.credentialsType AssumeRole\n"
        + "spark.hadoop.fs.s3a.stsAssumeRole.arn arn:aws:iam::444455556666:role/MyRoleB\n"
        + "spark.hadoop.fs.s3a.acl.default BucketOwnerFullControl\n");
  }

  @Test
  void render_missingRequiredParameter_exits2NamingIt() {
    CliRun run = CliRun.run("render", "databricks.workspace.trust");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("Parameter externalId is required by databricks.workspace.trust: "
        + "your Databricks account ID, passed by Databricks as sts:ExternalId\n");
  }

  @Test
  void render_invalidValue_exits2NamingParameterValueAndRule() {
    CliRun run = CliRun.run("render", "databricks.workspace.trust", "-p", "externalId=has space");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).isEqualTo("Parameter externalId \"has space\" must be an external ID: may hold only "
        + "letters, digits and _+=,.@:/- (character 4 is not allowed)\n");
  }

  @Test
  void render_unknownParameter_exits2ListingTheKnownOnes() {
    CliRun run = CliRun.run("render", "databricks.workspace.trust", "-p", "externalId=abc", "-p", "region=x");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).isEqualTo("Parameter region is not a parameter of databricks.workspace.trust; it takes "
        + "externalId, partition, principalStyle\n");
  }

  @Test
  void render_parameterWithoutEquals_exits2() {
    CliRun run = CliRun.run("render", "databricks.workspace.trust", "-p", "externalId");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).isEqualTo("Parameter externalId must be given as -p key=value\n");
  }

  @Test
  void render_sameParameterTwice_exits2() {
    CliRun run = CliRun.run("render", "databricks.workspace.trust", "-p", "externalId=ab", "-p", "externalId=cd");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).isEqualTo("Parameter externalId is given twice\n");
  }

  @Test
  void render_unknownPattern_exits2() {
    CliRun run = CliRun.run("render", "databricks.nope");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).isEqualTo("Unknown pattern \"databricks.nope\"; iamkit patterns lists them\n");
  }
}
