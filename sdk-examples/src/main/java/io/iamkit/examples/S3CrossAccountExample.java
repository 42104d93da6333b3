package io.iamkit.examples;

import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.sim.AccountModel;
import io.iamkit.sim.ChainResult;
import io.iamkit.sim.Credentials;
import io.iamkit.sim.Hop;
import io.iamkit.sim.databricks.DatabricksAccounts;
import java.util.List;

/**
 * "Secure access to S3 buckets across accounts using instance profiles with an AssumeRole policy" (seed 001):
 * MyRoleA in account A, MyRoleB in account B, the bucket policy, and the cluster's Spark config.
 */
public final class S3CrossAccountExample {
  private S3CrossAccountExample() {}

  /** Prints every document of the set-up and the Spark config, then simulates the cluster reading the bucket. */
  public static void main(String[] args) {
    S3CrossAccountSetup setup = S3CrossAccountSetup.builder()
        .deploymentAccountId("111122223333")    // Account A: the Databricks deployment
        .bucketOwnerAccountId("444455556666")   // Account B: owns the bucket
        .bucket("acme-shared-data")
        .build();
    setup.requireWithinLimits();
    SetupPrinter.print(setup, System.out);
    System.out.println("# Add instance profile " + setup.instanceProfile().arn() + " to the workspace, then set "
        + "on the cluster's Spark tab:");
    setup.sparkConf().lines().forEach(System.out::println);

    // Offline: the cluster (MyRoleA's instance profile) assumes MyRoleB and reads from the bucket.
    AccountModel accounts = DatabricksAccounts.from(setup);
    ChainResult chain = accounts.simulateChain(Credentials.instanceProfile(setup.instanceProfile().arn()),
        List.of(Hop.to(setup.roleB().arn())), "s3:GetObject", "arn:aws:s3:::acme-shared-data/some/key");
    chain.steps().forEach(step -> System.out.println("# " + step.summary()));
  }
}
