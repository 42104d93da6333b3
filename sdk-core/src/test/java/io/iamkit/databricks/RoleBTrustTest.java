package io.iamkit.databricks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleBTrustTest {
  private static final String ID = "databricks.s3.role-b.trust";

  // Seed 001, Step 2: the principal is a one-element array, the action a string.
  private static final String DEFAULT = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": {
              "AWS": [
                "arn:aws:iam::111122223333:role/MyRoleA"
              ]
            },
            "Action": "sts:AssumeRole"
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
  void build_withTheDeploymentAccountOnly_isTheSeedsTrustInMyRoleA() {
    assertThat(pretty(RoleBTrust.builder().deploymentAccountId("111122223333").build())).isEqualTo(DEFAULT);
  }

  @Test
  void build_typedAccountId_isTheSameAsItsStringTwin() {
    assertThat(RoleBTrust.builder().deploymentAccountId(AccountId.of("111122223333")).build())
        .isEqualTo(RoleBTrust.builder().deploymentAccountId("111122223333").build());
  }

  @Test
  void render_withTheDeploymentAccountOnly_isTheSeedsTrustInMyRoleA() {
    assertThat(render(Map.of("deploymentAccountId", "111122223333"))).isEqualTo(DEFAULT);
  }

  @Test
  void deploymentAccountId_otherAccount_isTheAccountOfTheTrustedRole() {
    String expected = DEFAULT.replace("111122223333", "999988887777");

    assertThat(pretty(RoleBTrust.builder().deploymentAccountId("999988887777").build())).isEqualTo(expected);
    assertThat(render(Map.of("deploymentAccountId", "999988887777"))).isEqualTo(expected);
  }

  @Test
  void roleA_otherName_isTheTrustedRole() {
    String expected = DEFAULT.replace("role/MyRoleA", "role/databricks-s3-instances");

    assertThat(pretty(RoleBTrust.builder().deploymentAccountId("111122223333").roleA("databricks-s3-instances")
        .build())).isEqualTo(expected);
    assertThat(render(Map.of("deploymentAccountId", "111122223333", "roleA", "databricks-s3-instances")))
        .isEqualTo(expected);
  }

  @Test
  void build_withoutDeploymentAccountId_namesTheMissingParameter() {
    assertThatThrownBy(() -> RoleBTrust.builder().build())
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter deploymentAccountId is required by databricks.s3.role-b.trust");
  }

  @Test
  void render_withoutDeploymentAccountId_namesAndDescribesTheMissingParameter() {
    assertThatThrownBy(() -> DatabricksPatterns.get(ID).render(Map.of("roleA", "MyRoleA")))
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter deploymentAccountId is required by databricks.s3.role-b.trust: the AWS account ID of "
            + "the Databricks deployment (Account A), where MyRoleA lives");
  }

  @Test
  void deploymentAccountId_withLetters_isRefusedByBothApis() {
    String message = "Parameter deploymentAccountId \"11112222333a\" must be an AWS account ID: exactly 12 digits";

    assertThatThrownBy(() -> RoleBTrust.builder().deploymentAccountId("11112222333a"))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
    assertThatThrownBy(() -> DatabricksPatterns.get(ID).render(Map.of("deploymentAccountId", "11112222333a")))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
  }

  // A role name, not an ARN or a path: IAM role names hold no slash or colon.
  @Test
  void roleA_anArn_isRefusedByBothApis() {
    String arn = "arn:aws:iam::111122223333:role/MyRoleA";
    String message = "Parameter roleA \"" + arn + "\" must be an IAM role name: 1 to 64 characters of letters, "
        + "digits and +=,.@_-";

    assertThatThrownBy(() -> RoleBTrust.builder().roleA(arn))
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
