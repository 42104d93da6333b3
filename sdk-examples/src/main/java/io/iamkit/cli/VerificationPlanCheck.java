package io.iamkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamkit.export.IamResources;
import io.iamkit.setupfile.SetupFile;
import io.iamkit.sim.databricks.AccessMatrix;
import io.iamkit.sim.databricks.AccessRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 3 of {@code iamkit plan}: the offline verification. Simulates the {@link AccessMatrix} of the set-ups (who
 * may assume which role with which external ID, who may read and write which bucket, and what an unrelated
 * principal may not do), expected against simulated; a red row shows the simulator's explanation.
 */
final class VerificationPlanCheck implements PlanCheck {
  @Override
  public String name() {
    return "verification";
  }

  @Override
  public Result run(SetupFile file, IamResources resources) {
    List<AccessRow> rows = AccessMatrix.of(file.setups());
    List<String> lines = new ArrayList<>();
    ArrayNode details = JsonNodeFactory.instance.arrayNode();
    int failed = 0;
    int setupWidth = 0;
    int width = 0;
    for (AccessRow row : rows) {
      setupWidth = Math.max(setupWidth, row.setup().length());
      width = Math.max(width, row.who().length());
    }
    for (AccessRow row : rows) {
      String expected = row.expectAllowed() ? "allow" : "deny";
      String simulated = row.allowed() ? "allow" : "deny";
      String mark = row.passed() ? "@|green ok|@  " : "@|red,bold FAIL|@";
      lines.add(String.format("  %s %-" + setupWidth + "s  %-" + width + "s  %s  expected %-5s  simulated %s", mark,
          row.setup(), row.who(), row.what(), expected, simulated));
      if (!row.passed()) {
        failed++;
        for (String explanation : row.result().explain().split("\n")) {
          lines.add("        " + explanation);
        }
      }
      ObjectNode detail = details.addObject();
      detail.put("setup", row.setup());
      detail.put("who", row.who());
      detail.put("what", row.what());
      detail.put("expected", row.expectAllowed() ? "allowed" : "denied");
      detail.put("simulated", row.result().decision().awsName());
      detail.put("passed", row.passed());
      if (!row.passed()) {
        detail.put("explanation", row.result().explain());
      }
    }
    lines.add(0, rows.size() + " accesses simulated, " + failed + " not as expected");
    return Result.of(failed == 0, lines, details);
  }
}
