package io.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCommandTest {
  static final String COMPACT_EXAMPLE =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\","
          + "\"Principal\":{\"AWS\":\"414351767826\"},"
          + "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"YOUR_EXTERNAL_ID\"}}}]}";

  @TempDir Path dir;

  @Test
  void format_bundledExample_reproducesTheFileByteForByte() {
    CliRun run = CliRun.run("format", BundledExample.path().toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out.getBytes(StandardCharsets.UTF_8)).isEqualTo(BundledExample.bytes());
    assertThat(run.err).isEmpty();
  }

  @Test
  void format_compact_printsOneLineWithATrailingNewline() {
    CliRun run = CliRun.run("format", "--compact", BundledExample.path().toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out).isEqualTo(COMPACT_EXAMPLE + "\n");
  }

  @Test
  void format_standardInput_isReadForDash() {
    CliRun run = CliRun.runWithStdin(COMPACT_EXAMPLE, "format", "-");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out.getBytes(StandardCharsets.UTF_8)).isEqualTo(BundledExample.bytes());
  }

  @Test
  void format_keepsTheShapeOfWhatWasWritten() {
    // Principal "*" stays "*", a one-element Resource array stays an array, Resource stays before Action,
    // a JSON boolean stays a boolean.
    String input =
        "{\"Statement\":{\"Sid\":\"Read\",\"Resource\":[\"*\"],\"Effect\":\"Allow\",\"Principal\":\"*\","
            + "\"Action\":\"s3:GetObject\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":true}}},"
            + "\"Version\":\"2012-10-17\"}";

    CliRun run = CliRun.runWithStdin(input, "format", "--compact", "-");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out).isEqualTo(input + "\n");
  }

  @Test
  void format_invalidDocument_reportsItOnStandardErrorAndExitsOne() throws IOException {
    String file = Files.writeString(dir.resolve("typo.json"), ValidateCommandTest.UNKNOWN_KEY).toString();

    CliRun run = CliRun.run("format", file);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo(file + ":6:7: Unknown key \"Actions\" at /Statement/0\n");
  }

  @Test
  void format_missingFile_isAUsageError() {
    String missing = dir.resolve("nope.json").toString();

    CliRun run = CliRun.run("format", missing);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).isEqualTo(missing + ": no such file\n");
    assertThat(run.out).isEmpty();
  }

  @Test
  void format_twoFiles_isAUsageError() {
    String file = BundledExample.path().toString();

    CliRun run = CliRun.run("format", file, file);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Unmatched argument");
  }
}
