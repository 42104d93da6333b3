package io.iamkit.eval;

/**
 * The outcome of an evaluation, in the three values AWS's policy simulator reports ({@code allowed},
 * {@code explicitDeny}, {@code implicitDeny}).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">Policy
 *     evaluation logic</a>
 */
public enum Decision {
  /** Some policy allows, every policy that must allow does, and no Deny matches. */
  ALLOWED,
  /** A Deny statement in an applicable policy matches (rule 1.1): no Allow can override it. */
  EXPLICIT_DENY,
  /**
   * No Deny matches, but an Allow is missing where one is needed. This includes an SCP level, a boundary or a
   * session policy without a matching Allow, which AWS documentation calls "explicitly denied, even if the denial
   * is implicit"; iamkit reports those as implicit, as the AWS policy simulator does, because no Deny statement
   * decided (rule 1.2), and names the policy in {@link Evaluation#reason()}.
   */
  IMPLICIT_DENY;

  /**
   * The name in the AWS simulator's {@code EvalDecision}: {@code allowed}, {@code explicitDeny},
   * {@code implicitDeny}.
   */
  public String awsName() {
    switch (this) {
      case ALLOWED:
        return "allowed";
      case EXPLICIT_DENY:
        return "explicitDeny";
      default:
        return "implicitDeny";
    }
  }
}
