package io.iamkit.examples;

import io.iamkit.databricks.StagingBucketSetup;
import io.iamkit.sim.databricks.AccessMatrix;
import java.util.List;

/**
 * "IAM role authentication to Databricks AWS staging buckets" (seed 002): one role that Polytomic and Unity
 * Catalog both assume, each with its own external ID, on the staging bucket.
 */
public final class StagingBucketExample {
  private StagingBucketExample() {}

  /** Prints the shared role's trust and access policies, then simulates who can do what. */
  public static void main(String[] args) {
    StagingBucketSetup setup = StagingBucketSetup.builder()
        .accountId("111122223333")
        .roleName("polytomic-databricks-staging")
        .bucket("acme-staging")
        .thirdParty("polytomic")
        .thirdPartyExternalId("polytomic-connection-1234")
        .databricksExternalId("7a1e5b2c-0d4f-4e8a-9b3c-6f2d1e0a9c8b")
        .build();
    setup.requireWithinLimits();
    SetupPrinter.print(setup, System.out);

    // Offline: who may assume the role (with the right, a wrong and no external ID) and use the bucket.
    AccessMatrix.of(List.of(setup)).forEach(row -> System.out.println("# " + row));
  }
}
