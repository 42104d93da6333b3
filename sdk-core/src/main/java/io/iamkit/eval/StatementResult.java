package io.iamkit.eval;

import io.iamkit.policy.Effect;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How one statement of one policy fared in an {@link Evaluation}: whether it matched the request and, if not,
 * why (the action, the resource, the principal or which condition key and operator).
 *
 * <pre>{@code
 * identity policy "MyRoleA-assume" #0 (Sid AssumeB) Allow: matched
 * role trust policy "MyRoleB-trust" #0 Allow: not matched: StringEquals sts:ExternalId: key missing from the
 *     request
 * }</pre>
 */
public final class StatementResult {
  /** Whether a statement matched. */
  public enum Outcome {
    /** Action, resource, principal and every condition match. */
    MATCHED,
    /** Some element does not match. */
    NOT_MATCHED,
    /**
     * Some element is not understood (fail closed) and none clearly fails: the statement counts for a Deny and
     * not for an Allow; {@link #reason()} says what was not understood.
     */
    NOT_UNDERSTOOD
  }

  private final PolicyKind kind;
  private final String kindText;
  private final int level;
  private final String policyName;
  private final int index;
  private final @Nullable String sid;
  private final Effect effect;
  private final Outcome outcome;
  private final String reason;

  StatementResult(PolicyKind kind, String kindText, int level, String policyName, int index, @Nullable String sid,
      Effect effect, Outcome outcome, String reason) {
    this.kind = kind;
    this.kindText = kindText;
    this.level = level;
    this.policyName = policyName;
    this.index = index;
    this.sid = sid;
    this.effect = effect;
    this.outcome = outcome;
    this.reason = reason;
  }

  /** The role of the policy that holds the statement. */
  public PolicyKind policyKind() {
    return kind;
  }

  /** The SCP or RCP level (0 is the organization root), or the position among VPC endpoint policies; else -1. */
  public int level() {
    return level;
  }

  /** The name of the policy, as given to {@link CompiledPolicy#of}. */
  public String policyName() {
    return policyName;
  }

  /** The index of the statement in its policy, from 0. */
  public int index() {
    return index;
  }

  /** The statement's Sid. */
  public Optional<String> sid() {
    return Optional.ofNullable(sid);
  }

  /** The statement's effect. */
  public Effect effect() {
    return effect;
  }

  /** Whether the statement matched. */
  public Outcome outcome() {
    return outcome;
  }

  /** Whether the statement took part in the decision: it matched, or it is a Deny that is not understood. */
  public boolean counted() {
    return outcome == Outcome.MATCHED || (outcome == Outcome.NOT_UNDERSTOOD && effect == Effect.DENY);
  }

  /** Why the statement matched or not, in words. */
  public String reason() {
    return reason;
  }

  /**
   * The statement as {@code identity policy "name" #0 (Sid X) Allow}; a resource policy is named by its kind
   * ({@code role trust policy}, {@code KMS key policy}).
   */
  public String label() {
    StringBuilder text = new StringBuilder(kindText);
    if (level >= 0) {
      text.append(kind == PolicyKind.VPC_ENDPOINT ? " " : " level ").append(level);
    }
    text.append(" \"").append(policyName).append("\" #").append(index);
    if (sid != null) {
      text.append(" (Sid ").append(sid).append(')');
    }
    return text.append(' ').append(effect).toString();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof StatementResult)) {
      return false;
    }
    StatementResult that = (StatementResult) other;
    return kind == that.kind && level == that.level && index == that.index && policyName.equals(that.policyName)
        && Objects.equals(sid, that.sid) && effect == that.effect && outcome == that.outcome
        && reason.equals(that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, level, policyName, index, outcome);
  }

  /** Returns {@code label: outcome: reason}. */
  @Override
  public String toString() {
    String what = outcome == Outcome.MATCHED ? "matched" : outcome == Outcome.NOT_MATCHED ? "not matched"
        : counted() ? "not understood, counted as matching (fail closed)"
        : "not understood, counted as not matching (fail closed)";
    return label() + ": " + what + (reason.isEmpty() ? "" : ": " + reason);
  }
}
