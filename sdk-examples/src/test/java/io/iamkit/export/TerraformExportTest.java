package io.iamkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.databricks.SetupRole;
import io.iamkit.databricks.WorkspaceCredentialSetup;
import io.iamkit.policy.AccountId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerraformExportTest {
  static final Map<String, AccountId> ALIASES = Map.of("dev", AccountId.of("111122223333"),
      "data", AccountId.of("444455556666"));

  @Test
  void toJson_s3CrossAccount_isTheWholeConfiguration() {
    S3CrossAccountSetup s3 = IamResourcesTest.S3;

    JsonNode actual = Trees.parse(TerraformExport.toJson(List.of(s3), ALIASES));

    SetupRole existing = s3.crossAccountRole().orElseThrow();
    JsonNode expected = Trees.fill(Trees.parse("""
        {
          "//": "Written by iamkit. Deploy with terraform init && terraform apply; set variable region to the region \
        of the buckets and aws_profile_<account> to the AWS CLI profile of each account. The buckets must exist: this \
        configuration sets their policies only.",
          "terraform": {
            "required_version": ">= 1.0",
            "required_providers": {"aws": {"source": "hashicorp/aws", "version": ">= 4.0"}}
          },
          "variable": {
            "region": {
              "type": "string",
              "default": "us-east-1",
              "description": "The region of every AWS provider. IAM is global; S3 bucket policies are put through \
        this region, so use the region of the buckets."
            },
            "aws_profile_dev": {
              "type": "string",
              "default": null,
              "description": "The AWS CLI profile for account 111122223333 (dev); null uses the standard credential \
        chain."
            },
            "aws_profile_data": {
              "type": "string",
              "default": null,
              "description": "The AWS CLI profile for account 444455556666 (data); null uses the standard \
        credential chain."
            }
          },
          "provider": {
            "aws": [
              {"alias": "dev", "region": "${var.region}", "profile": "${var.aws_profile_dev}",
               "allowed_account_ids": ["111122223333"]},
              {"alias": "data", "region": "${var.region}", "profile": "${var.aws_profile_data}",
               "allowed_account_ids": ["444455556666"]}
            ]
          },
          "resource": {
            "aws_iam_role": {
              "my_role_a": {"provider": "aws.dev", "name": "MyRoleA", "assume_role_policy": "{{roleA.trust}}"},
              "my_role_b": {"provider": "aws.data", "name": "MyRoleB", "assume_role_policy": "{{roleB.trust}}",
                            "depends_on": ["aws_iam_role.my_role_a"]}
            },
            "aws_iam_role_policy": {
              "my_role_a_assume_role_b": {"provider": "aws.dev", "name": "assume-role-b",
                  "role": "${aws_iam_role.my_role_a.id}", "policy": "{{roleA.policy}}"},
              "my_role_b_bucket_access": {"provider": "aws.data", "name": "bucket-access",
                  "role": "${aws_iam_role.my_role_b.id}", "policy": "{{roleB.policy}}"},
              "databricks_cross_account_role_databricks_pass_role_a": {"provider": "aws.dev",
                  "name": "databricks-pass-role-a", "role": "databricks-cross-account-role",
                  "policy": "{{passRole.policy}}"}
            },
            "aws_iam_instance_profile": {
              "my_role_a": {"provider": "aws.dev", "name": "MyRoleA", "role": "${aws_iam_role.my_role_a.name}"}
            },
            "aws_s3_bucket_policy": {
              "acme_shared_data": {"provider": "aws.data", "bucket": "acme-shared-data",
                  "policy": "{{bucket.policy}}", "depends_on": ["aws_iam_role.my_role_b"]}
            }
          }
        }
        """), Map.of(
            "roleA.trust", Trees.string(s3.roleA().trustPolicy().orElseThrow()),
            "roleA.policy", Trees.string(s3.roleA().inlinePolicies().get(0).document()),
            "roleB.trust", Trees.string(s3.roleB().trustPolicy().orElseThrow()),
            "roleB.policy", Trees.string(s3.roleB().inlinePolicies().get(0).document()),
            "passRole.policy", Trees.string(existing.inlinePolicies().get(0).document()),
            "bucket.policy", Trees.string(s3.bucketPolicy().policy())));
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void toJson_roleCreatedByAnotherSetUp_isReferencedByResource() {
    JsonNode actual = Trees.parse(TerraformExport.toJson(List.of(IamResourcesTest.WORKSPACE, IamResourcesTest.S3)));

    JsonNode policy = actual.at("/resource/aws_iam_role_policy/databricks_cross_account_role_databricks_pass_role_a");
    assertThat(policy.get("role").asText()).isEqualTo("${aws_iam_role.databricks_cross_account_role.id}");
    assertThat(actual.at("/resource/aws_iam_role/databricks_cross_account_role/name").asText())
        .isEqualTo("databricks-cross-account-role");
  }

  @Test
  void toJson_withoutAliases_namesProvidersByAccountId() {
    JsonNode actual = Trees.parse(TerraformExport.toJson(List.of(IamResourcesTest.WORKSPACE)));

    assertThat(actual.at("/provider/aws/0/alias").asText()).isEqualTo("account_111122223333");
    assertThat(actual.at("/provider/aws/0/profile").asText()).isEqualTo("${var.aws_profile_account_111122223333}");
    assertThat(actual.at("/resource/aws_iam_role/databricks_cross_account_role/provider").asText())
        .isEqualTo("aws.account_111122223333");
    assertThat(actual.at("/variable").has("aws_profile_account_111122223333")).isTrue();
  }

  @Test
  void toJson_oneRoleNameInTwoAccounts_qualifiesTheResourceNames() {
    S3CrossAccountSetup same = S3CrossAccountSetup.builder().deploymentAccountId("111122223333")
        .bucketOwnerAccountId("444455556666").bucket("acme-shared-data").roleA("databricks-s3")
        .roleB("databricks-s3").build();

    JsonNode roles = Trees.parse(TerraformExport.toJson(List.of(same), ALIASES)).at("/resource/aws_iam_role");

    assertThat(roles.fieldNames()).toIterable().containsExactly("databricks_s3_dev", "databricks_s3_data");
    assertThat(roles.at("/databricks_s3_data/depends_on/0").asText()).isEqualTo("aws_iam_role.databricks_s3_dev");
  }

  @Test
  void toJson_workspaceCredential_hasNoEmptyResourceTypes() {
    JsonNode resources = Trees.parse(TerraformExport.toJson(List.of(IamResourcesTest.WORKSPACE))).get("resource");

    assertThat(resources.fieldNames()).toIterable().containsExactly("aws_iam_role", "aws_iam_role_policy");
  }

  @Test
  void literal_escapesTemplateSequences_soPolicyVariablesReachAwsAsWritten() {
    assertThat(TerraformExport.literal("arn:aws:s3:::bucket/${aws:username}/%{x}"))
        .isEqualTo("arn:aws:s3:::bucket/$${aws:username}/%%{x}");
    assertThat(TerraformExport.literal("no templates $ { %")).isEqualTo("no templates $ { %");
  }

  @Test
  void snake_makesTerraformIdentifiers() {
    assertThat(Names.snake("MyRoleA")).isEqualTo("my_role_a");
    assertThat(Names.snake("databricks-cross-account-role")).isEqualTo("databricks_cross_account_role");
    assertThat(Names.snake("unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL"))
        .isEqualTo("unity_catalog_prod_uc_master_role_14s5zjvkotytl");
    assertThat(Names.snake("acme.data+x@y=z,w")).isEqualTo("acme_data_x_y_z_w");
    assertThat(WorkspaceCredentialSetup.DEFAULT_ROLE_NAME).isEqualTo("databricks-cross-account-role");
  }
}
