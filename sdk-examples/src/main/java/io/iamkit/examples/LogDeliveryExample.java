package io.iamkit.examples;

import io.iamkit.databricks.LogDeliverySetup;
import io.iamkit.sim.databricks.AccessMatrix;
import java.util.List;

/** Billable-usage and audit log delivery (seed 003): the delivery role and the log bucket's policy. */
public final class LogDeliveryExample {
  private LogDeliveryExample() {}

  /** Prints the role's trust policy and the bucket policy, then simulates who can do what. */
  public static void main(String[] args) {
    LogDeliverySetup setup = LogDeliverySetup.builder()
        .accountId("111122223333")
        .externalId("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
        .bucket("acme-databricks-logs")
        .build();
    setup.requireWithinLimits();
    SetupPrinter.print(setup, System.out);

    // Offline: who may assume the role (with the right, a wrong and no external ID) and use the bucket.
    AccessMatrix.of(List.of(setup)).forEach(row -> System.out.println("# " + row));
  }
}
