package io.iamkit.databricks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleAPassRoleTest {
  private static final String ID = "databricks.s3.role-a.pass-role";

  // Seed 001, Step 1: the cluster-creation statement verbatim, then iam:PassRole on MyRoleA.
  private static final String DEFAULT = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "Stmt1403287045000",
            "Effect": "Allow",
            "Action": [
              "ec2:AssociateDhcpOptions",
              "ec2:AssociateIamInstanceProfile",
              "ec2:AssociateRouteTable",
              "ec2:AttachInternetGateway",
              "ec2:AttachVolume",
              "ec2:AuthorizeSecurityGroupEgress",
              "ec2:AuthorizeSecurityGroupIngress",
              "ec2:CancelSpotInstanceRequests",
              "ec2:CreateDhcpOptions",
              "ec2:CreateInternetGateway",
              "ec2:CreateKeyPair",
              "ec2:CreatePlacementGroup",
              "ec2:CreateRoute",
              "ec2:CreateSecurityGroup",
              "ec2:CreateSubnet",
              "ec2:CreateTags",
              "ec2:CreateVolume",
              "ec2:CreateVpc",
              "ec2:CreateVpcPeeringConnection",
              "ec2:DeleteInternetGateway",
              "ec2:DeleteKeyPair",
              "ec2:DeletePlacementGroup",
              "ec2:DeleteRoute",
              "ec2:DeleteRouteTable",
              "ec2:DeleteSecurityGroup",
              "ec2:DeleteSubnet",
              "ec2:DeleteTags",
              "ec2:DeleteVolume",
              "ec2:DeleteVpc",
              "ec2:DescribeAvailabilityZones",
              "ec2:DescribeIamInstanceProfileAssociations",
              "ec2:DescribeInstanceStatus",
              "ec2:DescribeInstances",
              "ec2:DescribePlacementGroups",
              "ec2:DescribePrefixLists",
              "ec2:DescribeReservedInstancesOfferings",
              "ec2:DescribeRouteTables",
              "ec2:DescribeSecurityGroups",
              "ec2:DescribeSpotInstanceRequests",
              "ec2:DescribeSpotPriceHistory",
              "ec2:DescribeSubnets",
              "ec2:DescribeVolumes",
              "ec2:DescribeVpcs",
              "ec2:DetachInternetGateway",
              "ec2:DisassociateIamInstanceProfile",
              "ec2:ModifyVpcAttribute",
              "ec2:ReplaceIamInstanceProfileAssociation",
              "ec2:RequestSpotInstances",
              "ec2:RevokeSecurityGroupEgress",
              "ec2:RevokeSecurityGroupIngress",
              "ec2:RunInstances",
              "ec2:TerminateInstances"
            ],
            "Resource": [
              "*"
            ]
          },
          {
            "Effect": "Allow",
            "Action": "iam:PassRole",
            "Resource": [
              "arn:aws:iam::111122223333:role/MyRoleA"
            ]
          }
        ]
      }""";

  private static String pretty(PolicyDocument document) {
    return PolicyWriter.pretty().write(document);
  }

  private static String render(Map<String, String> values) {
    return pretty(DatabricksPatterns.get(ID).render(values).document().orElseThrow());
  }

  @Test
  void build_withTheDeploymentAccountOnly_isTheSeedsPolicyPassingMyRoleA() {
    assertThat(pretty(RoleAPassRole.builder().deploymentAccountId("111122223333").build())).isEqualTo(DEFAULT);
  }

  @Test
  void build_typedAccountId_isTheSameAsItsStringTwin() {
    assertThat(RoleAPassRole.builder().deploymentAccountId(AccountId.of("111122223333")).build())
        .isEqualTo(RoleAPassRole.builder().deploymentAccountId("111122223333").build());
  }

  @Test
  void render_withTheDeploymentAccountOnly_isTheSeedsPolicyPassingMyRoleA() {
    assertThat(render(Map.of("deploymentAccountId", "111122223333"))).isEqualTo(DEFAULT);
  }

  @Test
  void deploymentAccountId_otherAccount_isTheAccountOfThePassedRole() {
    String expected = DEFAULT.replace("111122223333", "999988887777");

    assertThat(pretty(RoleAPassRole.builder().deploymentAccountId("999988887777").build())).isEqualTo(expected);
    assertThat(render(Map.of("deploymentAccountId", "999988887777"))).isEqualTo(expected);
  }

  @Test
  void roleA_otherName_isTheRoleThePolicyPasses() {
    String expected = DEFAULT.replace("role/MyRoleA", "role/databricks-s3-instances");

    assertThat(pretty(RoleAPassRole.builder().deploymentAccountId("111122223333").roleA("databricks-s3-instances")
        .build())).isEqualTo(expected);
    assertThat(render(Map.of("deploymentAccountId", "111122223333", "roleA", "databricks-s3-instances")))
        .isEqualTo(expected);
  }

  @Test
  void build_withoutDeploymentAccountId_namesTheMissingParameter() {
    assertThatThrownBy(() -> RoleAPassRole.builder().roleA("MyRoleA").build())
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter deploymentAccountId is required by databricks.s3.role-a.pass-role");
  }

  @Test
  void render_withoutDeploymentAccountId_namesAndDescribesTheMissingParameter() {
    assertThatThrownBy(() -> DatabricksPatterns.get(ID).render(Map.of()))
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter deploymentAccountId is required by databricks.s3.role-a.pass-role: the AWS account ID "
            + "of the Databricks deployment (Account A), where MyRoleA lives");
  }

  @Test
  void deploymentAccountId_elevenDigits_isRefusedByBothApis() {
    String message = "Parameter deploymentAccountId \"11112222333\" must be an AWS account ID: exactly 12 digits";

    assertThatThrownBy(() -> RoleAPassRole.builder().deploymentAccountId("11112222333"))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
    assertThatThrownBy(() -> DatabricksPatterns.get(ID).render(Map.of("deploymentAccountId", "11112222333")))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
  }

  // IAM role names are at most 64 characters.
  @Test
  void roleA_longerThan64Characters_isRefusedByBothApis() {
    String name = "r".repeat(65);
    String message = "Parameter roleA \"" + name + "\" must be an IAM role name: 1 to 64 characters of letters, "
        + "digits and +=,.@_-";

    assertThatThrownBy(() -> RoleAPassRole.builder().roleA(name))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
    assertThatThrownBy(() -> DatabricksPatterns.get(ID)
        .render(Map.of("deploymentAccountId", "111122223333", "roleA", name)))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
  }

  @Test
  void catalog_declaresTheContractsParametersAndSeed() {
    DatabricksPattern pattern = DatabricksPatterns.get(ID);

    assertThat(pattern.parameters()).hasToString("[deploymentAccountId*, roleA (MyRoleA)]");
    assertThat(pattern.seeds()).containsExactly("001");
  }
}
