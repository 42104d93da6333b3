package io.iamkit.examples;

import io.iamkit.databricks.WorkspaceAccess;
import io.iamkit.databricks.WorkspaceCredentialSetup;
import io.iamkit.sim.AccountModel;
import io.iamkit.sim.Hop;
import io.iamkit.sim.databricks.DatabricksAccounts;

/**
 * "Create a cross-account IAM role" (seed 000): the role Databricks assumes with your Databricks account ID as
 * external ID, and its access policy for a customer-managed VPC.
 */
public final class WorkspaceCredentialExample {
  private WorkspaceCredentialExample() {}

  /** Prints the role's trust and access policies, then simulates Databricks assuming the role. */
  public static void main(String[] args) {
    WorkspaceCredentialSetup setup = WorkspaceCredentialSetup.builder()
        .accountId("111122223333")                        // your AWS account
        .externalId("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")  // your Databricks account ID
        .vpc(WorkspaceAccess.Vpc.CUSTOMER_MANAGED)
        .build();
    setup.requireWithinLimits();
    SetupPrinter.print(setup, System.out);
    System.out.println("# Register " + setup.role().arn() + " as the credential in the Databricks account console.");

    // Offline: Databricks assumes the role with your Databricks account ID, and fails with another one.
    AccountModel accounts = DatabricksAccounts.from(setup);
    for (String externalId : new String[] {"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "someone-else"}) {
      System.out.println("# " + accounts.simulateAssumeRole(DatabricksAccounts.databricks(setup.partition()),
          Hop.builder(setup.role().arn()).externalId(externalId).build()).summary());
    }
  }
}
