package io.iamkit.sim.databricks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.databricks.LogDeliverySetup;
import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.databricks.StagingBucketSetup;
import io.iamkit.databricks.StorageConfigurationSetup;
import io.iamkit.databricks.UnityCatalogStorageSetup;
import io.iamkit.databricks.WorkspaceCredentialSetup;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AccessMatrixTest {
  private static final String A = "111122223333";
  private static final String B = "444455556666";

  @Test
  void correctSetups_passEveryRow() {
    List<DatabricksSetup> setups = List.of(
        WorkspaceCredentialSetup.builder().accountId(A).externalId("dbx-account").build(),
        S3CrossAccountSetup.builder().deploymentAccountId(A).bucketOwnerAccountId(B).bucket("acme-shared").build(),
        UnityCatalogStorageSetup.builder().accountId(B).roleName("uc").externalId("uc-ext").bucket("acme-uc").build(),
        StagingBucketSetup.builder().accountId(A).roleName("staging").bucket("acme-staging").thirdParty("polytomic")
            .thirdPartyExternalId("poly-ext").databricksExternalId("dbx-ext").build(),
        StorageConfigurationSetup.builder().accountId(A).bucket("acme-root").build(),
        LogDeliverySetup.builder().accountId(A).externalId("dbx-account").bucket("acme-logs").build());

    List<AccessRow> rows = AccessMatrix.of(setups);

    assertThat(rows).allSatisfy(row -> assertThat(row.passed()).as(row + "\n" + row.result().explain()).isTrue());
    assertThat(rows).hasSize(36);
  }

  @Test
  void s3CrossAccount_rowsNameWhoTriesWhat() {
    List<AccessRow> rows = AccessMatrix.of(List.of(
        S3CrossAccountSetup.builder().deploymentAccountId(A).bucketOwnerAccountId(B).bucket("acme-shared").build()));

    assertThat(rows.stream().map(AccessRow::toString).collect(Collectors.toList())).containsExactly(
        "ok   MyRoleA on the cluster: sts:AssumeRole on arn:aws:iam::444455556666:role/MyRoleB "
            + "(expected allow, simulated ALLOWED)",
        "ok   an unrelated principal: sts:AssumeRole on arn:aws:iam::444455556666:role/MyRoleB "
            + "(expected deny, simulated IMPLICIT_DENY)",
        "ok   MyRoleB session: s3:ListBucket on arn:aws:s3:::acme-shared (expected allow, simulated ALLOWED)",
        "ok   MyRoleB session: s3:GetObject on arn:aws:s3:::acme-shared/iamkit-probe "
            + "(expected allow, simulated ALLOWED)",
        "ok   MyRoleB session: s3:PutObject on arn:aws:s3:::acme-shared/iamkit-probe "
            + "(expected allow, simulated ALLOWED)",
        "ok   an unrelated principal: s3:GetObject on arn:aws:s3:::acme-shared/iamkit-probe "
            + "(expected deny, simulated IMPLICIT_DENY)");
  }

  @Test
  void workspaceCredential_checksTheExternalIdThreeWays() {
    List<AccessRow> rows = AccessMatrix.of(List.of(
        WorkspaceCredentialSetup.builder().accountId(A).externalId("dbx-account").build()));

    assertThat(rows).extracting(AccessRow::who, AccessRow::expectAllowed, AccessRow::allowed).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Databricks with the right external ID", true, true),
        org.assertj.core.groups.Tuple.tuple("Databricks with a wrong external ID", false, false),
        org.assertj.core.groups.Tuple.tuple("Databricks without an external ID", false, false),
        org.assertj.core.groups.Tuple.tuple("an unrelated principal with the right external ID", false, false));
  }
}
