package io.iamkit.aws;

import io.iamkit.policy.AccountId;
import java.util.Objects;

/**
 * Something a plan leaves alone because iamkit does not manage it: a role that exists without iamkit's
 * managed-by tag, an existing role the set-up extends that does not exist, an instance profile holding another
 * role.
 */
public final class Conflict {
  private final AccountId account;
  private final String target;
  private final String reason;

  Conflict(AccountId account, String target, String reason) {
    this.account = account;
    this.target = target;
    this.reason = reason;
  }

  /** The account. */
  public AccountId account() {
    return account;
  }

  /** What is left alone: {@code role/<name>}, {@code instance-profile/<name>}. */
  public String target() {
    return target;
  }

  /** Why, and what to do about it. */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Conflict && ((Conflict) other).account.equals(account)
        && ((Conflict) other).target.equals(target) && ((Conflict) other).reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(account, target, reason);
  }

  /** Returns {@code CONFLICT account target: reason}. */
  @Override
  public String toString() {
    return "CONFLICT " + account + " " + target + ": " + reason;
  }
}
