package io.iamkit.assertj;

import io.iamkit.databricks.SetupRole;
import io.iamkit.policy.Arn;
import io.iamkit.sim.AccountModel;
import io.iamkit.sim.Credentials;
import io.iamkit.sim.Hop;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions about who may do what in an {@link AccountModel}. Each check is simulated with iamkit's offline
 * evaluator at the call that completes it ({@link AccessAssert#toAssume}, {@link ActionAssert#on}).
 */
public final class AccountModelAssert extends AbstractAssert<AccountModelAssert, AccountModel> {
  AccountModelAssert(AccountModel actual) {
    super(actual, AccountModelAssert.class);
  }

  /** Starts a check that {@code caller} is allowed something. */
  public AccessAssert allows(Credentials caller) {
    isNotNull();
    return new AccessAssert(this, actual, caller, true);
  }

  /** Starts a check that a session of {@code role} is allowed something. */
  public AccessAssert allows(Arn role) {
    return allows(session(role));
  }

  /**
   * Starts a check that {@code role} is allowed something: a session of the role, or, for a role with an instance
   * profile of the same name, the role as EC2 hands it to a cluster is not meant; pass
   * {@link Credentials#instanceProfile} for that.
   */
  public AccessAssert allows(SetupRole role) {
    return allows(role.arn());
  }

  /** Starts a check that {@code caller} is refused something. */
  public AccessAssert denies(Credentials caller) {
    isNotNull();
    return new AccessAssert(this, actual, caller, false);
  }

  /** Starts a check that a session of {@code role} is refused something. */
  public AccessAssert denies(Arn role) {
    return denies(session(role));
  }

  /** Starts a check that a session of {@code role} is refused something. */
  public AccessAssert denies(SetupRole role) {
    return denies(role.arn());
  }

  private static Credentials session(Arn role) {
    return Credentials.roleSession(role, Hop.DEFAULT_SESSION_NAME);
  }
}
