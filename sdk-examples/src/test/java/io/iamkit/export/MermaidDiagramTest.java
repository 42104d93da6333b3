package io.iamkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.databricks.LogDeliverySetup;
import io.iamkit.databricks.StagingBucketSetup;
import io.iamkit.databricks.StorageConfigurationSetup;
import io.iamkit.setupfile.SetupFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MermaidDiagramTest {
  static SetupFile demo() {
    try (InputStream in = MermaidDiagramTest.class.getResourceAsStream("/examples/demo-setup.json")) {
      return SetupFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "demo-setup.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void of_demo_drawsAccountsRolesTrustAndBuckets() {
    SetupFile demo = demo();

    assertThat(MermaidDiagram.of(demo.setups(), demo.accounts())).isEqualTo("""
        flowchart LR
            subgraph dev["dev 111122223333"]
                dev_databricks_cross_account_role["databricks-cross-account-role"]
                dev_my_role_a["MyRoleA<br/>instance profile MyRoleA"]
            end
            subgraph data["data 444455556666"]
                data_my_role_b["MyRoleB"]
                data_acme_demo_uc_storage["acme-demo-uc-storage"]
                bucket_acme_demo_shared_data[("s3://acme-demo-shared-data")]
            end
            subgraph databricks["Databricks 414351767826"]
                databricks_root["account root"]
                databricks_unity_catalog_prod_uc_master_role_14s5zjvkotytl["unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL"]
            end
            subgraph aws_services["AWS services"]
                service_ec2["ec2.amazonaws.com"]
            end
            bucket_acme_demo_uc_data[("s3://acme-demo-uc-data")]

            databricks_root -.->|AssumeRole| dev_databricks_cross_account_role
            service_ec2 -.->|AssumeRole| dev_my_role_a
            dev_my_role_a -.->|AssumeRole| data_my_role_b
            databricks_unity_catalog_prod_uc_master_role_14s5zjvkotytl -.->|AssumeRole| data_acme_demo_uc_storage
            data_acme_demo_uc_storage -.->|AssumeRole| data_acme_demo_uc_storage
            dev_databricks_cross_account_role -->|PassRole| dev_my_role_a
            data_my_role_b -->|read/write| bucket_acme_demo_shared_data
            data_acme_demo_uc_storage -->|read/write| bucket_acme_demo_uc_data

            classDef databricks fill:#FF3621,color:#fff
            class databricks_root,databricks_unity_catalog_prod_uc_master_role_14s5zjvkotytl databricks
            classDef role fill:#FF9900,color:#000
            class dev_databricks_cross_account_role,dev_my_role_a,data_my_role_b,data_acme_demo_uc_storage role
            classDef bucket fill:#3F8624,color:#fff
            class bucket_acme_demo_shared_data,bucket_acme_demo_uc_data bucket
        """);
  }

  @Test
  void of_stagingBucket_drawsTheThirdPartyUnityCatalogAndTheSelfAssumption() {
    StagingBucketSetup staging = StagingBucketSetup.builder().accountId("444455556666")
        .roleName("polytomic-databricks-staging").bucket("acme-staging").thirdParty("polytomic")
        .thirdPartyExternalId("from-polytomic").databricksExternalId("from-databricks").build();

    String diagram = MermaidDiagram.of(List.of(staging));

    assertThat(diagram).startsWith("""
        flowchart LR
            subgraph account_444455556666["account 444455556666"]
                account_444455556666_polytomic_databricks_staging["polytomic-databricks-staging"]
            end
            subgraph polytomic["Polytomic 568237466542"]
                polytomic_root["account root"]
            end
        """);
    assertThat(diagram).contains("""
            polytomic_root -.->|AssumeRole| account_444455556666_polytomic_databricks_staging
            databricks_unity_catalog_prod_uc_master_role_14s5zjvkotytl -.->|AssumeRole| \
        account_444455556666_polytomic_databricks_staging
            account_444455556666_polytomic_databricks_staging -.->|AssumeRole| \
        account_444455556666_polytomic_databricks_staging
            account_444455556666_polytomic_databricks_staging -->|read/write| bucket_acme_staging
        """);
    assertThat(diagram).contains("    classDef thirdParty fill:#6B4FBB,color:#fff\n"
        + "    class polytomic_root thirdParty\n");
  }

  @Test
  void of_bucketPolicies_drawTheirPrincipalsToTheBucket() {
    StorageConfigurationSetup root = StorageConfigurationSetup.builder().accountId("111122223333")
        .bucket("acme-root").build();
    LogDeliverySetup logs = LogDeliverySetup.builder().accountId("111122223333").externalId("abc")
        .bucket("acme-logs").build();

    String diagram = MermaidDiagram.of(List.of(root, logs));

    assertThat(diagram).contains("""
            subgraph account_111122223333["account 111122223333"]
                account_111122223333_databricks_log_delivery["databricks-log-delivery"]
                bucket_acme_root[("s3://acme-root")]
                bucket_acme_logs[("s3://acme-logs")]
            end
        """);
    assertThat(diagram).contains("""
            databricks_saas_usage_delivery_role_prod_iam_role_3plhiccrr1tk -.->|AssumeRole| \
        account_111122223333_databricks_log_delivery
            databricks_root -->|read/write| bucket_acme_root
            account_111122223333_databricks_log_delivery -->|read/write| bucket_acme_logs
        """);
  }

  @Test
  void of_existingRole_isMarkedAsSuch() {
    assertThat(MermaidDiagram.of(List.of(IamResourcesTest.S3)))
        .contains("[\"databricks-cross-account-role<br/>(existing role)\"]");
  }
}
