/**
 * Applying iamkit set-ups to AWS, on the AWS SDK for Java v2. This module is optional: {@code iamkit-core} never
 * depends on it.
 *
 * <p>Give an {@link io.iamkit.aws.Applier} one {@link io.iamkit.aws.AccountClients} per account (credentials
 * provider, region, optional endpoint override); {@link io.iamkit.aws.Applier#plan plan(setups)} reads what exists
 * (GetRole, ListRoleTags, ListRolePolicies, GetRolePolicy, GetInstanceProfile, GetBucketPolicy) and returns a
 * {@link io.iamkit.aws.Plan}: the {@link io.iamkit.aws.Change}s needed, each a single write (CreateRole,
 * UpdateAssumeRolePolicy, PutRolePolicy, TagRole, CreateInstanceProfile, AddRoleToInstanceProfile,
 * PutBucketPolicy), and the {@link io.iamkit.aws.Conflict}s it leaves alone. {@link io.iamkit.aws.Applier#apply
 * apply} makes exactly those changes, telling an {@link io.iamkit.aws.ApplyListener} about each.
 *
 * <pre>{@code
 * try (Applier applier = Applier.builder()
 *     .account(AccountClients.builder().account("111122223333").credentialsProvider(deployment).build())
 *     .account(AccountClients.builder().account("444455556666").credentialsProvider(bucketOwner).build())
 *     .build()) {
 *   Plan plan = applier.plan(setup);
 *   System.out.print(plan);     // CREATE_ROLE 111122223333 role/MyRoleA: create role MyRoleA with ...
 *   applier.apply(plan);
 * }
 * }</pre>
 *
 * <p>Documents are compared semantically ({@link io.iamkit.policy.PolicyDocuments#semanticallyEqual}), so a second
 * apply makes no write, and a trust or inline policy edited outside iamkit shows up as a change that puts it
 * back. Roles iamkit creates carry the tag {@code iamkit:managed-by=iamkit}; a role that exists without it is a
 * conflict unless {@link io.iamkit.aws.Applier.Builder#takeOver takeOver} is set. Nothing is ever deleted.
 * Transient errors (throttling, 5xx, no response, IAM's eventual consistency) are retried with exponential
 * backoff and jitter within a bounded budget; any other failure, or an exhausted budget, is an
 * {@link io.iamkit.aws.AwsApplyException} naming the call, the target, the error code and the request ID, never a
 * credential.
 */
@NullMarked
package io.iamkit.aws;

import org.jspecify.annotations.NullMarked;
