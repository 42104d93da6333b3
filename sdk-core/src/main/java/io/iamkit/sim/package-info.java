/**
 * An in-memory model of AWS accounts, and the simulation of whole role chains in it: which roles, users, instance
 * profiles, buckets and organization policies exist ({@link io.iamkit.sim.AccountModel}), and whether a caller
 * can assume a role ({@link io.iamkit.sim.AccountModel#simulateAssumeRole}) or go from role to role and then act
 * on a resource ({@link io.iamkit.sim.AccountModel#simulateChain}), hop by hop, the way AWS STS and IAM decide.
 *
 * <pre>{@code
 * AccountModel model = AccountModel.builder()
 *     .account("111111111111", a -> a
 *         .role("MyRoleA", r -> r.trustPolicy(ec2Trust).inlinePolicy("assume-b", assumeB))
 *         .instanceProfile("MyRoleA", "MyRoleA"))
 *     .account("222222222222", b -> b
 *         .role("MyRoleB", r -> r.trustPolicy(trustsA).inlinePolicy("bucket-access", bucketAccess))
 *         .bucket("acme-shared-data", bucketPolicy))
 *     .build();
 * ChainResult result = model.simulateChain(
 *     Credentials.instanceProfile(Arn.parse("arn:aws:iam::111111111111:instance-profile/MyRoleA")),
 *     List.of(Hop.to("arn:aws:iam::222222222222:role/MyRoleB")),
 *     "s3:GetObject", "arn:aws:s3:::acme-shared-data/part-0001.parquet");
 * result.succeeded();      // true
 * result.firstFailure();   // the first step that would fail, with its explanation
 * }</pre>
 *
 * <p>Each request of a chain is decided by {@link io.iamkit.eval.Evaluator} with the policies the model holds for
 * it (section 2 of the evaluation rules: the caller's identity side in its account, SCPs included, and the
 * target's trust or resource policy, with the same-account and cross-account rules); the STS rules that are not
 * policies (role chaining's one-hour limit, the role's maximum session duration, source identity) are checked
 * here. This package depends on the policy model and the evaluator only; building a model from the Databricks
 * set-ups is in {@code io.iamkit.sim.databricks}.
 */
@NullMarked
package io.iamkit.sim;

import org.jspecify.annotations.NullMarked;
