package io.iamkit.assertj;

import io.iamkit.policy.Arn;
import io.iamkit.sim.AccountModel;
import io.iamkit.sim.Credentials;
import io.iamkit.sim.Hop;
import io.iamkit.sim.StepResult;

/** An AssumeRole check that has run; {@link #withExternalId} runs it again with an external ID. */
public final class AssumeRoleAssert {
  private final AccountModelAssert parent;
  private final AccountModel model;
  private final Credentials caller;
  private final boolean expectAllowed;
  private final Arn role;

  AssumeRoleAssert(AccountModelAssert parent, AccountModel model, Credentials caller, boolean expectAllowed,
      Arn role) {
    this.parent = parent;
    this.model = model;
    this.caller = caller;
    this.expectAllowed = expectAllowed;
    this.role = role;
  }

  /**
   * Checks, now, the same expectation with {@code externalId} passed as {@code sts:ExternalId}: reads naturally for
   * refusals, {@code denies(databricks).toAssume(role).withExternalId("wrong")}. For an allowed AssumeRole that
   * needs an external ID, give it first: {@code allows(databricks).withExternalId(id).toAssume(role)}.
   */
  public AssumeRoleAssert withExternalId(String externalId) {
    StepResult result = model.simulateAssumeRole(caller, Hop.builder(role).externalId(externalId).build());
    Expectations.check(expectAllowed, caller,
        "sts:AssumeRole on " + role + " with external ID \"" + externalId + "\"", result);
    return this;
  }

  /** Returns to the model's assertions, for the next check. */
  public AccountModelAssert and() {
    return parent;
  }
}
