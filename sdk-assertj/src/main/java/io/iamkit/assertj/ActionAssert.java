package io.iamkit.assertj;

import io.iamkit.sim.AccountModel;
import io.iamkit.sim.Credentials;
import io.iamkit.sim.StepResult;

/** An action check waiting for its resource: {@link #on} runs it. */
public final class ActionAssert {
  private final AccountModelAssert parent;
  private final AccountModel model;
  private final Credentials caller;
  private final boolean expectAllowed;
  private final String action;

  ActionAssert(AccountModelAssert parent, AccountModel model, Credentials caller, boolean expectAllowed,
      String action) {
    this.parent = parent;
    this.model = model;
    this.caller = caller;
    this.expectAllowed = expectAllowed;
    this.action = action;
  }

  /**
   * Checks, now, that the caller may (or may not) do the action on {@code resource}, an ARN such as
   * {@code arn:aws:s3:::my-bucket/key}.
   */
  public AccountModelAssert on(String resource) {
    StepResult result = model.simulate(caller, action, resource);
    Expectations.check(expectAllowed, caller, action + " on " + resource, result);
    return parent;
  }
}
