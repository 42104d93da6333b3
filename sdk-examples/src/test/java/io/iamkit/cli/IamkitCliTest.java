package io.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IamkitCliTest {
  @Test
  void version_printsIamkitAndTheManifestVersionOrDev() {
    CliRun run = CliRun.run("--version");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    // Tests run from target/classes, which has no manifest; the shaded jar prints the project version.
    assertThat(run.out).isEqualTo("iamkit dev\n");
  }

  @Test
  void help_listsTheSubcommandsAndExitsZero() {
    CliRun run = CliRun.run("--help");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out).startsWith("Usage: iamkit ").contains("validate").contains("lint").contains("format");
    assertThat(run.err).isEmpty();
  }

  @Test
  void subcommandHelp_describesItsExitCodes() {
    CliRun run = CliRun.run("validate", "--help");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out).startsWith("Usage: iamkit validate ").contains("Exit code: 0 all valid");
  }

  @Test
  void noSubcommand_isAUsageError() {
    CliRun run = CliRun.run();

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Missing required subcommand");
  }

  @Test
  void unknownOption_isAUsageError() {
    CliRun run = CliRun.run("--frobnicate");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Unknown option: '--frobnicate'");
  }

  @Test
  void unknownSubcommand_isAUsageError() {
    CliRun run = CliRun.run("frobnicate", "x.json");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Unmatched argument");
  }
}
