package io.iamkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.databricks.LogDeliverySetup;
import io.iamkit.databricks.NamedPolicy;
import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.databricks.SetupRole;
import io.iamkit.databricks.StorageConfigurationSetup;
import io.iamkit.databricks.WorkspaceCredentialSetup;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import java.util.List;
import org.junit.jupiter.api.Test;

class IamResourcesTest {
  static final WorkspaceCredentialSetup WORKSPACE = WorkspaceCredentialSetup.builder()
      .accountId("111122223333").externalId("abc").build();
  static final S3CrossAccountSetup S3 = S3CrossAccountSetup.builder()
      .deploymentAccountId("111122223333").bucketOwnerAccountId("444455556666").bucket("acme-shared-data")
      .crossAccountRole(WorkspaceCredentialSetup.DEFAULT_ROLE_NAME).build();

  @Test
  void of_roleCreatedByOneSetUpAndExtendedByAnother_isOneCreatedRoleWithBothPolicies() {
    IamResources resources = IamResources.of(List.of(WORKSPACE, S3));

    SetupRole role = resources.role(WORKSPACE.role().arn()).orElseThrow();
    assertThat(role.trustPolicy()).contains(WORKSPACE.trustPolicy());
    assertThat(role.inlinePolicies()).extracting(NamedPolicy::name)
        .containsExactly("databricks-cross-account-policy", "databricks-pass-role-a");
    assertThat(resources.roles()).extracting(SetupRole::name)
        .containsExactly("databricks-cross-account-role", "MyRoleA", "MyRoleB");
    assertThat(resources.instanceProfiles()).containsExactly(S3.instanceProfile());
    assertThat(resources.bucketPolicies()).containsExactly(S3.bucketPolicy());
  }

  @Test
  void of_roleNoSetUpCreates_staysAnExistingRole() {
    IamResources resources = IamResources.of(List.of(S3));

    SetupRole role = resources.role(Arn.parse("arn:aws:iam::111122223333:role/databricks-cross-account-role"))
        .orElseThrow();
    assertThat(role.trustPolicy()).isEmpty();
    assertThat(role).isEqualTo(S3.crossAccountRole().orElseThrow());
  }

  @Test
  void of_existingRoleNamedBeforeItsCreator_isStillCreated() {
    IamResources resources = IamResources.of(List.of(S3, WORKSPACE));

    SetupRole role = resources.role(WORKSPACE.role().arn()).orElseThrow();
    assertThat(role.trustPolicy()).isPresent();
    assertThat(role.inlinePolicies()).extracting(NamedPolicy::name)
        .containsExactly("databricks-pass-role-a", "databricks-cross-account-policy");
  }

  @Test
  void of_twoSetUpsCreatingOneRole_conflict() {
    assertThatThrownBy(() -> IamResources.of(List.of(WORKSPACE, WORKSPACE)))
        .isInstanceOfSatisfying(ResourceConflictException.class, e -> {
          assertThat(e.resource()).isEqualTo("role arn:aws:iam::111122223333:role/databricks-cross-account-role");
          assertThat(e.firstSetup()).isEqualTo(0);
          assertThat(e.secondSetup()).isEqualTo(1);
        })
        .hasMessage("Set-ups 0 and 1 both make role arn:aws:iam::111122223333:role/databricks-cross-account-role; "
            + "only one set-up may make it");
  }

  @Test
  void of_twoInlinePoliciesOfOneNameOnARole_conflict() {
    S3CrossAccountSetup other = S3CrossAccountSetup.builder()
        .deploymentAccountId("111122223333").bucketOwnerAccountId("777788889999").bucket("other-bucket")
        .roleA("OtherRoleA").crossAccountRole(WorkspaceCredentialSetup.DEFAULT_ROLE_NAME).build();

    assertThatThrownBy(() -> IamResources.of(List.of(S3, other)))
        .hasMessage("Set-ups 0 and 1 both make inline policy databricks-pass-role-a of role "
            + "arn:aws:iam::111122223333:role/databricks-cross-account-role; only one set-up may make it");
  }

  @Test
  void of_twoPoliciesOfOneBucket_conflict() {
    StorageConfigurationSetup root = StorageConfigurationSetup.builder().accountId("111122223333")
        .bucket("shared-bucket").build();
    LogDeliverySetup logs = LogDeliverySetup.builder().accountId("111122223333").externalId("abc")
        .bucket("shared-bucket").build();

    assertThatThrownBy(() -> IamResources.of(List.of(root, logs)))
        .hasMessage("Set-ups 0 and 1 both make the policy of bucket shared-bucket; only one set-up may make it");
  }

  @Test
  void of_twoS3SetUpsWithOneMyRoleA_conflictOnTheRole() {
    S3CrossAccountSetup other = S3CrossAccountSetup.builder()
        .deploymentAccountId("111122223333").bucketOwnerAccountId("777788889999").bucket("other-bucket")
        .roleB("OtherRoleB").build();

    assertThatThrownBy(() -> IamResources.of(List.of(S3, other)))
        .isInstanceOf(ResourceConflictException.class)
        .hasMessageContaining("role arn:aws:iam::111122223333:role/MyRoleA");
  }

  @Test
  void accountsInDeployOrder_putsTheAccountOfATrustedRoleFirst() {
    LogDeliverySetup logsInB = LogDeliverySetup.builder().accountId("444455556666").externalId("abc")
        .bucket("logs-bucket").build();

    IamResources resources = IamResources.of(List.of(logsInB, S3));

    assertThat(resources.accounts()).containsExactly(AccountId.of("444455556666"), AccountId.of("111122223333"));
    // MyRoleB in 444455556666 trusts MyRoleA in 111122223333, which must exist first.
    assertThat(resources.accountsInDeployOrder())
        .containsExactly(AccountId.of("111122223333"), AccountId.of("444455556666"));
  }
}
