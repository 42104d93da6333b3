package io.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.iamkit.export.IamResources;
import io.iamkit.setupfile.SetupFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code iamkit plan} on every bundled example, compared in full with the golden output under
 * {@code src/test/resources/plan/}: the printed table ({@code <example>.stdout.txt}) and every file written
 * ({@code <example>/}). After a deliberate change, rewrite the goldens with
 * {@code mvn -pl sdk-core,sdk-examples test -Dtest=PlanCommandTest -Diamkit.updateGolden=true} and review the diff.
 */
class PlanCommandTest {
  static final Path GOLDEN = Path.of("src/test/resources/plan");
  static final Path EXAMPLES = Path.of("src/main/resources/examples");
  static final boolean UPDATE = Boolean.getBoolean("iamkit.updateGolden");

  @TempDir Path tmp;

  private Path out() {
    return tmp.resolve("out");
  }

  private static String config(String example) {
    return EXAMPLES.resolve("setups/" + example + ".json").toString();
  }

  /** The output with the temporary directory written as {@code OUT}. */
  private String normalized(String text) {
    return text.replace(out().toString(), "OUT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"workspace-credential", "s3-cross-account", "unity-catalog-storage", "staging-bucket",
      "storage-configuration", "log-delivery", "demo"})
  void plan_example_printsTheGoldenTableAndWritesTheGoldenFiles(String example) throws IOException {
    CliRun run = example.equals("demo")
        ? CliRun.run("plan", "--demo", "--out", out().toString())
        : CliRun.run("plan", "--config", config(example), "--out", out().toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.err).isEmpty();
    assertGolden(GOLDEN.resolve(example + ".stdout.txt"), normalized(run.out));
    Path golden = GOLDEN.resolve(example);
    Set<String> written = names(out());
    if (UPDATE) {
      Files.createDirectories(golden);
      for (String stale : names(golden)) {
        if (!written.contains(stale)) {
          Files.delete(golden.resolve(stale));
        }
      }
      for (String name : written) {
        assertGolden(golden.resolve(name), Files.readString(out().resolve(name), StandardCharsets.UTF_8));
      }
    }
    assertThat(written).isEqualTo(names(golden));
    for (String name : written) {
      assertGolden(golden.resolve(name), Files.readString(out().resolve(name), StandardCharsets.UTF_8));
    }
  }

  @Test
  void plan_demoJson_printsTheGoldenSummary() {
    CliRun run = CliRun.run("plan", "--demo", "--json", "--out", out().toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertGolden(GOLDEN.resolve("demo.summary.json"), normalized(run.out));
  }

  @Test
  void plan_documentOverItsLimit_exits1AndSaysWhich() throws IOException {
    Path config = tmp.resolve("big.json");
    Files.writeString(config, "{\"name\": \"big\", \"setups\": [{\"type\": \"unity-catalog-storage\", "
        + "\"accountId\": \"444455556666\", \"roleName\": \"uc\", \"bucket\": \"acme-uc\", "
        + "\"externalId\": \"" + "x".repeat(1000) + "\"}]}");

    CliRun run = CliRun.run("plan", "--config", config.toString(), "--out", out().toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out).contains("0 unity-catalog-storage  444455556666  role uc trust policy     2,515   2,048  "
        + "OVER by 467\n");
    assertThat(run.out).contains("\n1 document is over its IAM limit\n");
    assertThat(out().resolve("444455556666-role-uc-trust.json")).exists();

    CliRun json = CliRun.run("plan", "--config", config.toString(), "--out", out().toString(), "--json");
    JsonNode summary = parse(json.out);
    assertThat(json.exitCode).isEqualTo(ExitCodes.INVALID);
    assertThat(summary.at("/sizes/0/exceeded").asBoolean()).isTrue();
    assertThat(summary.at("/documents/0/document").asText()).isEqualTo("role uc trust policy");
    assertThat(summary.at("/documents/0/size").asInt()).isEqualTo(2515);
    assertThat(summary.at("/exitCode").asInt()).isEqualTo(1);
  }

  @Test
  void plan_roleExtendedByASecondSetUp_measuresItsPoliciesTogether() throws IOException {
    Path config = tmp.resolve("shared.json");
    Files.writeString(config, """
        {"name": "shared", "accounts": {"dev": "111122223333", "data": "444455556666"}, "setups": [
          {"type": "workspace-credential", "accountId": "dev", "externalId": "abc"},
          {"type": "s3-cross-account", "deploymentAccountId": "dev", "bucketOwnerAccountId": "data",
           "bucket": "acme-shared-data", "crossAccountRole": "databricks-cross-account-role"}
        ]}
        """);

    CliRun run = CliRun.run("plan", "--config", config.toString(), "--out", out().toString());
    JsonNode summary = parse(CliRun.run("plan", "--config", config.toString(), "--out", out().toString(), "--json")
        .out);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out).contains("\n0+1 together            dev      role databricks-cross-account-role inline "
        + "policies  3,834  10,240  ok\n");
    JsonNode together = summary.at("/sizes/8");
    assertThat(together.get("setups")).isEqualTo(parse("[0, 1]"));
    assertThat(together.get("paths")).hasSize(2);
    assertThat(together.get("size").asInt()).isEqualTo(summary.at("/sizes/1/size").asInt()
        + summary.at("/sizes/6/size").asInt());
    assertThat(Files.readString(out().resolve("main.tf.json")))
        .contains("\"role\": \"${aws_iam_role.databricks_cross_account_role.id}\"");
  }

  @Test
  void plan_colorAlways_coloursTheStatus_andAutoDoesNotWhenNotATerminal() {
    CliRun always = CliRun.run("plan", "--demo", "--out", out().toString(), "--color", "always");
    CliRun auto = CliRun.run("plan", "--demo", "--out", out().toString());

    assertThat(always.out).contains("\u001B[32mok\u001B[39m\u001B[0m");
    assertThat(auto.out).doesNotContain("\u001B[");
  }

  @Test
  void plan_badColor_isAUsageError() {
    CliRun run = CliRun.run("plan", "--demo", "--out", out().toString(), "--color", "sometimes");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Invalid value for option '--color': 'sometimes' (must be auto, always or never)");
  }

  @Test
  void plan_invalidSetUpFile_exits2WithThePathOfTheField() throws IOException {
    Path config = tmp.resolve("bad.json");
    Files.writeString(config, "{\"name\": \"bad\", \"setups\": [{\"type\": \"log-delivery\", \"acountId\": \"x\"}]}");

    CliRun run = CliRun.run("plan", "--config", config.toString(), "--out", out().toString());

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo(config + ": Unknown key \"acountId\" in a log-delivery set-up; it takes type, "
        + "accountId, externalId, bucket, roleName at /setups/0/acountId (line 1, column 53)\n");
    assertThat(out()).doesNotExist();
  }

  @Test
  void plan_missingSetUpFile_exits2() {
    CliRun run = CliRun.run("plan", "--config", "no-such-setup.json", "--out", out().toString());

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).startsWith("Cannot read no-such-setup.json: ");
  }

  @Test
  void plan_outputDirectoryThatIsAFile_exits2() throws IOException {
    Files.writeString(out(), "not a directory");

    CliRun run = CliRun.run("plan", "--demo", "--out", out().toString());

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).startsWith("Cannot write to " + out() + ": ");
  }

  @Test
  void plan_configAndDemoTogether_orNeither_areUsageErrors() {
    CliRun both = CliRun.run("plan", "--demo", "--config", config("log-delivery"));
    CliRun neither = CliRun.run("plan");

    assertThat(both.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(both.err).contains("mutually exclusive");
    assertThat(neither.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(neither.err).contains("Missing required argument");
  }

  @Test
  void plan_help_namesTheDefaultOutputDirectory() {
    CliRun run = CliRun.run("plan", "--help");

    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).contains("(default: iamkit-plan)");
  }

  @Test
  void plan_failingCheck_exits1AndPrintsItsReport() {
    PlanCheck failing = new PlanCheck() {
      @Override
      public String name() {
        return "verification";
      }

      @Override
      public Result run(SetupFile file, IamResources resources) {
        return Result.of(false, List.of("@|red x|@ " + file.name() + ": " + resources.roles().size() + " roles"),
            JsonNodeFactory.instance.objectNode().put("rows", 1));
      }
    };

    Run text = run(failing, "--demo", "--out", out().toString());
    Run json = run(failing, "--demo", "--out", out().toString(), "--json");

    assertThat(text.exitCode).isEqualTo(ExitCodes.INVALID);
    assertThat(text.out).endsWith("\nverification failed\nx demo: 4 roles\n");
    assertThat(json.exitCode).isEqualTo(ExitCodes.INVALID);
    assertThat(parse(json.out).get("checks")).isEqualTo(parse(
        "[{\"name\": \"verification\", \"passed\": false, \"details\": {\"rows\": 1}}]"));
  }

  @Test
  void standardChecks_verifyThenLint() {
    assertThat(PlanChecks.standard()).extracting(PlanCheck::name).containsExactly("verification", "lint");
  }

  private static final class Run {
    final int exitCode;
    final String out;

    Run(int exitCode, String out) {
      this.exitCode = exitCode;
      this.out = out;
    }
  }

  private static Run run(PlanCheck check, String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new PlanCommand(List.of(check)));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    return new Run(cli.execute(args), out.toString());
  }

  private static JsonNode parse(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> names(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(path -> path.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** Compares {@code actual} with the golden file in full, or rewrites it with {@code -Diamkit.updateGolden=true}. */
  static void assertGolden(Path golden, String actual) {
    try {
      if (UPDATE) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertThat(actual).as("golden %s", golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
