package io.iamkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamkit.databricks.LogDeliverySetup;
import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.policy.AccountId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudFormationExportTest {
  @Test
  void toJson_s3CrossAccount_isOneWholeTemplatePerAccountInDeployOrder() {
    S3CrossAccountSetup s3 = IamResourcesTest.S3;

    Map<AccountId, String> templates = CloudFormationExport.toJson(List.of(s3), TerraformExportTest.ALIASES);

    assertThat(templates.keySet()).containsExactly(AccountId.of("111122223333"), AccountId.of("444455556666"));
    Map<String, JsonNode> documents = Map.of(
        "roleA.trust", Trees.object(s3.roleA().trustPolicy().orElseThrow()),
        "roleA.policy", Trees.object(s3.roleA().inlinePolicies().get(0).document()),
        "roleB.trust", Trees.object(s3.roleB().trustPolicy().orElseThrow()),
        "roleB.policy", Trees.object(s3.roleB().inlinePolicies().get(0).document()),
        "passRole.policy", Trees.object(s3.crossAccountRole().orElseThrow().inlinePolicies().get(0).document()),
        "bucket.policy", Trees.object(s3.bucketPolicy().policy()));
    assertThat(Trees.parse(templates.get(AccountId.of("111122223333")))).isEqualTo(Trees.fill(Trees.parse("""
        {
          "AWSTemplateFormatVersion": "2010-09-09",
          "Description": "IAM roles, instance profiles and bucket policies of account 111122223333 (dev), written \
        by iamkit. Deploy with --capabilities CAPABILITY_NAMED_IAM.",
          "Resources": {
            "RoleMyRoleA": {
              "Type": "AWS::IAM::Role",
              "Properties": {
                "RoleName": "MyRoleA",
                "AssumeRolePolicyDocument": "{{roleA.trust}}",
                "Policies": [{"PolicyName": "assume-role-b", "PolicyDocument": "{{roleA.policy}}"}]
              }
            },
            "RolePolicyDatabricksCrossAccountRoleDatabricksPassRoleA": {
              "Type": "AWS::IAM::RolePolicy",
              "Properties": {
                "RoleName": "databricks-cross-account-role",
                "PolicyName": "databricks-pass-role-a",
                "PolicyDocument": "{{passRole.policy}}"
              }
            },
            "InstanceProfileMyRoleA": {
              "Type": "AWS::IAM::InstanceProfile",
              "Properties": {"InstanceProfileName": "MyRoleA", "Roles": [{"Ref": "RoleMyRoleA"}]}
            }
          }
        }
        """), documents));
    assertThat(Trees.parse(templates.get(AccountId.of("444455556666")))).isEqualTo(Trees.fill(Trees.parse("""
        {
          "AWSTemplateFormatVersion": "2010-09-09",
          "Description": "IAM roles, instance profiles and bucket policies of account 444455556666 (data), written \
        by iamkit. Deploy with --capabilities CAPABILITY_NAMED_IAM.",
          "Resources": {
            "RoleMyRoleB": {
              "Type": "AWS::IAM::Role",
              "Properties": {
                "RoleName": "MyRoleB",
                "AssumeRolePolicyDocument": "{{roleB.trust}}",
                "Policies": [{"PolicyName": "bucket-access", "PolicyDocument": "{{roleB.policy}}"}]
              }
            },
            "BucketPolicyAcmeSharedData": {
              "Type": "AWS::S3::BucketPolicy",
              "DependsOn": ["RoleMyRoleB"],
              "Properties": {"Bucket": "acme-shared-data", "PolicyDocument": "{{bucket.policy}}"}
            }
          }
        }
        """), documents));
  }

  @Test
  void toJson_keepsTheDocumentsKeyOrder() {
    String template = CloudFormationExport.toJson(List.of(IamResourcesTest.WORKSPACE)).values().iterator().next();

    // WorkspaceTrust writes Effect, Action, Principal, Condition, as seed 000 prints it.
    JsonNode statement = Trees.parse(template)
        .at("/Resources/RoleDatabricksCrossAccountRole/Properties/AssumeRolePolicyDocument/Statement/0");
    assertThat(statement.fieldNames()).toIterable().containsExactly("Effect", "Action", "Principal", "Condition");
  }

  @Test
  void toJson_roleWithoutInlinePolicies_hasNoPoliciesKey_andTheBucketPolicyDependsOnIt() {
    LogDeliverySetup logs = LogDeliverySetup.builder().accountId("111122223333").externalId("abc")
        .bucket("logs-bucket").build();

    JsonNode template = Trees.parse(CloudFormationExport.toJson(List.of(logs)).get(AccountId.of("111122223333")));

    assertThat(template.at("/Description").asText()).startsWith(
        "IAM roles, instance profiles and bucket policies of account 111122223333, written by iamkit.");
    assertThat(template.at("/Resources/RoleDatabricksLogDelivery/Properties").has("Policies")).isFalse();
    assertThat(template.at("/Resources/BucketPolicyLogsBucket/DependsOn/0").asText())
        .isEqualTo("RoleDatabricksLogDelivery");
  }

  @Test
  void camel_makesLogicalIds() {
    assertThat(Names.camel("databricks-cross-account-role")).isEqualTo("DatabricksCrossAccountRole");
    assertThat(Names.camel("MyRoleA")).isEqualTo("MyRoleA");
    assertThat(Names.camel("acme.data_2")).isEqualTo("AcmeData2");
  }
}
