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
 * <p>The choices iamkit makes where AWS documentation is silent or ambiguous, each on the safe side and each
 * tested ({@code FailClosedTest} and the rule tests):
 *
 * <ul>
 *   <li>Not understood, so an Allow statement does not match and a Deny statement does: a policy or request value
 *       that does not parse for its operator; a plain operator on a request key with several values; {@code Null}
 *       on a key present but empty; {@code ForAnyValue:Null}/{@code ForAllValues:Null}; an unresolved policy
 *       variable under a negated operator or in {@code NotResource}; a malformed variable; a wildcard in the
 *       service part of a resource ARN or a variable before its resource part; a principal with a wildcard, an ARN
 *       naming no principal, a {@code CanonicalUser}; a statement IAM would refuse in that kind of policy
 *       ({@code Principal} in an identity policy, no {@code Principal} in a resource policy, no {@code Resource}
 *       outside trust policies, {@code NotPrincipal} or {@code Resource} in a trust policy).
 *   <li>{@code NotPrincipal}: a Deny spares the caller only when its account and every ARN it acts as (user, or
 *       role and session) are listed; an Allow grants only when none of them is.
 *   <li>Same account, a resource policy that allows {@code "*"} or by {@code NotPrincipal} is limited by the
 *       caller's boundary and session policies, like a grant to the role ARN (only grants to the user or session
 *       ARN are documented as unlimited).
 *   <li>A service principal is granted only by a statement that names it ({@code {"Service": ...}}), not by
 *       {@code "*"}; RCPs apply to service and anonymous callers too.
 *   <li>Every SCP level needs a matching Allow; an RCP level never does ({@code RCPFullAWSAccess} cannot be
 *       detached); SCP and boundary denials without a Deny statement are reported as
 *       {@link Decision#IMPLICIT_DENY}.
 *   <li>A resource whose ARN names no account (S3) and whose account is not given is in the caller's account, as
 *       the AWS policy simulator assumes.
 *   <li>The root user cannot call {@code sts:AssumeRole} (STS API reference).
 * </ul>
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
