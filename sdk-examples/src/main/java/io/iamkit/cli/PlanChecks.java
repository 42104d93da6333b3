package io.iamkit.cli;

import java.util.List;

/** The checks {@code iamkit plan} runs after writing its files. */
final class PlanChecks {
  private PlanChecks() {}

  /**
   * The standard checks, in the order they run. Empty for now: issue 6's offline verification matrix (step 3, on
   * the evaluator) and lint on every document (step 4) are added here as {@link PlanCheck}s when they land.
   */
  static List<PlanCheck> standard() {
    return List.of();
  }
}
