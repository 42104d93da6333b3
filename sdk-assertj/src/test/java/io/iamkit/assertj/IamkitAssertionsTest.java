package io.iamkit.assertj;

import static io.iamkit.assertj.IamkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.databricks.DatabricksPartition;
import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.databricks.WorkspaceCredentialSetup;
import io.iamkit.policy.Arn;
import io.iamkit.sim.Credentials;
import io.iamkit.sim.databricks.DatabricksAccounts;
import org.junit.jupiter.api.Test;

class IamkitAssertionsTest {
  private static final S3CrossAccountSetup S3 = S3CrossAccountSetup.builder().deploymentAccountId("111122223333")
      .bucketOwnerAccountId("444455556666").bucket("acme-shared-data").build();
  private static final WorkspaceCredentialSetup WORKSPACE = WorkspaceCredentialSetup.builder()
      .accountId("111122223333").externalId("dbx-account").build();
  private static final Credentials ROLE_A_ON_CLUSTER = Credentials.instanceProfile(S3.instanceProfile().arn());
  private static final Credentials DATABRICKS = DatabricksAccounts.databricks(DatabricksPartition.AWS);

  @Test
  void allows_whatTheSetupGrants_passes() {
    assertThat(S3).allows(ROLE_A_ON_CLUSTER).toAssume(S3.roleB());
    assertThat(S3).allows(S3.roleB()).to("s3:GetObject").on("arn:aws:s3:::acme-shared-data/key")
        .allows(S3.roleB()).to("s3:ListBucket").on("arn:aws:s3:::acme-shared-data");
    assertThat(WORKSPACE).allows(DATABRICKS).withExternalId("dbx-account").toAssume(WORKSPACE.role());
  }

  @Test
  void denies_whatTheSetupRefuses_passes() {
    assertThat(WORKSPACE).denies(DATABRICKS).toAssume(WORKSPACE.role()).withExternalId("wrong");
    assertThat(S3).denies(S3.roleB()).to("s3:GetObject").on("arn:aws:s3:::another-bucket/key");
  }

  @Test
  void allows_whatTheSetupRefuses_failsWithTheExplanation() {
    assertThatThrownBy(() -> assertThat(WORKSPACE).allows(DATABRICKS).withExternalId("wrong")
            .toAssume(WORKSPACE.role()))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(String.format("%nExpecting arn:aws:iam::414351767826:role/"
            + "databricks-deployment to be allowed sts:AssumeRole on "
            + "arn:aws:iam::111122223333:role/databricks-cross-account-role with external ID \"wrong\"%n"
            + "but the simulation says IMPLICIT_DENY:%n"))
        .hasMessageContaining("sts:ExternalId");
  }

  @Test
  void denies_whatTheSetupGrants_fails() {
    assertThatThrownBy(() -> assertThat(S3).denies(S3.roleB()).to("s3:PutObject")
            .on("arn:aws:s3:::acme-shared-data/key"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be refused s3:PutObject on arn:aws:s3:::acme-shared-data/key")
        .hasMessageContaining("but the simulation says ALLOWED");
  }

  @Test
  void allowsWithoutTheExternalId_whereTheTrustNeedsOne_fails() {
    assertThatThrownBy(() -> assertThat(WORKSPACE).allows(DATABRICKS).toAssume(WORKSPACE.role()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but the simulation says IMPLICIT_DENY");
  }

  @Test
  void unrelatedRole_isRefused() {
    assertThat(S3).denies(Arn.parse("arn:aws:iam::999988887777:role/someone")).toAssume(S3.roleB());
  }
}
