package io.iamkit.examples;

import io.iamkit.databricks.StorageConfigurationSetup;

/** The workspace root (DBFS) bucket of a storage configuration (seed 003): its bucket policy. */
public final class StorageConfigurationExample {
  private StorageConfigurationExample() {}

  /** Prints the root bucket's policy. */
  public static void main(String[] args) {
    StorageConfigurationSetup setup = StorageConfigurationSetup.builder()
        .accountId("111122223333")
        .bucket("acme-workspace-root")
        .databricksAccountId("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
        .build();
    setup.requireWithinLimits();
    SetupPrinter.print(setup, System.out);
  }
}
