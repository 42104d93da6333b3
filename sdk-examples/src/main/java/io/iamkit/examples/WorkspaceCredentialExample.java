package io.iamkit.examples;

import io.iamkit.databricks.WorkspaceAccess;
import io.iamkit.databricks.WorkspaceCredentialSetup;

/**
 * "Create a cross-account IAM role" (seed 000): the role Databricks assumes with your Databricks account ID as
 * external ID, and its access policy for a customer-managed VPC.
 */
public final class WorkspaceCredentialExample {
  private WorkspaceCredentialExample() {}

  /** Prints the role's trust and access policies. */
  public static void main(String[] args) {
    WorkspaceCredentialSetup setup = WorkspaceCredentialSetup.builder()
        .accountId("111122223333")                        // your AWS account
        .externalId("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")  // your Databricks account ID
        .vpc(WorkspaceAccess.Vpc.CUSTOMER_MANAGED)
        .build();
    setup.requireWithinLimits();
    SetupPrinter.print(setup, System.out);
    System.out.println("# Register " + setup.role().arn() + " as the credential in the Databricks account console.");
  }
}
