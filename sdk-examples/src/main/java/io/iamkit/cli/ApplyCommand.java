package io.iamkit.cli;

import io.iamkit.aws.AccountClients;
import io.iamkit.aws.Applier;
import io.iamkit.aws.ApplyListener;
import io.iamkit.aws.AwsApplyException;
import io.iamkit.aws.Change;
import io.iamkit.aws.Plan;
import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.setupfile.SetupFile;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iamkit apply --config FILE [--dry-run] [--endpoint URL] [--take-over]}: plans the set-up file against the
 * accounts and makes the changes (with {@code --dry-run}, only prints the plan). Progress on stderr, the plan on
 * stdout. Exit code 0, 1 when a call fails or a conflict is left untouched, 2 for an invalid set-up file.
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    versionProvider = IamkitCli.ManifestVersion.class,
    sortOptions = false,
    description = {
      "Applies a set-up file to AWS idempotently: reads what exists, then creates or updates roles, inline "
          + "policies, instance profiles and bucket policies. Credentials come from the standard AWS provider "
          + "chain, or from the profile the file's \"aws\" section gives an account alias.",
      "Exit code: 0 applied (or planned), 1 a call failed or a conflict was left untouched, 2 an invalid set-up "
          + "file."
    })
final class ApplyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE", required = true, description = "The set-up file to apply.")
  Path config;

  @Option(names = "--dry-run", description = "Print the plan and change nothing.")
  boolean dryRun;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "An endpoint that replaces AWS's for IAM, STS and S3 (a test endpoint).")
  URI endpoint;

  @Option(names = "--take-over",
      description = "Manage roles that exist without iamkit's managed-by tag (tag them and put their policies "
          + "back) instead of reporting them as conflicts.")
  boolean takeOver;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SetupFile file = AwsAccess.readSetupFile(config, err);
    if (file == null) {
      return ExitCodes.USAGE;
    }
    Applier.Builder builder = Applier.builder().takeOver(takeOver).listener(new ApplyListener() {
      @Override
      public void changeStarting(Change change) {
        err.println("applying " + change);
        err.flush();
      }

      @Override
      public void retrying(String operation, String target, int attempt, String errorCode, Duration delay) {
        err.println("retrying " + operation + " " + target + " after " + errorCode + " (attempt " + attempt
            + ", waiting " + delay.toMillis() + " ms)");
        err.flush();
      }
    });
    for (AccountClients clients : AwsAccess.clients(file, endpoint).values()) {
      builder.account(clients);
    }
    try (Applier applier = builder.build()) {
      DatabricksSetup[] setups = file.setups().toArray(new DatabricksSetup[0]);
      err.println((dryRun ? "planning " : "applying ") + file.name() + " (" + setups.length + " set-ups)");
      err.flush();
      Plan plan = applier.plan(setups);
      if (!dryRun) {
        applier.apply(plan);
      }
      out.println(dryRun ? "plan (dry run, nothing changed):" : "applied:");
      out.println(plan);
      out.flush();
      if (!plan.conflicts().isEmpty()) {
        err.println(plan.conflicts().size() + " conflict(s) left untouched; see --take-over");
        err.flush();
        return ExitCodes.INVALID;
      }
      return ExitCodes.OK;
    } catch (AwsApplyException e) {
      err.println(e.getMessage());
      err.flush();
      return ExitCodes.INVALID;
    }
  }
}
