package io.iamkit.eval;

import java.util.Objects;

/**
 * Decides whether AWS would allow a {@link Request} under the given {@link Policies}, offline.
 *
 * <pre>{@code
 * Evaluation result = Evaluator.evaluate(request, policies);
 * result.decision();    // ALLOWED, EXPLICIT_DENY or IMPLICIT_DENY
 * result.reason();      // the rule that decided, in words
 * result.explain();     // every statement, matched or not and why, and the missing context keys
 * }</pre>
 *
 * <p>The procedure is that of AWS's policy evaluation logic (rule 1 of the reference): an explicit Deny in any
 * applicable policy wins; then every SCP level must allow, VPC endpoint policies must allow, and the caller's
 * identity side and the resource policy combine by the same-account and cross-account rules, including the
 * trust-policy and KMS key-policy exceptions (rules 1.5 to 1.10), anonymous and service callers (1.11, 1.12), the
 * root user (1.14) and {@code sts:GetCallerIdentity} (1.13).
 *
 * <p>It fails closed: whatever iamkit does not understand in a policy or a request (a statement IAM would refuse
 * for that kind of policy, a value that does not parse for its operator, a principal with a wildcard...) can never
 * make an Allow statement match, and makes a Deny statement match if everything else in it does. Each case is
 * documented where it is handled ({@link Policies}, {@link Caller}, {@link Request}) and reported in
 * {@link Evaluation#explain()} as "not understood".
 *
 * <p>Evaluation is thread-safe and allocates only the returned {@link Evaluation} (plus what policy variables
 * need); compile policies once with {@link CompiledPolicy#of} and reuse them.
 */
public final class Evaluator {
  private Evaluator() {}

  /** Evaluates {@code request} under {@code policies}. */
  public static Evaluation evaluate(Request request, Policies policies) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(policies, "policies == null");
    return new Evaluation(request, policies, Engine.run(request, policies, null));
  }

  /** Returns the decision alone, without keeping what an explanation needs. */
  public static Decision decide(Request request, Policies policies) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(policies, "policies == null");
    return Engine.decision(Engine.run(request, policies, null));
  }
}
