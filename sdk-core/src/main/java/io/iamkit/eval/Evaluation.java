package io.iamkit.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@link Evaluator#evaluate}: the {@link Decision}, the rule that decided it in words, and on
 * demand every statement of every applicable policy with whether it matched and why, and the context keys the
 * policies test but the request lacks.
 *
 * <pre>{@code
 * Evaluation result = Evaluator.evaluate(request, policies);
 * if (!result.isAllowed()) {
 *   System.err.println(result.explain());
 * }
 * // IMPLICIT_DENY: cross-account: identity side allows, resource side has no matching statement (rule 1.7)
 * // request: arn:aws:sts::111111111111:assumed-role/MyRoleA/iamkit -> sts:AssumeRole on arn:aws:iam::...
 * //   identity policy "MyRoleA-assume" #0 Allow: matched
 * //   resource policy "MyRoleB-trust" #0 Allow: not matched: principal ... does not name the caller
 * }</pre>
 *
 * <p>The statement details are computed the first time they are asked for, by evaluating the request again with
 * recording on; the decision alone costs no allocation beyond this object. Instances are thread-safe.
 */
public final class Evaluation {
  private final Request request;
  private final Policies policies;
  private final int code;
  private volatile @Nullable Trace trace;

  Evaluation(Request request, Policies policies, int code) {
    this.request = request;
    this.policies = policies;
    this.code = code;
  }

  /** The decision. */
  public Decision decision() {
    return Engine.decision(code);
  }

  /** Whether the decision is {@link Decision#ALLOWED}. */
  public boolean isAllowed() {
    return Engine.decision(code) == Decision.ALLOWED;
  }

  /**
   * The rule that decided, in words, such as {@code cross-account: identity side allows, resource side has no
   * matching statement (rule 1.7)}.
   */
  public String reason() {
    return Engine.rule(code).text(Engine.arg(code), policies.resourceKind);
  }

  /** The request evaluated. */
  public Request request() {
    return request;
  }

  /** The policies evaluated. */
  public Policies policies() {
    return policies;
  }

  /**
   * Every statement of every applicable policy, in the order of rule 1.2 (RCPs, SCPs, resource policy, identity
   * policies, boundary, session policies, VPC endpoint policies), with whether it matched and why.
   */
  public List<StatementResult> statements() {
    return trace().statements;
  }

  /** The statements that took part in the decision: those that matched, and Deny statements not understood. */
  public List<StatementResult> matchedStatements() {
    List<StatementResult> matched = new ArrayList<>();
    for (StatementResult statement : trace().statements) {
      if (statement.counted()) {
        matched.add(statement);
      }
    }
    return Collections.unmodifiableList(matched);
  }

  /**
   * The condition keys that statements matching the action and resource test but that the request does not hold
   * (as the AWS simulator's {@code MissingContextValues}), as first written in a policy.
   */
  public List<String> missingContextKeys() {
    return List.copyOf(trace().missingKeys.values());
  }

  /** Remarks on policies that were given but do not apply, and on assumptions made. */
  public List<String> notes() {
    return trace().notes;
  }

  /** The decision, the rule, the request, every statement and the missing keys, one per line. */
  public String explain() {
    Trace t = trace();
    StringBuilder text = new StringBuilder();
    text.append(decision()).append(": ").append(reason()).append('\n');
    text.append("request: ").append(request).append('\n');
    for (String note : t.notes) {
      text.append("note: ").append(note).append('\n');
    }
    for (StatementResult statement : t.statements) {
      text.append("  ").append(statement).append('\n');
    }
    if (!t.missingKeys.isEmpty()) {
      text.append("missing context keys: ").append(String.join(", ", t.missingKeys.values())).append('\n');
    }
    return text.toString();
  }

  private Trace trace() {
    Trace result = trace;
    if (result == null) {
      result = new Trace();
      int traced = Engine.run(request, policies, result);
      if (traced != code) {
        // Both runs share one procedure; a difference is a bug, and must never pass silently.
        throw new IllegalStateException("iamkit evaluator bug: the traced evaluation decided "
            + Engine.decision(traced) + " where the fast one decided " + decision());
      }
      result = new Trace(Collections.unmodifiableList(result.statements), result.missingKeys,
          Collections.unmodifiableList(result.notes));
      trace = result;
    }
    return result;
  }

  /** Returns {@link #explain()}. */
  @Override
  public String toString() {
    return explain();
  }
}
