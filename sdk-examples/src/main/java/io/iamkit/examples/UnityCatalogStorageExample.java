package io.iamkit.examples;

import io.iamkit.databricks.UnityCatalogStorageSetup;
import io.iamkit.sim.databricks.AccessMatrix;
import java.util.List;

/**
 * A Unity Catalog storage credential's role (seeds 002 and 003): trusted by the Unity Catalog master role and by
 * itself with the credential's external ID, with the storage permissions on the bucket.
 */
public final class UnityCatalogStorageExample {
  private UnityCatalogStorageExample() {}

  /** Prints the role's trust and storage policies, then simulates who can do what. */
  public static void main(String[] args) {
    UnityCatalogStorageSetup setup = UnityCatalogStorageSetup.builder()
        .accountId("444455556666")
        .roleName("acme-uc-storage")
        .externalId("7a1e5b2c-0d4f-4e8a-9b3c-6f2d1e0a9c8b")   // from the storage credential
        .bucket("acme-uc-data")
        .build();
    setup.requireWithinLimits();
    SetupPrinter.print(setup, System.out);

    // Offline: Unity Catalog with the right and a wrong external ID, the self-assume, the bucket.
    AccessMatrix.of(List.of(setup)).forEach(row -> System.out.println("# " + row));
  }
}
