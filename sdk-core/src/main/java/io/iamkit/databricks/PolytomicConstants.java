package io.iamkit.databricks;

/**
 * The principals of Polytomic, the third-party tool that shares a staging bucket with Databricks in
 * {@link StagingTrust}. Polytomic runs in the commercial AWS partition ({@code aws}) only.
 *
 * <p>Source: Polytomic's guide "IAM role authentication to Databricks AWS staging buckets" (seed 002): the account
 * root in "Trust Policy for Dual Access" ("Polytomic's AWS account") and the service role in "Alternative: More
 * Restrictive Polytomic Principal". iamkit's reference notes (DATABRICKS-REFERENCE.md) repeat both.
 */
final class PolytomicConstants {
  /** Polytomic's AWS account root, the principal of "Trust Policy for Dual Access". */
  static final String ACCOUNT_ROOT = "arn:aws:iam::568237466542:root";
  /** Polytomic's production service role, the principal of "More Restrictive Polytomic Principal". */
  static final String SERVICE_ROLE =
      "arn:aws:iam::568237466542:role/convox/prod-polytomic-ServiceRole-1ELGH39L0GCHT";

  private PolytomicConstants() {}
}
