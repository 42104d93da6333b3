package io.iamkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.iamkit.policy.AccountId;
import io.iamkit.setupfile.SetupFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports of every bundled example checked by the tools that deploy them, where those tools are installed (the
 * tests are skipped otherwise): {@code cfn-lint} validates each CloudFormation template against the resource
 * specification, and {@code terraform providers} loads each configuration (JSON syntax, blocks, meta-arguments and
 * references). A full {@code terraform validate} needs the AWS provider, which needs the Terraform registry.
 */
class DeployToolsTest {
  static final List<String> EXAMPLES = List.of("setups/workspace-credential.json", "setups/s3-cross-account.json",
      "setups/unity-catalog-storage.json", "setups/staging-bucket.json", "setups/storage-configuration.json",
      "setups/log-delivery.json", "demo-setup.json");

  @TempDir Path tmp;

  private static Optional<Path> onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static SetupFile example(String name) {
    return SetupFile.read(Path.of("src/main/resources/examples").resolve(name));
  }

  private static String run(Path dir, String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("CHECKPOINT_DISABLE", "1");
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", List.of(command)).isTrue();
    String text = new String(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("%s exit code; output:%n%s", List.of(command), text).isZero();
    return text;
  }

  @Test
  void cfnLint_acceptsEveryTemplate() throws Exception {
    Optional<Path> cfnLint = onPath("cfn-lint");
    assumeTrue(cfnLint.isPresent(), "cfn-lint is not installed");
    List<String> command = new ArrayList<>(List.of(cfnLint.get().toString()));
    for (String name : EXAMPLES) {
      SetupFile file = example(name);
      for (Map.Entry<AccountId, String> template
          : CloudFormationExport.toJson(file.setups(), file.accounts()).entrySet()) {
        Path path = tmp.resolve(file.name() + "-" + template.getKey().value() + ".json");
        Files.writeString(path, template.getValue(), StandardCharsets.UTF_8);
        command.add(path.toString());
      }
    }

    assertThat(run(tmp, command.toArray(String[]::new))).isEmpty();
  }

  @Test
  void terraformProviders_loadsEveryConfiguration() throws Exception {
    Optional<Path> terraform = onPath("terraform");
    assumeTrue(terraform.isPresent(), "terraform is not installed");
    for (String name : EXAMPLES) {
      SetupFile file = example(name);
      Path dir = Files.createDirectories(tmp.resolve(file.name()));
      Files.writeString(dir.resolve("main.tf.json"), TerraformExport.toJson(file.setups(), file.accounts()),
          StandardCharsets.UTF_8);

      assertThat(run(dir, terraform.get().toString(), "providers"))
          .contains("provider[registry.terraform.io/hashicorp/aws] >= 4.0.0");
    }
  }
}
