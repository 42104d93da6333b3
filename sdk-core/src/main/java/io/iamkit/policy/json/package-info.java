/**
 * Lossless JSON for the policy model: {@link io.iamkit.policy.json.PolicyReader} reads a policy from a String,
 * bytes, a Reader or an InputStream (also the URL-encoded form that IAM's GetRole, GetRolePolicy and
 * GetPolicyVersion return), {@link io.iamkit.policy.json.PolicyWriter} writes it pretty or compact, and a document
 * read and written again gives back the same JSON tree: scalars stay scalars, one-element arrays stay arrays, key
 * order is kept, JSON booleans and numbers stay what they were.
 *
 * <p>{@link io.iamkit.policy.json.IamkitJacksonModule} lets a Jackson {@code ObjectMapper} read and write
 * {@link io.iamkit.policy.PolicyDocument}.
 *
 * <p>This is the only package of iamkit that uses Jackson.
 */
@NullMarked
package io.iamkit.policy.json;

import org.jspecify.annotations.NullMarked;
