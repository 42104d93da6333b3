package io.iamkit.policy.json;

import io.iamkit.policy.PolicyDocument;

/**
 * Measures policy documents the way IAM counts them against its quotas: the characters of the JSON text, not
 * counting whitespace.
 *
 * <p>AWS says only that "IAM doesn't count white space when computing the size of a policy". It does not say
 * whether a space inside a string (a condition value, a Sid of a bucket policy) is counted. iamkit takes the safe
 * reading and counts it: the size is the number of Unicode code points of the compact JSON that
 * {@link PolicyWriter#compact()} writes, which has no whitespace outside strings. A document that passes here
 * is never over IAM's count of the same text.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS STS
 *     quotas</a>
 */
public final class PolicySize {
  private PolicySize() {}

  /** Returns the size of {@code document} in characters, whitespace outside strings not counted. */
  public static int of(PolicyDocument document) {
    String compact = PolicyWriter.compact().write(document);
    return compact.codePointCount(0, compact.length());
  }
}
