package io.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamkit.databricks.DatabricksPattern;
import io.iamkit.databricks.DatabricksPatterns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternsCommandTest {
  @Test
  void patterns_text_listsEveryPatternWithItsParameters() {
    CliRun run = CliRun.run("patterns");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    for (DatabricksPattern pattern : DatabricksPatterns.all()) {
      assertThat(run.out).contains(pattern.id() + "  (seed " + String.join(", ", pattern.seeds()) + ")\n"
          + "    " + pattern.description() + "\n");
    }
    assertThat(run.out).contains("    -p externalId*              your Databricks account ID, passed by "
        + "Databricks as sts:ExternalId\n");
    assertThat(run.out).contains("    -p partition [aws]          Databricks deployment: aws, aws-us-gov or "
        + "aws-us-gov-dod\n");
  }

  @Test
  void patterns_json_describesEveryPatternForTools() throws Exception {
    CliRun run = CliRun.run("patterns", "--json");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    JsonNode catalog = new ObjectMapper().readTree(run.out);
    List<String> ids = new ArrayList<>();
    catalog.get("patterns").forEach(p -> ids.add(p.get("id").asText()));
    assertThat(ids).containsExactlyElementsOf(
        DatabricksPatterns.all().stream().map(DatabricksPattern::id).toList());
    JsonNode trust = catalog.get("patterns").get(ids.indexOf("databricks.workspace.trust"));
    assertThat(trust).isEqualTo(new ObjectMapper().readTree("{\"id\": \"databricks.workspace.trust\","
        + "\"description\": \"Cross-account role trust: the Databricks account may assume the role when "
        + "sts:ExternalId is your Databricks account ID\", \"seeds\": [\"000\", \"003\"], \"parameters\": ["
        + "{\"name\": \"externalId\", \"required\": true, \"default\": null, \"description\": \"your Databricks "
        + "account ID, passed by Databricks as sts:ExternalId\"},"
        + "{\"name\": \"partition\", \"required\": false, \"default\": \"aws\", \"description\": \"Databricks "
        + "deployment: aws, aws-us-gov or aws-us-gov-dod\"},"
        + "{\"name\": \"principalStyle\", \"required\": false, \"default\": \"account-id\", \"description\": "
        + "\"how the Databricks account is named: account-id (as seed 000 prints it) or root-arn (seed 003)\"}]}"));
  }
}
