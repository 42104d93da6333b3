package io.iamkit.setupfile;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.export.CloudFormationExport;
import io.iamkit.export.MermaidDiagram;
import io.iamkit.export.TerraformExport;
import io.iamkit.policy.AccountId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keeps the README's "Set-up file" section true: its example, its schema tables and its Java snippet. */
class ReadmeSetupFileTest {
  static String section() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("## Set-up file\n");
    return readme.substring(start, readme.indexOf("\n## ", start + 1));
  }

  @Test
  void readmeExample_isTheDemoShortened() throws IOException {
    String section = section();
    String json = section.substring(section.indexOf("```json\n") + 8, section.indexOf("```\n", section.indexOf(
        "```json\n") + 8));

    SetupFile shortened = SetupFile.read(json, "README.md");
    SetupFile demo = SetupFile.read(SetupFileTest.example("demo-setup.json"));

    assertThat(shortened.accounts()).isEqualTo(demo.accounts());
    assertThat(shortened.setups()).hasSameSizeAs(demo.setups());
    for (int i = 0; i < demo.setups().size(); i++) {
      assertThat(shortened.setups().get(i).roles()).isEqualTo(demo.setups().get(i).roles());
      assertThat(shortened.setups().get(i).bucketPolicies()).isEqualTo(demo.setups().get(i).bucketPolicies());
    }
  }

  @Test
  void readmeSchema_namesEveryKeyAndType() throws IOException {
    String section = section();

    for (String key : SetupFileReader.FILE_KEYS) {
      assertThat(section).contains("| `" + key + "` |");
    }
    for (Map.Entry<String, List<String>> type : SetupFileReader.SETUP_KEYS.entrySet()) {
      String row = section.lines().filter(line -> line.startsWith("| `" + type.getKey() + "` |")).findFirst()
          .orElseThrow(() -> new AssertionError("no row for " + type.getKey()));
      for (String key : type.getValue()) {
        assertThat(row).as(type.getKey()).contains("`" + key + "`");
      }
    }
  }

  @Test
  void readmeErrorMessages_areWhatTheReaderSays() throws IOException {
    String unknownKey = """
        {
          "name": "demo",
          "setups": [
            {
              "type": "workspace-credential",
              "accountId": "111122223333",
              "externalID": "abc"
            }
          ]
        }
        """;
    String badValue = """
        {"name": "n", "setups": [
          {"type": "workspace-credential", "accountId": "111122223333", "externalId": "has space"}
        ]}
        """;

    for (String json : List.of(unknownKey, badValue)) {
      try {
        SetupFile.read(json, "setup.json");
        throw new AssertionError("read did not fail");
      } catch (SetupFileException e) {
        assertThat(section()).contains("\n" + e.getMessage() + "\n");
      }
    }
  }

  @Test
  void readmeJavaSnippet_readsAndExports() {
    Path setupJson = SetupFileTest.example("demo-setup.json");

    SetupFile file = SetupFile.read(setupJson);           // SetupFileException names the field
    String terraform = TerraformExport.toJson(file.setups(), file.accounts());
    Map<AccountId, String> templates = CloudFormationExport.toJson(file.setups(), file.accounts());
    String diagram = MermaidDiagram.of(file.setups(), file.accounts());

    assertThat(file.setups()).extracting(DatabricksSetup::kind).hasSize(3);
    assertThat(terraform).contains("\"aws_iam_role\"");
    assertThat(templates).hasSize(2);
    assertThat(diagram).startsWith("flowchart LR\n");
  }
}
