package io.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  /** The trust policy with a comma missing after "Allow": the error points at the next key. */
  static final String MALFORMED =
      "{\n"
          + "  \"Version\": \"2012-10-17\",\n"
          + "  \"Statement\": [\n"
          + "    {\n"
          + "      \"Effect\": \"Allow\"\n"
          + "      \"Action\": \"sts:AssumeRole\",\n"
          + "      \"Principal\": {\"AWS\": \"414351767826\"}\n"
          + "    }\n"
          + "  ]\n"
          + "}\n";

  /** A typo IAM itself would reject, and a lenient reader would turn into a statement without actions. */
  static final String UNKNOWN_KEY =
      "{\n"
          + "  \"Version\": \"2012-10-17\",\n"
          + "  \"Statement\": [\n"
          + "    {\n"
          + "      \"Effect\": \"Allow\",\n"
          + "      \"Actions\": \"sts:AssumeRole\",\n"
          + "      \"Principal\": {\"AWS\": \"414351767826\"}\n"
          + "    }\n"
          + "  ]\n"
          + "}\n";

  @TempDir Path dir;

  @Test
  void validate_bundledExample_printsValidAndExitsZero() {
    String file = BundledExample.path().toString();

    CliRun run = CliRun.run("validate", file);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out).isEqualTo(file + ": valid\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void validate_malformedJson_reportsFileLineColumnAndExitsOne() throws IOException {
    String file = write("malformed.json", MALFORMED);

    CliRun run = CliRun.run("validate", file);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo(file
            + ":6:7: Invalid JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object"
            + " entries at /Statement/0/Effect\n");
  }

  @Test
  void validate_unknownKeyActions_isRejectedInStrictModeWithItsLocation() throws IOException {
    String file = write("typo.json", UNKNOWN_KEY);

    CliRun run = CliRun.run("validate", file);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo(file + ":6:7: Unknown key \"Actions\" at /Statement/0\n");
  }

  @Test
  void validate_severalFiles_reportsEachAndExitsOneIfAnyIsInvalid() throws IOException {
    String valid = BundledExample.path().toString();
    String invalid = write("typo.json", UNKNOWN_KEY);

    CliRun run = CliRun.run("validate", valid, invalid, valid);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out).isEqualTo(valid + ": valid\n" + valid + ": valid\n");
    assertThat(run.err).isEqualTo(invalid + ":6:7: Unknown key \"Actions\" at /Statement/0\n");
  }

  @Test
  void validate_standardInput_isNamedStdin() {
    CliRun run = CliRun.runWithStdin(new String(BundledExample.bytes(), StandardCharsets.UTF_8), "validate", "-");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out).isEqualTo("<stdin>: valid\n");
  }

  @Test
  void validate_missingFile_isAUsageErrorAndTheOtherFilesAreStillChecked() {
    String missing = dir.resolve("nope.json").toString();
    String valid = BundledExample.path().toString();

    CliRun run = CliRun.run("validate", missing, valid);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).isEqualTo(missing + ": no such file\n");
    assertThat(run.out).isEqualTo(valid + ": valid\n");
  }

  @Test
  void validate_directory_isAUsageError() {
    CliRun run = CliRun.run("validate", dir.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).isEqualTo(dir + ": is a directory\n");
  }

  @Test
  void validate_withoutFiles_isAUsageError() {
    CliRun run = CliRun.run("validate");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Missing required parameter").contains("Usage: iamkit validate");
  }

  @Test
  void validate_unknownOption_isAUsageError() {
    CliRun run = CliRun.run("validate", "--lenient", BundledExample.path().toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Unknown option: '--lenient'");
    assertThat(run.out).isEmpty();
  }

  private String write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content).toString();
  }
}
