package io.iamkit.cli;

import io.iamkit.aws.AccountClients;
import io.iamkit.aws.ChainVerifier;
import io.iamkit.aws.VerificationReport;
import io.iamkit.aws.VerificationStep;
import io.iamkit.aws.VerifyListener;
import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.policy.AccountId;
import io.iamkit.setupfile.SetupFile;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iamkit verify --config FILE [--endpoint URL]}: verifies every {@code s3-cross-account} set-up of the file
 * live with {@link ChainVerifier}. Progress on stderr, the report table on stdout. Exit code 0 all passed, 1 a step
 * failed, 2 an invalid set-up file or nothing to verify.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = IamkitCli.ManifestVersion.class,
    sortOptions = false,
    description = {
      "Verifies the s3-cross-account set-ups of a set-up file live: from the deployment account's credentials, "
          + "AssumeRole into MyRoleA, then MyRoleB, then list, put, get and delete a probe object in the bucket; "
          + "each step beside iamkit's offline prediction.",
      "Exit code: 0 verified, 1 a step failed, 2 an invalid set-up file or no set-up to verify."
    })
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE", required = true, description = "The set-up file to verify.")
  Path config;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "An endpoint that replaces AWS's for IAM, STS and S3 (a test endpoint).")
  URI endpoint;

  @Option(names = "--retry-window", paramLabel = "SECONDS", defaultValue = "60",
      description = "How long AccessDenied on AssumeRole is retried, for roles just created (default: "
          + "${DEFAULT-VALUE}).")
  long retryWindowSeconds;

  @Option(names = "--external-id", paramLabel = "ROLE=ID",
      description = "The external ID to pass when assuming ROLE; also checks a wrong one is refused.")
  Map<String, String> externalIds = new LinkedHashMap<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SetupFile file = AwsAccess.readSetupFile(config, err);
    if (file == null) {
      return ExitCodes.USAGE;
    }
    Map<AccountId, AccountClients> clients = AwsAccess.clients(file, endpoint);
    boolean any = false;
    boolean passed = true;
    for (DatabricksSetup setup : file.setups()) {
      if (!(setup instanceof S3CrossAccountSetup)) {
        err.println("skipping " + setup.kind() + ": only s3-cross-account set-ups can be verified live");
        continue;
      }
      any = true;
      S3CrossAccountSetup s3 = (S3CrossAccountSetup) setup;
      ChainVerifier.Builder builder = ChainVerifier.builder()
          .base(clients.get(s3.roleA().account()))
          .account(clients.get(s3.roleB().account()))
          .assumeRoleRetryWindow(Duration.ofSeconds(retryWindowSeconds))
          .listener(new VerifyListener() {
            @Override
            public void stepFinished(VerificationStep step) {
              err.println(step);
              err.flush();
            }

            @Override
            public void retrying(String roleArn, int attempt, String errorCode, Duration delay) {
              err.println("AssumeRole " + roleArn + " refused (" + errorCode + "), the role may be new: retrying in "
                  + delay.toSeconds() + " s");
              err.flush();
            }
          });
      externalIds.forEach(builder::externalId);
      err.println("verifying " + s3.roleA().arn() + " -> " + s3.roleB().arn() + " -> s3://"
          + s3.bucketPolicy().bucket());
      err.flush();
      try (ChainVerifier verifier = builder.build()) {
        VerificationReport report = verifier.verifyChain(s3);
        out.print(report.toTable());
        out.flush();
        passed &= report.passed();
      }
    }
    if (!any) {
      err.println(file.source() + " has no s3-cross-account set-up to verify");
      err.flush();
      return ExitCodes.USAGE;
    }
    return passed ? ExitCodes.OK : ExitCodes.INVALID;
  }
}
