package io.iamkit.databricks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.policy.PolicySizeException;
import io.iamkit.policy.SizeLimit;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The set-ups put each preset on the role, instance profile or bucket that holds it, and measure it. */
class SetupsTest {
  private static final String A = "111122223333";
  private static final String B = "444455556666";

  @Test
  void workspaceCredential_isTheCrossAccountRoleWithTrustAndAccessPolicy() {
    WorkspaceCredentialSetup setup = WorkspaceCredentialSetup.builder()
        .accountId(A).externalId("my-databricks-account").vpc(WorkspaceAccess.Vpc.CUSTOMER_MANAGED).build();

    assertThat(setup.kind()).isEqualTo("workspace-credential");
    assertThat(setup.role().arn()).hasToString("arn:aws:iam::111122223333:role/databricks-cross-account-role");
    assertThat(setup.trustPolicy())
        .isEqualTo(WorkspaceTrust.builder().externalId("my-databricks-account").build());
    assertThat(setup.role().inlinePolicies()).extracting(NamedPolicy::name)
        .containsExactly("databricks-cross-account-policy");
    assertThat(setup.accessPolicy())
        .isEqualTo(WorkspaceAccess.builder().vpc(WorkspaceAccess.Vpc.CUSTOMER_MANAGED).build());
    assertThat(setup.instanceProfiles()).isEmpty();
    assertThat(setup.bucketPolicies()).isEmpty();
  }

  @Test
  void workspaceCredential_restrictedVpc_usesTheSetupsAccount() {
    WorkspaceCredentialSetup setup = WorkspaceCredentialSetup.builder()
        .accountId(A).externalId("my-databricks-account").vpc(WorkspaceAccess.Vpc.CUSTOMER_MANAGED_RESTRICTED)
        .vpcId("vpc-0a1b2c3d4e5f60718").region("us-west-2").securityGroupId("sg-0123456789abcdef0").build();

    assertThat(setup.accessPolicy()).isEqualTo(WorkspaceAccess.builder()
        .vpc(WorkspaceAccess.Vpc.CUSTOMER_MANAGED_RESTRICTED).accountId(A).vpcId("vpc-0a1b2c3d4e5f60718")
        .region("us-west-2").securityGroupId("sg-0123456789abcdef0").build());
  }

  @Test
  void workspaceCredential_withoutExternalId_namesTheParameter() {
    assertThatThrownBy(() -> WorkspaceCredentialSetup.builder().accountId(A).build())
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter externalId is required by the workspace credential set-up");
  }

  @Test
  void s3CrossAccount_placesEveryDocumentOfSeed001() {
    S3CrossAccountSetup setup = S3CrossAccountSetup.builder().deploymentAccountId(A).bucketOwnerAccountId(B)
        .bucket("acme-shared-data").crossAccountRole("databricks-cross-account-role").build();

    assertThat(setup.roles()).extracting(r -> r.arn().toString()).containsExactly(
        "arn:aws:iam::111122223333:role/MyRoleA",
        "arn:aws:iam::444455556666:role/MyRoleB",
        "arn:aws:iam::111122223333:role/databricks-cross-account-role");
    assertThat(setup.roleA().trustPolicy()).contains(S3CrossAccountSetup.ec2TrustPolicy());
    assertThat(setup.roleA().inlinePolicies()).containsExactly(NamedPolicy.of("assume-role-b",
        RoleAAssumeRoleB.builder().bucketOwnerAccountId(B).build()));
    assertThat(setup.roleB().trustPolicy()).contains(RoleBTrust.builder().deploymentAccountId(A).build());
    assertThat(setup.roleB().inlinePolicies()).containsExactly(NamedPolicy.of("bucket-access",
        S3BucketPolicy.builder().bucket("acme-shared-data").bucketOwnerAccountId(B).withPrincipal(false).build()));
    assertThat(setup.crossAccountRole().orElseThrow().trustPolicy()).isEmpty();
    assertThat(setup.crossAccountRole().orElseThrow().inlinePolicies()).containsExactly(NamedPolicy.of(
        "databricks-pass-role-a", RoleAPassRole.builder().deploymentAccountId(A).build()));
    assertThat(setup.instanceProfile().arn()).hasToString("arn:aws:iam::111122223333:instance-profile/MyRoleA");
    assertThat(setup.bucketPolicy().account()).hasToString(B);
    assertThat(setup.bucketPolicy().policy()).isEqualTo(
        S3BucketPolicy.builder().bucket("acme-shared-data").bucketOwnerAccountId(B).build());
    assertThat(setup.sparkConf().lines()).containsExactlyElementsOf(SparkConf.builder()
        .bucketOwnerAccountId(B).bucket("acme-shared-data").build().lines());
  }

  @Test
  void s3CrossAccount_withoutCrossAccountRole_leavesItAlone() {
    S3CrossAccountSetup setup = S3CrossAccountSetup.builder().deploymentAccountId(A).bucketOwnerAccountId(B)
        .bucket("acme-shared-data").build();

    assertThat(setup.roles()).hasSize(2);
    assertThat(setup.crossAccountRole()).isEmpty();
  }

  @Test
  void unityCatalogStorage_isOneSelfAssumingRole() {
    UnityCatalogStorageSetup setup = UnityCatalogStorageSetup.builder().accountId(A).roleName("uc-storage")
        .externalId("12345").bucket("acme-uc-data").fileEvents(false).build();

    assertThat(setup.role().trustPolicy()).contains(
        UnityCatalogTrust.builder().accountId(A).roleName("uc-storage").externalId("12345").build());
    assertThat(setup.role().inlinePolicies()).containsExactly(NamedPolicy.of("unity-catalog-storage",
        UnityCatalogAccess.builder().bucket("acme-uc-data").accountId(A).roleName("uc-storage").fileEvents(false)
            .build()));
  }

  @Test
  void unityCatalogStorage_bucketWithDots_isRefused() {
    assertThatThrownBy(() -> UnityCatalogStorageSetup.builder().bucket("acme.uc.data"))
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucket \"acme.uc.data\" must not contain dots: Unity Catalog refuses such buckets");
  }

  @Test
  void stagingBucket_isOneRoleForTheThirdPartyAndUnityCatalog() {
    StagingBucketSetup setup = StagingBucketSetup.builder().accountId(A).roleName("staging").bucket("acme-staging")
        .thirdParty("polytomic").thirdPartyExternalId("poly-123").databricksExternalId("dbx-456").build();

    // Seed 002's dual trust without the role's own ARN (IAM refuses a principal that does not exist yet), and the
    // self-assume in the form Databricks documents for Unity Catalog: the account root narrowed by aws:PrincipalArn.
    assertThat(io.iamkit.policy.json.PolicyWriter.pretty().write(setup.role().trustPolicy().orElseThrow()))
        .isEqualTo(String.join("\n",
            "{",
            "  \"Version\": \"2012-10-17\",",
            "  \"Statement\": [",
            "    {",
            "      \"Effect\": \"Allow\",",
            "      \"Principal\": {",
            "        \"AWS\": [",
            "          \"arn:aws:iam::568237466542:root\",",
            "          \"arn:aws:iam::414351767826:role/unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL\"",
            "        ]",
            "      },",
            "      \"Action\": \"sts:AssumeRole\",",
            "      \"Condition\": {",
            "        \"StringEquals\": {",
            "          \"sts:ExternalId\": [",
            "            \"poly-123\",",
            "            \"dbx-456\"",
            "          ]",
            "        }",
            "      }",
            "    },",
            "    {",
            "      \"Sid\": \"ExplicitSelfRoleAssumption\",",
            "      \"Effect\": \"Allow\",",
            "      \"Principal\": {",
            "        \"AWS\": \"arn:aws:iam::111122223333:root\"",
            "      },",
            "      \"Action\": \"sts:AssumeRole\",",
            "      \"Condition\": {",
            "        \"ArnLike\": {",
            "          \"aws:PrincipalArn\": \"arn:aws:iam::111122223333:role/staging\"",
            "        },",
            "        \"StringEquals\": {",
            "          \"sts:ExternalId\": \"dbx-456\"",
            "        }",
            "      }",
            "    }",
            "  ]",
            "}"));
    assertThat(setup.role().inlinePolicies()).containsExactly(NamedPolicy.of("staging-bucket-access",
        StagingAccess.builder().bucket("acme-staging").accountId(A).roleName("staging").build()));
  }

  @Test
  void storageConfiguration_isTheRootBucketPolicy() {
    StorageConfigurationSetup setup = StorageConfigurationSetup.builder().accountId(A).bucket("acme-root")
        .databricksAccountId("dbx-account").build();

    assertThat(setup.roles()).isEmpty();
    assertThat(setup.bucketPolicies()).containsExactly(SetupBucketPolicy.of(
        io.iamkit.policy.AccountId.of(A), "acme-root",
        StorageConfigBucketPolicy.builder().bucket("acme-root").databricksAccountId("dbx-account").build()));
  }

  @Test
  void logDelivery_bucketPolicyGivesTheRoleFullAccess() {
    LogDeliverySetup setup = LogDeliverySetup.builder().accountId(A).externalId("dbx-account").bucket("acme-logs")
        .build();

    assertThat(setup.role().arn()).hasToString("arn:aws:iam::111122223333:role/databricks-log-delivery");
    assertThat(setup.role().trustPolicy()).contains(LogDeliveryTrust.builder().externalId("dbx-account").build());
    assertThat(setup.role().inlinePolicies()).isEmpty();
    assertThat(setup.bucketPolicy().policy()).isEqualTo(StorageConfigBucketPolicy.builder().bucket("acme-logs")
        .fullAccessRole("arn:aws:iam::111122223333:role/databricks-log-delivery").build());
  }

  // The sizes are the code points of the compact JSON; the MyRoleA trust policy, for one, is
  // {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},
  // "Action":"sts:AssumeRole"}]}: 127 characters.
  @Test
  void setUps_exposeWhatTheyExpect_externalIdsBucketsAndThirdParty() {
    WorkspaceCredentialSetup workspace = WorkspaceCredentialSetup.builder().accountId(A).externalId("db-1").build();
    UnityCatalogStorageSetup uc = UnityCatalogStorageSetup.builder().accountId(A).roleName("uc")
        .externalId("uc-1").bucket("acme-uc").build();
    StagingBucketSetup staging = StagingBucketSetup.builder().accountId(A).roleName("stg").bucket("acme-stg")
        .thirdParty("polytomic-restricted").thirdPartyExternalId("tp-1").databricksExternalId("db-2").build();
    LogDeliverySetup logs = LogDeliverySetup.builder().accountId(A).externalId("db-3").bucket("acme-logs").build();
    StorageConfigurationSetup root = StorageConfigurationSetup.builder().accountId(A).bucket("acme-root").build();

    assertThat(workspace.externalId().value()).isEqualTo("db-1");
    assertThat(uc.externalId().value()).isEqualTo("uc-1");
    assertThat(uc.bucket()).isEqualTo("acme-uc");
    assertThat(staging.bucket()).isEqualTo("acme-stg");
    assertThat(staging.thirdParty()).isEqualTo(StagingTrust.KnownThirdParty.POLYTOMIC_RESTRICTED.principal());
    assertThat(staging.thirdPartyExternalId().value()).isEqualTo("tp-1");
    assertThat(staging.databricksExternalId().value()).isEqualTo("db-2");
    assertThat(logs.externalId().value()).isEqualTo("db-3");
    assertThat(root.databricksAccountId()).isEmpty();
    assertThat(StorageConfigurationSetup.builder().accountId(A).bucket("acme-root").databricksAccountId("db-4")
        .build().databricksAccountId()).contains("db-4");
  }

  @Test
  void sizes_measureEveryDocumentAgainstTheLimitForItsKind() {
    S3CrossAccountSetup setup = S3CrossAccountSetup.builder().deploymentAccountId(A).bucketOwnerAccountId(B)
        .bucket("acme-shared-data").build();

    List<String> sizes = setup.sizes().stream().map(DocumentSize::toString).collect(Collectors.toList());

    assertThat(sizes).containsExactly(
        "role MyRoleA trust policy: 127 of 2,048 characters for a role trust policy",
        "role MyRoleA inline policies: 165 of 10,240 characters for the inline policies of a role",
        "role MyRoleB trust policy: 146 of 2,048 characters for a role trust policy",
        "role MyRoleB inline policies: 295 of 10,240 characters for the inline policies of a role",
        "bucket acme-shared-data policy: 417 of 20,480 characters for an S3 bucket policy");
    assertThat(setup.requireWithinLimits()).isSameAs(setup);
  }

  @Test
  void requireWithinLimits_overTheTrustLimit_namesTheDocumentSizeAndLimit() {
    String longId = "x".repeat(1224);
    StagingBucketSetup setup = StagingBucketSetup.builder().accountId(A).roleName("staging").bucket("acme-staging")
        .thirdParty("polytomic").thirdPartyExternalId(longId).databricksExternalId("y" + longId.substring(1))
        .build();

    assertThatThrownBy(setup::requireWithinLimits)
        .isExactlyInstanceOf(PolicySizeException.class)
        .hasMessage("role staging trust policy is over the IAM size limit: "
            + "4,201 of 2,048 characters for a role trust policy (over by 2,153)");
    assertThat(setup.sizes(SizeLimit.roleTrustPolicy(8192)).get(0).check().exceeded()).isFalse();
  }
}
