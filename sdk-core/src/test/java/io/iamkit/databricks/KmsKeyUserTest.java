package io.iamkit.databricks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KmsKeyUserTest {
  private static final String ID = "databricks.kms.key-user";

  // AWS KMS Developer Guide, "Default key policy", "Allows key users to use the KMS key", for MyRoleA.
  private static final String DEFAULT = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "Allow use of the key",
            "Effect": "Allow",
            "Principal": {
              "AWS": "arn:aws:iam::111122223333:role/MyRoleA"
            },
            "Action": [
              "kms:Encrypt",
              "kms:Decrypt",
              "kms:ReEncrypt*",
              "kms:GenerateDataKey*",
              "kms:DescribeKey"
            ],
            "Resource": "*"
          },
          {
            "Sid": "Allow attachment of persistent resources",
            "Effect": "Allow",
            "Principal": {
              "AWS": "arn:aws:iam::111122223333:role/MyRoleA"
            },
            "Action": [
              "kms:CreateGrant",
              "kms:ListGrants",
              "kms:RevokeGrant"
            ],
            "Resource": "*",
            "Condition": {
              "Bool": {
                "kms:GrantIsForAWSResource": "true"
              }
            }
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
  void build_withTheDeploymentAccountOnly_isTheDefaultKeyPolicysKeyUserStatementsForMyRoleA() {
    assertThat(pretty(KmsKeyUser.builder().deploymentAccountId("111122223333").build())).isEqualTo(DEFAULT);
  }

  @Test
  void build_typedAccountId_isTheSameAsItsStringTwin() {
    assertThat(KmsKeyUser.builder().deploymentAccountId(AccountId.of("111122223333")).build())
        .isEqualTo(KmsKeyUser.builder().deploymentAccountId("111122223333").build());
  }

  @Test
  void render_withTheDeploymentAccountOnly_isTheDefaultKeyPolicysKeyUserStatementsForMyRoleA() {
    assertThat(render(Map.of("deploymentAccountId", "111122223333"))).isEqualTo(DEFAULT);
  }

  // Key policies, like bucket policies, allow spaces in a Sid; IAM identity policies do not.
  @Test
  void build_statementsAllowSpacesInTheirSids() {
    PolicyDocument statements = KmsKeyUser.builder().deploymentAccountId("111122223333").build();

    assertThat(statements.statements()).allMatch(s -> s.resourcePolicySid());
  }

  @Test
  void deploymentAccountId_otherAccount_isTheAccountOfTheKeyUser() {
    String expected = DEFAULT.replace("111122223333", "999988887777");

    assertThat(pretty(KmsKeyUser.builder().deploymentAccountId("999988887777").build())).isEqualTo(expected);
    assertThat(render(Map.of("deploymentAccountId", "999988887777"))).isEqualTo(expected);
  }

  @Test
  void roleA_otherName_isTheKeyUser() {
    String expected = DEFAULT.replace("role/MyRoleA", "role/databricks-s3-instances");

    assertThat(pretty(KmsKeyUser.builder().deploymentAccountId("111122223333").roleA("databricks-s3-instances")
        .build())).isEqualTo(expected);
    assertThat(render(Map.of("deploymentAccountId", "111122223333", "roleA", "databricks-s3-instances")))
        .isEqualTo(expected);
  }

  @Test
  void build_withoutDeploymentAccountId_namesTheMissingParameter() {
    assertThatThrownBy(() -> KmsKeyUser.builder().build())
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter deploymentAccountId is required by databricks.kms.key-user");
  }

  @Test
  void render_withoutDeploymentAccountId_namesAndDescribesTheMissingParameter() {
    assertThatThrownBy(() -> DatabricksPatterns.get(ID).render(Map.of()))
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter deploymentAccountId is required by databricks.kms.key-user: the AWS account ID of the "
            + "Databricks deployment (Account A), where MyRoleA lives");
  }

  @Test
  void deploymentAccountId_notTwelveDigits_isRefusedByBothApis() {
    String message = "Parameter deploymentAccountId \"1111222233334\" must be an AWS account ID: exactly 12 digits";

    assertThatThrownBy(() -> KmsKeyUser.builder().deploymentAccountId("1111222233334"))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
    assertThatThrownBy(() -> DatabricksPatterns.get(ID).render(Map.of("deploymentAccountId", "1111222233334")))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
  }

  // The key user is the role; an instance profile ARN is no principal and no role name.
  @Test
  void roleA_anInstanceProfileArn_isRefusedByBothApis() {
    String arn = "arn:aws:iam::111122223333:instance-profile/MyRoleA";
    String message = "Parameter roleA \"" + arn + "\" must be an IAM role name: 1 to 64 characters of letters, "
        + "digits and +=,.@_-";

    assertThatThrownBy(() -> KmsKeyUser.builder().roleA(arn))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
    assertThatThrownBy(() -> DatabricksPatterns.get(ID)
        .render(Map.of("deploymentAccountId", "111122223333", "roleA", arn)))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
  }

  @Test
  void catalog_declaresTheContractsParametersAndSeed() {
    DatabricksPattern pattern = DatabricksPatterns.get(ID);

    assertThat(pattern.parameters()).hasToString("[deploymentAccountId*, roleA (MyRoleA)]");
    assertThat(pattern.seeds()).containsExactly("001");
  }
}
