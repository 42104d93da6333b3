package io.iamkit.examples;

import static io.iamkit.assertj.IamkitAssertions.assertThat;

import io.iamkit.databricks.DatabricksPartition;
import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.databricks.WorkspaceCredentialSetup;
import io.iamkit.sim.Credentials;
import io.iamkit.sim.databricks.DatabricksAccounts;
import org.junit.jupiter.api.Test;

/** Keeps the README's "Test your set-up" section true: the same code, line for line. */
class ReadmeAssertionsTest {
  S3CrossAccountSetup s3 = S3CrossAccountSetup.builder()
      .deploymentAccountId("111122223333").bucketOwnerAccountId("444455556666").bucket("acme-shared-data").build();
  WorkspaceCredentialSetup workspace = WorkspaceCredentialSetup.builder()
      .accountId("111122223333").externalId("0a1b2c3d-our-databricks-account").build();
  Credentials databricks = DatabricksAccounts.databricks(DatabricksPartition.AWS);

  @Test
  void clustersReachTheSharedBucketThroughMyRoleB() {
    assertThat(s3).allows(Credentials.instanceProfile(s3.instanceProfile().arn())).toAssume(s3.roleB());
    assertThat(s3).allows(s3.roleB()).to("s3:GetObject").on("arn:aws:s3:::acme-shared-data/key");
  }

  @Test
  void onlyOurDatabricksAccountGetsIn() {
    assertThat(workspace).allows(databricks).withExternalId("0a1b2c3d-our-databricks-account")
        .toAssume(workspace.role());
    assertThat(workspace).denies(databricks).toAssume(workspace.role()).withExternalId("wrong");
  }
}
