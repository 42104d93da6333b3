package io.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.aws.FakeAws;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** iamkit apply and verify against the in-process fake AWS endpoint, with a profile per account alias. */
class ApplyVerifyCommandTest {
  private static final String A = "111122223333";
  private static final String B = "444455556666";

  @TempDir Path dir;
  private FakeAws aws;
  private Path config;
  private String previousCredentialsFile;

  @BeforeEach
  void start() throws Exception {
    aws = new FakeAws();
    aws.addAccount(A);
    aws.addAccount(B);
    aws.account(B).buckets.put("acme-shared-data", "");
    Path credentials = dir.resolve("credentials");
    Files.writeString(credentials, "[dev]\naws_access_key_id = AKIAFAKE" + A + "\naws_secret_access_key = fake-secret-"
        + A + "\n[data]\naws_access_key_id = AKIAFAKE" + B + "\naws_secret_access_key = fake-secret-" + B + "\n");
    previousCredentialsFile = System.setProperty("aws.sharedCredentialsFile", credentials.toString());
    config = dir.resolve("setup.json");
    Files.writeString(config, "{\"name\": \"cli\", \"accounts\": {\"dev\": \"" + A + "\", \"data\": \"" + B + "\"},"
        + "\"aws\": {\"dev\": {\"profile\": \"dev\", \"region\": \"us-east-1\"}, \"data\": {\"profile\": \"data\"}},"
        + "\"setups\": [{\"type\": \"s3-cross-account\", \"deploymentAccountId\": \"dev\","
        + " \"bucketOwnerAccountId\": \"data\", \"bucket\": \"acme-shared-data\"}]}");
  }

  @AfterEach
  void stop() {
    aws.close();
    if (previousCredentialsFile == null) {
      System.clearProperty("aws.sharedCredentialsFile");
    } else {
      System.setProperty("aws.sharedCredentialsFile", previousCredentialsFile);
    }
  }

  private String endpoint() {
    return aws.endpoint().toString();
  }

  @Test
  void applyDryRun_printsThePlan_writesNothing() {
    CliRun run = CliRun.run("apply", "--config", config.toString(), "--dry-run", "--endpoint", endpoint());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("plan (dry run, nothing changed):", "CREATE_ROLE 111122223333 role/MyRoleA",
        "PUT_BUCKET_POLICY 444455556666 bucket/acme-shared-data");
    assertThat(aws.writes()).isEmpty();
  }

  @Test
  void apply_thenVerify_green_thenBrokenTrust_exit1() {
    CliRun apply = CliRun.run("apply", "--config", config.toString(), "--endpoint", endpoint());
    assertThat(apply.exitCode).as(apply.toString()).isZero();
    assertThat(apply.err).contains("applying CREATE_ROLE 111122223333 role/MyRoleA");
    assertThat(aws.writes()).hasSize(7);
    assertThat(CliRun.run("apply", "--config", config.toString(), "--endpoint", endpoint()).out)
        .contains("no changes");
    // The deployment profile stands in for the cluster's instance profile.
    aws.account(A).role("MyRoleA").trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
        + "\"Principal\":{\"AWS\":\"" + FakeAws.baseUserArn(A) + "\"},\"Action\":\"sts:AssumeRole\"}]}";

    CliRun verify = CliRun.run("verify", "--config", config.toString(), "--endpoint", endpoint());

    assertThat(verify.exitCode).as(verify.toString()).isZero();
    assertThat(verify.out).contains("STEP", "S3_DELETE", "verification passed");
    assertThat(verify.err).contains("verifying arn:aws:iam::111122223333:role/MyRoleA", "ASSUME_ROLE");
    assertThat(verify.out + verify.err).doesNotContain("fake-secret", "session-secret", "session-token");

    aws.account(B).role("MyRoleB").trust = aws.account(A).role("MyRoleA").trust;
    CliRun red = CliRun.run("verify", "--config", config.toString(), "--endpoint", endpoint(), "--retry-window",
        "0");

    assertThat(red.exitCode).as(red.toString()).isEqualTo(1);
    assertThat(red.out).contains("verification FAILED", "cause of ASSUME_ROLE arn:aws:iam::444455556666:role/MyRoleB",
        "differs from prediction");
  }

  @ParameterizedTest
  @ValueSource(strings = {"apply", "verify"})
  void invalidFile_exit2(String command) throws Exception {
    Files.writeString(config, "{\"name\": \"x\", \"aws\": {\"nope\": {}}, \"setups\": []}");

    CliRun run = CliRun.run(command, "--config", config.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("\"aws\" names \"nope\", which is not an alias of \"accounts\"");
  }
}
