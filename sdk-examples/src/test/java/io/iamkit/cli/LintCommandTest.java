package io.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  static final String IDENTITY_WITH_PRINCIPAL = """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "111122223333"},
        "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*"}]}
      """;

  static final String CROSS_ACCOUNT_TRUST = """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "111122223333"},
        "Action": "sts:AssumeRole"}]}
      """;

  static final String UC_ONLY = """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
        "Principal": {"AWS": "arn:aws:iam::414351767826:role/unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL"},
        "Condition": {"StringEquals": {"sts:ExternalId": "12345"}}}]}
      """;

  @TempDir Path dir;

  @Test
  void lint_bundledExample_isACleanInferredTrustPolicy() {
    String file = BundledExample.path().toString();

    CliRun run = CliRun.run("lint", file);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out).isEqualTo(file + ": 0 errors, 0 warnings, 0 info (role trust policy, inferred)\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void lint_errorFinding_isPrintedWithFilePointerAndMessage_andExitsOne() throws IOException {
    String file = write("identity.json", IDENTITY_WITH_PRINCIPAL);

    CliRun run = CliRun.run("lint", "--kind", "identity", file);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out).isEqualTo(file + ": ERROR IDENTITY_PRINCIPAL at /Statement/0/Principal: Principal is not "
        + "allowed in an identity policy, and IAM refuses it: the policy applies to whoever it is attached to; only "
        + "resource-based and role trust policies name principals\n"
        + file + ": 1 error, 0 warnings, 0 info (identity policy)\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void lint_withoutKind_infersAResourcePolicyFromThePrincipal() throws IOException {
    String file = write("bucket.json", IDENTITY_WITH_PRINCIPAL);

    CliRun run = CliRun.run("lint", file);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out).isEqualTo(file + ": 0 errors, 0 warnings, 0 info (resource policy, inferred)\n");
  }

  @Test
  void lint_warningsOnly_exitZero() throws IOException {
    String file = write("trust.json", CROSS_ACCOUNT_TRUST);

    CliRun run = CliRun.run("lint", "--kind", "TRUST", file);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out).startsWith(file + ": WARNING TRUST_WITHOUT_EXTERNAL_ID at /Statement/0/Principal: lets "
            + "111122223333 assume the role without an sts:ExternalId condition")
        .endsWith("\n" + file + ": 0 errors, 1 warning, 0 info (role trust policy)\n");
  }

  @Test
  void lint_roleArnOfTheSameAccount_removesTheExternalIdWarning() throws IOException {
    String file = write("trust.json", CROSS_ACCOUNT_TRUST);

    CliRun run = CliRun.run("lint", "--role-arn", "arn:aws:iam::111122223333:role/ci", file);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out).isEqualTo(file + ": 0 errors, 0 warnings, 0 info (role trust policy, inferred)\n");
  }

  @Test
  void lint_unityCatalogContext_checksSelfAssumeAndExternalId() throws IOException {
    String file = write("uc-trust.json", UC_ONLY);

    CliRun run = CliRun.run("lint", "--unity-catalog", "--role-arn", "arn:aws:iam::123456789098:role/uc",
        "--external-id", "12345", file);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out).isEqualTo(file + ": ERROR UC_SELF_ASSUME_MISSING at /Statement: no statement lets the role "
        + "arn:aws:iam::123456789098:role/uc assume itself, which Unity Catalog requires since 2025-01-20 "
        + "(\"Non-self-assuming role\"); add {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": "
        + "\"arn:aws:iam::123456789098:root\"}, \"Action\": \"sts:AssumeRole\", \"Condition\": {\"ArnLike\": "
        + "{\"aws:PrincipalArn\": \"arn:aws:iam::123456789098:role/uc\"}, \"StringEquals\": {\"sts:ExternalId\": "
        + "\"<external ID>\"}}}\n"
        + file + ": 1 error, 0 warnings, 0 info (role trust policy, inferred)\n");
  }

  @Test
  void lint_severalFiles_reportsEachAndExitsOneIfAnyHasAnError() throws IOException {
    String clean = BundledExample.path().toString();
    String typo = write("typo.json", """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObjects", "Resource": "*"}]}
        """);

    CliRun run = CliRun.run("lint", typo, clean);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out).isEqualTo(typo + ": ERROR UNKNOWN_ACTION at /Statement/0/Action: s3:GetObjects is not an "
        + "action of s3 (AWS Service Authorization Reference as of 2026-09-26); did you mean s3:GetObject?\n"
        + typo + ": 1 error, 0 warnings, 0 info (identity policy, inferred)\n"
        + clean + ": 0 errors, 0 warnings, 0 info (role trust policy, inferred)\n");
  }

  @Test
  void lint_standardInput_isNamedStdin() {
    CliRun run = CliRun.runWithStdin(new String(BundledExample.bytes(), StandardCharsets.UTF_8), "lint", "-");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out).isEqualTo("<stdin>: 0 errors, 0 warnings, 0 info (role trust policy, inferred)\n");
  }

  @Test
  void lint_invalidDocument_isReportedLikeValidate_andExitsOne() throws IOException {
    String file = write("typo.json", ValidateCommandTest.UNKNOWN_KEY);

    CliRun run = CliRun.run("lint", file);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo(file + ":6:7: Unknown key \"Actions\" at /Statement/0\n");
  }

  @Test
  void lint_missingFile_isAUsageError() {
    String missing = dir.resolve("nope.json").toString();

    CliRun run = CliRun.run("lint", missing);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).isEqualTo(missing + ": no such file\n");
  }

  @Test
  void lint_unknownKind_isAUsageError() {
    CliRun run = CliRun.run("lint", "--kind", "bucket", BundledExample.path().toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Invalid value for option '--kind': expected identity, resource, trust, scp or rcp "
        + "but was 'bucket'");
  }

  @Test
  void lint_invalidRoleArn_isAUsageError() {
    CliRun run = CliRun.run("lint", "--role-arn", "role/uc", BundledExample.path().toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Invalid value for option '--role-arn': Arn must start with \"arn:\": \"role/uc\"");
  }

  @Test
  void lint_withoutFiles_isAUsageError() {
    CliRun run = CliRun.run("lint");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Missing required parameter").contains("Usage: iamkit lint");
  }

  @Test
  void lint_help_explainsKindInferenceAndExitCodes() {
    CliRun run = CliRun.run("lint", "--help");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out).startsWith("Usage: iamkit lint ").contains("the kind of each file is inferred")
        .contains("Exit code: 0 no error");
  }

  private String write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content).toString();
  }
}
