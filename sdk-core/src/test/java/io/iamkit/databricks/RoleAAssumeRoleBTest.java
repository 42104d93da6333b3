package io.iamkit.databricks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleAAssumeRoleBTest {
  private static final String ID = "databricks.s3.role-a.assume-role-b";

  // Seed 001, Step 1: the Sid and the one-element arrays are the seed's.
  private static final String DEFAULT = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "Stmt1487884001000",
            "Effect": "Allow",
            "Action": [
              "sts:AssumeRole"
            ],
            "Resource": [
              "arn:aws:iam::444455556666:role/MyRoleB"
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
  void build_withTheBucketOwnerOnly_isTheSeedsPolicyForMyRoleB() {
    assertThat(pretty(RoleAAssumeRoleB.builder().bucketOwnerAccountId("444455556666").build())).isEqualTo(DEFAULT);
  }

  @Test
  void build_typedAccountId_isTheSameAsItsStringTwin() {
    assertThat(RoleAAssumeRoleB.builder().bucketOwnerAccountId(AccountId.of("444455556666")).build())
        .isEqualTo(RoleAAssumeRoleB.builder().bucketOwnerAccountId("444455556666").build());
  }

  @Test
  void render_withTheBucketOwnerOnly_isTheSeedsPolicyForMyRoleB() {
    assertThat(render(Map.of("bucketOwnerAccountId", "444455556666"))).isEqualTo(DEFAULT);
  }

  @Test
  void bucketOwnerAccountId_otherAccount_isTheAccountOfTheRoleArn() {
    String expected = DEFAULT.replace("444455556666", "999988887777");

    assertThat(pretty(RoleAAssumeRoleB.builder().bucketOwnerAccountId("999988887777").build())).isEqualTo(expected);
    assertThat(render(Map.of("bucketOwnerAccountId", "999988887777"))).isEqualTo(expected);
  }

  @Test
  void roleB_otherName_isTheRoleOfTheArn() {
    String expected = DEFAULT.replace("role/MyRoleB", "role/shared-data-reader");

    assertThat(pretty(RoleAAssumeRoleB.builder().bucketOwnerAccountId("444455556666").roleB("shared-data-reader")
        .build())).isEqualTo(expected);
    assertThat(render(Map.of("bucketOwnerAccountId", "444455556666", "roleB", "shared-data-reader")))
        .isEqualTo(expected);
  }

  @Test
  void build_withoutBucketOwnerAccountId_namesTheMissingParameter() {
    assertThatThrownBy(() -> RoleAAssumeRoleB.builder().build())
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucketOwnerAccountId is required by databricks.s3.role-a.assume-role-b");
  }

  @Test
  void render_withoutBucketOwnerAccountId_namesAndDescribesTheMissingParameter() {
    assertThatThrownBy(() -> DatabricksPatterns.get(ID).render(Map.of("roleB", "MyRoleB")))
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter bucketOwnerAccountId is required by databricks.s3.role-a.assume-role-b: the AWS "
            + "account ID of the bucket owner (Account B), where MyRoleB lives");
  }

  @Test
  void bucketOwnerAccountId_notTwelveDigits_isRefusedByBothApis() {
    String message = "Parameter bucketOwnerAccountId \"4444-5555-6666\" must be an AWS account ID: exactly 12 digits";

    assertThatThrownBy(() -> RoleAAssumeRoleB.builder().bucketOwnerAccountId("4444-5555-6666"))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
    assertThatThrownBy(() -> DatabricksPatterns.get(ID).render(Map.of("bucketOwnerAccountId", "4444-5555-6666")))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
  }

  // IAM role names: 1 to 64 characters of [\w+=,.@-].
  @Test
  void roleB_withASpace_isRefusedByBothApis() {
    String message = "Parameter roleB \"My Role B\" must be an IAM role name: 1 to 64 characters of letters, digits "
        + "and +=,.@_-";

    assertThatThrownBy(() -> RoleAAssumeRoleB.builder().roleB("My Role B"))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
    assertThatThrownBy(() -> DatabricksPatterns.get(ID)
        .render(Map.of("bucketOwnerAccountId", "444455556666", "roleB", "My Role B")))
        .isExactlyInstanceOf(ParameterException.class).hasMessage(message);
  }

  @Test
  void render_unknownParameter_listsTheParametersItTakes() {
    assertThatThrownBy(() -> DatabricksPatterns.get(ID)
        .render(Map.of("bucketOwnerAccountId", "444455556666", "partition", "aws-us-gov")))
        .isExactlyInstanceOf(ParameterException.class)
        .hasMessage("Parameter partition is not a parameter of databricks.s3.role-a.assume-role-b; it takes "
            + "bucketOwnerAccountId, roleB");
  }

  @Test
  void catalog_declaresTheContractsParametersAndSeed() {
    DatabricksPattern pattern = DatabricksPatterns.get(ID);

    assertThat(pattern.parameters()).hasToString("[bucketOwnerAccountId*, roleB (MyRoleB)]");
    assertThat(pattern.seeds()).containsExactly("001");
  }
}
