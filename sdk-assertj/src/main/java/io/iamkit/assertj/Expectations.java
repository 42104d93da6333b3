package io.iamkit.assertj;

import io.iamkit.sim.Credentials;
import io.iamkit.sim.StepResult;
import org.assertj.core.api.Assertions;

/** Compares a simulated step with the expectation and fails with the simulator's explanation. */
final class Expectations {
  private Expectations() {}

  static void check(boolean expectAllowed, Credentials caller, String what, StepResult result) {
    if (result.succeeded() != expectAllowed) {
      Assertions.fail("%nExpecting %s to be %s %s%nbut the simulation says %s:%n%s", caller.arn(),
          expectAllowed ? "allowed" : "refused", what, result.decision(), result.explain());
    }
  }
}
