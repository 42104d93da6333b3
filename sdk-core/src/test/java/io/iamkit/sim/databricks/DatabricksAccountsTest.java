package io.iamkit.sim.databricks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.databricks.DatabricksPartition;
import io.iamkit.databricks.LogDeliverySetup;
import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.databricks.StagingBucketSetup;
import io.iamkit.databricks.StorageConfigurationSetup;
import io.iamkit.databricks.UnityCatalogStorageSetup;
import io.iamkit.databricks.WorkspaceCredentialSetup;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.PolicyValidationException;
import io.iamkit.sim.AccountModel;
import io.iamkit.sim.ChainResult;
import io.iamkit.sim.Hop;
import io.iamkit.sim.StepResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DatabricksAccounts}: what a model built from set-ups holds, and the accesses each set-up exists for. */
class DatabricksAccountsTest {
  private static final String CUSTOMER = "111122223333";

  private static final StagingBucketSetup STAGING = StagingBucketSetup.builder()
      .accountId(CUSTOMER).roleName("polytomic-databricks-staging").bucket("acme-polytomic-staging")
      .thirdParty("polytomic").thirdPartyExternalId("from-polytomic").databricksExternalId("from-databricks")
      .build();

  @Test
  void from_holdsTheSetUpsRolesAndTheExternalPrincipals() {
    S3CrossAccountSetup s3 = S3CrossAccountSetup.builder().deploymentAccountId(CUSTOMER)
        .bucketOwnerAccountId("444455556666").bucket("acme-shared-data").crossAccountRole("ws-role").build();

    AccountModel model = DatabricksAccounts.from(s3, STAGING);

    assertThat(model.accounts().keySet()).extracting(AccountId::value)
        .containsExactly("414351767826", "568237466542", CUSTOMER, "444455556666");
    assertThat(model.role(DatabricksAccounts.deploymentRole(DatabricksPartition.AWS))).isPresent();
    assertThat(model.role(DatabricksPartition.AWS.unityCatalogMasterRole())).isPresent();
    assertThat(model.role(Arn.parse("arn:aws:iam::568237466542:role/convox/prod-polytomic-ServiceRole-1ELGH39L0GCHT"))
        .orElseThrow().path()).isEqualTo("/convox/");
    assertThat(model.role(Arn.parse("arn:aws:iam::" + CUSTOMER + ":role/ws-role")).orElseThrow().trustPolicy())
        .isEmpty();
    assertThat(model.instanceProfile(s3.instanceProfile().arn())).isPresent();
    assertThat(model.bucket("acme-shared-data").orElseThrow().policy()).isPresent();
    assertThat(model.bucket("acme-polytomic-staging").orElseThrow().account()).isEqualTo(AccountId.of(CUSTOMER));
  }

  @Test
  void from_aRoleInTwoSetUps_isMerged_andConflictingTrustPoliciesAreRefused() {
    WorkspaceCredentialSetup workspace = WorkspaceCredentialSetup.builder().accountId(CUSTOMER)
        .externalId("db-account-1").roleName("ws-role").build();
    S3CrossAccountSetup s3 = S3CrossAccountSetup.builder().deploymentAccountId(CUSTOMER)
        .bucketOwnerAccountId("444455556666").bucket("acme-shared-data").crossAccountRole("ws-role").build();
    WorkspaceCredentialSetup other = WorkspaceCredentialSetup.builder().accountId(CUSTOMER)
        .externalId("db-account-2").roleName("ws-role").build();

    AccountModel model = DatabricksAccounts.from(workspace, s3);

    assertThat(model.role(workspace.role().arn()).orElseThrow().inlinePolicies()).containsOnlyKeys(
        WorkspaceCredentialSetup.ACCESS_POLICY_NAME, S3CrossAccountSetup.PASS_ROLE_POLICY_NAME);
    assertThat(model.role(workspace.role().arn()).orElseThrow().trustPolicy()).isPresent();
    assertThatThrownBy(() -> DatabricksAccounts.from(workspace, other))
        .isInstanceOf(PolicyValidationException.class).hasMessageContaining("two different trust policies");
  }

  @Test
  void staging_polytomicAndUnityCatalog_eachWithItsExternalId_thenSelfAssume_thenTheBucket() {
    AccountModel model = DatabricksAccounts.from(STAGING);
    Arn role = STAGING.role().arn();

    StepResult polytomic = model.simulateAssumeRole(DatabricksAccounts.thirdParty(STAGING.thirdParty()),
        Hop.to(role).withExternalId("from-polytomic"));
    ChainResult unityCatalog = model.simulateChain(DatabricksAccounts.unityCatalog(DatabricksPartition.AWS),
        List.of(Hop.to(role).withExternalId("from-databricks"), Hop.to(role).withExternalId("from-databricks")),
        "s3:PutObject", "arn:aws:s3:::acme-polytomic-staging/stage/x.csv");

    assertThat(polytomic.succeeded()).as(polytomic.explain()).isTrue();
    assertThat(unityCatalog.succeeded()).as(unityCatalog.explain()).isTrue();
  }

  @Test
  void logDelivery_theLogDeliveryRoleAssumesTheRole_whichWritesTheBucket() {
    LogDeliverySetup setup = LogDeliverySetup.builder().accountId(CUSTOMER).externalId("db-account-1")
        .bucket("acme-databricks-logs").build();

    ChainResult result = DatabricksAccounts.from(setup).simulateChain(
        DatabricksAccounts.logDelivery(DatabricksPartition.AWS),
        List.of(Hop.to(setup.role().arn()).withExternalId("db-account-1")),
        "s3:PutObject", "arn:aws:s3:::acme-databricks-logs/billable-usage/x.csv");

    assertThat(result.succeeded()).as(result.explain()).isTrue();
  }

  @Test
  void storageConfiguration_databricksUsesTheRootBucket_withItsAccountTag() {
    StorageConfigurationSetup setup = StorageConfigurationSetup.builder().accountId(CUSTOMER)
        .bucket("acme-workspace-root").databricksAccountId("db-account-1").build();

    StepResult result = DatabricksAccounts.from(setup).simulate(DatabricksAccounts.databricks(DatabricksPartition.AWS),
        "s3:GetObject", "arn:aws:s3:::acme-workspace-root/ws/file");

    assertThat(result.succeeded()).as(result.explain()).isTrue();
    assertThat(result.evaluation().orElseThrow().request().contextValues("aws:PrincipalTag/DatabricksAccountId"))
        .containsExactly("db-account-1");
  }

  @Test
  void govCloud_setUps_useTheirDeploymentsAccountsAndPartition() {
    UnityCatalogStorageSetup setup = UnityCatalogStorageSetup.builder().partition(DatabricksPartition.AWS_US_GOV)
        .accountId(CUSTOMER).roleName("uc").externalId("ext-1").bucket("acme-gov").build();

    ChainResult result = DatabricksAccounts.from(setup).simulateChain(
        DatabricksAccounts.unityCatalog(DatabricksPartition.AWS_US_GOV),
        List.of(Hop.to(setup.role().arn()).withExternalId("ext-1")), "s3:GetObject",
        "arn:aws-us-gov:s3:::acme-gov/x");

    assertThat(setup.role().arn().partition()).isEqualTo("aws-us-gov");
    assertThat(result.succeeded()).as(result.explain()).isTrue();
  }

  @Test
  void thirdPartyCaller_ofAnAccountRoot_isARoleOfThatAccount() {
    assertThat(DatabricksAccounts.thirdPartyCaller(Arn.parse("arn:aws:iam::999999999999:root")))
        .hasToString("arn:aws:iam::999999999999:role/third-party");
    assertThat(DatabricksAccounts.thirdPartyCaller(Arn.parse("arn:aws:iam::568237466542:root")))
        .hasToString("arn:aws:iam::568237466542:role/convox/prod-polytomic-ServiceRole-1ELGH39L0GCHT");
  }
}
