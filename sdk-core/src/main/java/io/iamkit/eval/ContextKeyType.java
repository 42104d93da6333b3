package io.iamkit.eval;

/**
 * The type of a context key's values, as the AWS policy simulator's {@code ContextKeyType} names them (without
 * the {@code List} suffix, which is {@link RequestContext.Builder#putMulti}). A typed value is checked when the
 * context is built; the condition operator still decides how values are compared (a {@code StringEquals} on a
 * numeric key compares text).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ContextEntry.html">ContextEntry</a>
 */
public enum ContextKeyType {
  /** Text. */
  STRING,
  /** An ARN, {@code arn:partition:service:region:account:resource}. */
  ARN,
  /** An integer or decimal number. */
  NUMERIC,
  /** A W3C ISO 8601 date ({@code 2024-01-31}, {@code 2024-01-31T12:00:00Z}) or epoch seconds. */
  DATE,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** An IPv4 or IPv6 address. */
  IP,
  /** Base64-encoded bytes. */
  BINARY
}
