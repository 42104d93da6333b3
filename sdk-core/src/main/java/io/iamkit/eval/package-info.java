/**
 * An offline evaluator of AWS IAM authorization: given a {@link io.iamkit.eval.Request} (who calls which
 * action on which resource, with which context keys) and the {@link io.iamkit.eval.Policies} that apply to it,
 * {@link io.iamkit.eval.Evaluator#evaluate} decides {@link io.iamkit.eval.Decision#ALLOWED},
 * {@link io.iamkit.eval.Decision#EXPLICIT_DENY} or {@link io.iamkit.eval.Decision#IMPLICIT_DENY} the way AWS
 * does, and explains the decision ({@link io.iamkit.eval.Evaluation#explain()}).
 *
 * <pre>{@code
 * Request request = Request.of(Caller.parse("arn:aws:iam::111111111111:role/MyRoleA"),
 *     "sts:AssumeRole", "arn:aws:iam::222222222222:role/MyRoleB");
 * Policies policies = Policies.builder()
 *     .identityPolicy("MyRoleA-assume", identityDocument)
 *     .trustPolicy("MyRoleB-trust", trustDocument)
 *     .build();
 * Evaluation result = Evaluator.evaluate(request, policies);
 * result.decision();   // ALLOWED
 * result.explain();    // the deciding rule, then every statement and why it matched or not
 * }</pre>
 *
 * <p>The rules implemented are those of {@code shared/reference/IAM-EVALUATION-RULES.md} (sections 1, 3, 4, 5
 * and the per-request parts of 2), cited in the Javadoc as "rule 1.5" and so on. Where AWS documentation is
 * ambiguous or a policy holds something iamkit does not understand, the evaluator <em>fails closed</em>: such an
 * element makes an {@code Allow} statement not match and a {@code Deny} statement match, so that it can never
 * produce {@link io.iamkit.eval.Decision#ALLOWED}. Each such choice is named in the Javadoc of the type it
 * concerns and has a test.
 *
 * <p>Policies are compiled once ({@link io.iamkit.eval.CompiledPolicy}); evaluation allocates little and builds
 * the explanation only when asked for.
 *
 * <p>This package depends on the policy model ({@code io.iamkit.policy}) and the JDK only.
 */
@NullMarked
package io.iamkit.eval;

import org.jspecify.annotations.NullMarked;
