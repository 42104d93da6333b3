package io.iamkit.assertj;

import io.iamkit.databricks.SetupRole;
import io.iamkit.policy.Arn;
import io.iamkit.sim.AccountModel;
import io.iamkit.sim.Credentials;
import io.iamkit.sim.Hop;
import io.iamkit.sim.StepResult;
import org.jspecify.annotations.Nullable;

/**
 * A check in progress: a caller expected to be allowed or refused. {@link #toAssume} completes an AssumeRole check
 * at once; {@link #to} starts an action check that {@link ActionAssert#on} completes.
 */
public final class AccessAssert {
  private final AccountModelAssert parent;
  private final AccountModel model;
  private final Credentials caller;
  private final boolean expectAllowed;
  private final @Nullable String externalId;

  AccessAssert(AccountModelAssert parent, AccountModel model, Credentials caller, boolean expectAllowed) {
    this(parent, model, caller, expectAllowed, null);
  }

  private AccessAssert(AccountModelAssert parent, AccountModel model, Credentials caller, boolean expectAllowed,
      @Nullable String externalId) {
    this.parent = parent;
    this.model = model;
    this.caller = caller;
    this.expectAllowed = expectAllowed;
    this.externalId = externalId;
  }

  /** Passes {@code externalId} as {@code sts:ExternalId} in the AssumeRole checks that follow. */
  public AccessAssert withExternalId(String value) {
    return new AccessAssert(parent, model, caller, expectAllowed, value);
  }

  /**
   * Checks, now, that the caller may (or may not) assume {@code role}, with the external ID given before.
   *
   * @return an assertion on the same role that can repeat the check with another external ID
   */
  public AssumeRoleAssert toAssume(Arn role) {
    Hop.Builder hop = Hop.builder(role);
    if (externalId != null) {
      hop.externalId(externalId);
    }
    StepResult result = model.simulateAssumeRole(caller, hop.build());
    Expectations.check(expectAllowed, caller, "sts:AssumeRole on " + role
        + (externalId == null ? "" : " with external ID \"" + externalId + "\""), result);
    return new AssumeRoleAssert(parent, model, caller, expectAllowed, role);
  }

  /** Checks, now, that the caller may (or may not) assume {@code role}. */
  public AssumeRoleAssert toAssume(SetupRole role) {
    return toAssume(role.arn());
  }

  /** Starts a check of {@code action}, completed by {@link ActionAssert#on}. */
  public ActionAssert to(String action) {
    return new ActionAssert(parent, model, caller, expectAllowed, action);
  }
}
