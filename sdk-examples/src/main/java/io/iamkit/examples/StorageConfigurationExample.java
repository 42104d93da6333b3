package io.iamkit.examples;

import io.iamkit.databricks.StorageConfigurationSetup;
import io.iamkit.sim.databricks.AccessMatrix;
import java.util.List;

/** The workspace root (DBFS) bucket of a storage configuration (seed 003): its bucket policy. */
public final class StorageConfigurationExample {
  private StorageConfigurationExample() {}

  /** Prints the root bucket's policy, then simulates who can do what. */
  public static void main(String[] args) {
    StorageConfigurationSetup setup = StorageConfigurationSetup.builder()
        .accountId("111122223333")
        .bucket("acme-workspace-root")
        .databricksAccountId("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
        .build();
    setup.requireWithinLimits();
    SetupPrinter.print(setup, System.out);

    // Offline: who may assume the role (with the right, a wrong and no external ID) and use the bucket.
    AccessMatrix.of(List.of(setup)).forEach(row -> System.out.println("# " + row));
  }
}
