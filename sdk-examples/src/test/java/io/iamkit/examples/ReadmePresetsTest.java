package io.iamkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.databricks.DatabricksPatterns;
import io.iamkit.databricks.PatternOutput;
import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.databricks.UnityCatalogTrust;
import io.iamkit.databricks.WorkspaceAccess;
import io.iamkit.databricks.WorkspaceTrust;
import io.iamkit.policy.PolicyDocument;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keeps the README's "Databricks presets" section true: the same code, line for line. */
class ReadmePresetsTest {
  @Test
  void readmePresetSnippet_rendersByBuilderAndById() {
    PolicyDocument trust = WorkspaceTrust.builder().externalId("0a1b2c3d-your-databricks-account-id").build();
    PolicyDocument access = WorkspaceAccess.builder().vpc(WorkspaceAccess.Vpc.CUSTOMER_MANAGED).build();

    // Or by id, as the command line does:
    PatternOutput uc = DatabricksPatterns.get("databricks.uc.trust")
        .render(Map.of("accountId", "111122223333", "roleName", "uc-storage", "externalId", "12345"));

    assertThat(trust.statements()).hasSize(1);
    assertThat(access.statements()).hasSize(2);
    assertThat(uc.document()).contains(UnityCatalogTrust.builder()
        .accountId("111122223333").roleName("uc-storage").externalId("12345").build());
  }

  @Test
  void readmeSetupSnippet_placesTheDocuments() {
    S3CrossAccountSetup setup = S3CrossAccountSetup.builder()
        .deploymentAccountId("111122223333").bucketOwnerAccountId("444455556666").bucket("acme-shared-data")
        .build();
    setup.requireWithinLimits();

    assertThat(setup.roleB().trustPolicy()).isPresent();
    assertThat(setup.sparkConf().lines()).first().isEqualTo("spark.hadoop.fs.s3a.credentialsType AssumeRole");
  }
}
