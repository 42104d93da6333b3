package io.iamkit.sim.databricks;

import io.iamkit.sim.StepResult;
import java.util.Objects;

/**
 * One row of an {@link AccessMatrix}: who tries what, whether the set-up should let them, and what the
 * simulation says. A row passes when the two agree.
 */
public final class AccessRow {
  private final String setup;
  private final String who;
  private final String what;
  private final boolean expectAllowed;
  private final StepResult result;

  AccessRow(String setup, String who, String what, boolean expectAllowed, StepResult result) {
    this.setup = setup;
    this.who = who;
    this.what = what;
    this.expectAllowed = expectAllowed;
    this.result = Objects.requireNonNull(result, "result == null");
  }

  /** The set-up the row checks, such as {@code 0 workspace-credential}. */
  public String setup() {
    return setup;
  }

  /** Who makes the request, such as {@code Databricks with the right external ID}. */
  public String who() {
    return who;
  }

  /** What they try, such as {@code sts:AssumeRole on arn:aws:iam::111122223333:role/x}. */
  public String what() {
    return what;
  }

  /** Whether a correct set-up allows it. */
  public boolean expectAllowed() {
    return expectAllowed;
  }

  /** Whether the simulation allowed it. */
  public boolean allowed() {
    return result.succeeded();
  }

  /** Whether expectation and simulation agree. */
  public boolean passed() {
    return expectAllowed == allowed();
  }

  /** The simulated step, with its explanation. */
  public StepResult result() {
    return result;
  }

  @Override
  public String toString() {
    return (passed() ? "ok   " : "FAIL ") + who + ": " + what + " (expected " + (expectAllowed ? "allow" : "deny")
        + ", simulated " + result.decision() + ")";
  }
}
