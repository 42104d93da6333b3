package io.iamkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamkit.export.IamResources;
import io.iamkit.setupfile.SetupFile;
import java.util.List;

/**
 * A step of {@code iamkit plan} that runs after the documents and exports are written: the extension point for the
 * offline verification matrix and for lint. {@link PlanChecks#standard()} lists the steps the command runs.
 *
 * <p>A check reports to a person through {@link Result#lines()}, which may use picocli's {@code @|green ok|@}
 * markup (shown in colour on a terminal, plain otherwise), and to tools through {@link Result#details()}, which
 * {@code --json} prints under {@code checks[].details}. A failed check makes the command exit with 1.
 */
interface PlanCheck {
  /** The check's name, the heading of its report and {@code checks[].name} in JSON: {@code verification}. */
  String name();

  /** Runs the check on the set-up file and its merged resources. It must not write to the standard streams. */
  Result run(SetupFile file, IamResources resources);

  /** What a check found. */
  final class Result {
    private final boolean passed;
    private final List<String> lines;
    private final JsonNode details;

    private Result(boolean passed, List<String> lines, JsonNode details) {
      this.passed = passed;
      this.lines = List.copyOf(lines);
      this.details = details;
    }

    /** A result: whether the check passed, its report lines for a person, its details for tools. */
    static Result of(boolean passed, List<String> lines, JsonNode details) {
      return new Result(passed, lines, details);
    }

    boolean passed() {
      return passed;
    }

    List<String> lines() {
      return lines;
    }

    JsonNode details() {
      return details;
    }
  }
}
