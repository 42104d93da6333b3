package io.iamkit.cli;

import java.util.List;

/** The checks {@code iamkit plan} runs after writing its files. */
final class PlanChecks {
  private PlanChecks() {}

  /**
   * The standard checks, in the order they run: the offline verification matrix (step 3, on the evaluator and the
   * account model) and lint on every document (step 4).
   */
  static List<PlanCheck> standard() {
    return List.of(new VerificationPlanCheck(), new LintPlanCheck());
  }
}
