package io.iamkit.databricks;

import static io.iamkit.testing.JsonTrees.assertSameTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamkit.policy.Arn;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Java API and the catalog entry of {@code databricks.workspace.access}. Expected documents are the seed-000
 * fixtures (whole documents), changed only where a parameter changes them.
 */
class WorkspaceAccessTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DatabricksPattern PATTERN = DatabricksPatterns.get("databricks.workspace.access");

  private static final String ROLE_A = "arn:aws:iam::111122223333:role/MyRoleA";
  private static final String ROLE_B = "arn:aws:iam::111122223333:role/service/MyRoleB";
  private static final Map<String, String> RESTRICTED = Map.of(
      "vpc", "customer-managed-restricted",
      "accountId", "111122223333",
      "vpcId", "vpc-0a1b2c3d4e5f60718",
      "region", "us-west-2",
      "securityGroupId", "sg-0123456789abcdef0");

  @Test
  void build_byDefault_isSeed000sDefaultDeploymentPolicy() {
    PolicyDocument document = WorkspaceAccess.builder().build();

    assertSameTree(tree(document), fixture("workspace-access.databricks-managed.json"));
  }

  @Test
  void build_customerManaged_isSeed000sPolicyWithDefaultRestrictions() {
    PolicyDocument document = WorkspaceAccess.builder().vpc(WorkspaceAccess.Vpc.CUSTOMER_MANAGED).build();

    assertSameTree(tree(document), fixture("workspace-access.customer-managed.json"));
  }

  @Test
  void build_customerManagedRestricted_fillsAccountVpcRegionAndSecurityGroup() {
    PolicyDocument document = restrictedBuilder().build();

    assertSameTree(tree(document), fixture("workspace-access.customer-managed-restricted.json"));
  }

  @Test
  void render_withoutParameters_isTheBuildersDefault() {
    assertThat(json(PATTERN.render(Map.of()).document().orElseThrow()))
        .isEqualTo(json(WorkspaceAccess.builder().build()));
  }

  @Test
  void build_inGovCloud_writesTheSpotServiceLinkedRoleInAwsUsGov() {
    PolicyDocument document = WorkspaceAccess.builder().partition(DatabricksPartition.AWS_US_GOV).build();

    assertSameTree(tree(document), fixture("workspace-access.databricks-managed.json", "arn:aws:", "arn:aws-us-gov:"));
  }

  @Test
  void render_customerManagedInGovCloudDod_writesTheSpotServiceLinkedRoleInAwsUsGov() {
    PolicyDocument document = PATTERN.render(Map.of("vpc", "customer-managed", "partition", "aws-us-gov-dod"))
        .document().orElseThrow();

    assertSameTree(tree(document), fixture("workspace-access.customer-managed.json", "arn:aws:", "arn:aws-us-gov:"));
  }

  @Test
  void render_customerManagedRestrictedInGovCloud_writesEveryArnInAwsUsGov() {
    PolicyDocument document = PATTERN.render(with(RESTRICTED, "partition", "aws-us-gov", "region", "us-gov-west-1"))
        .document().orElseThrow();

    assertSameTree(tree(document), fixture("workspace-access.customer-managed-restricted.json",
        "arn:aws:", "arn:aws-us-gov:", ":us-west-2:", ":us-gov-west-1:"));
  }

  @Test
  void build_withPassRoles_appendsOnePassRoleStatementLastInSeed001sForm() {
    PolicyDocument document = WorkspaceAccess.builder()
        .addPassRole(ROLE_A)
        .addPassRole(Arn.parse(ROLE_B))
        .build();

    assertSameTree(tree(document),
        withPassRoleStatement(fixture("workspace-access.databricks-managed.json"), ROLE_A, ROLE_B));
  }

  @Test
  void render_passRoles_takesCommaSeparatedArnsAndIgnoresBlanksAroundCommas() {
    PolicyDocument document = PATTERN.render(Map.of("passRoles", ROLE_A + " , " + ROLE_B)).document().orElseThrow();

    assertSameTree(tree(document),
        withPassRoleStatement(fixture("workspace-access.databricks-managed.json"), ROLE_A, ROLE_B));
  }

  @Test
  void render_customerManagedRestrictedWithOnePassRole_appendsItAfterTheVpcStatement() {
    PolicyDocument document = PATTERN.render(with(RESTRICTED, "passRoles", ROLE_A)).document().orElseThrow();

    assertSameTree(tree(document),
        withPassRoleStatement(fixture("workspace-access.customer-managed-restricted.json"), ROLE_A));
  }

  @Test
  void passRoles_collection_replacesTheRolesAddedBefore() {
    PolicyDocument document = WorkspaceAccess.builder()
        .addPassRole(ROLE_A)
        .passRoles(List.of(Arn.parse(ROLE_B)))
        .build();

    assertSameTree(tree(document),
        withPassRoleStatement(fixture("workspace-access.databricks-managed.json"), ROLE_B));
  }

  @Test
  void passRoles_emptyCollection_leavesThePassRoleStatementOut() {
    PolicyDocument document = WorkspaceAccess.builder().addPassRole(ROLE_A).passRoles(List.of()).build();

    assertSameTree(tree(document), fixture("workspace-access.databricks-managed.json"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"accountId", "vpcId", "region", "securityGroupId"})
  void render_customerManagedRestrictedWithoutARestriction_namesTheMissingParameter(String parameter) {
    Map<String, String> values = new HashMap<>(RESTRICTED);
    values.remove(parameter);

    assertThatThrownBy(() -> PATTERN.render(values))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter " + parameter
            + " is required by databricks.workspace.access when vpc is customer-managed-restricted");
  }

  @Test
  void build_customerManagedRestrictedWithoutAccountId_namesTheMissingParameter() {
    WorkspaceAccess.Builder builder = WorkspaceAccess.builder()
        .vpc(WorkspaceAccess.Vpc.CUSTOMER_MANAGED_RESTRICTED)
        .vpcId("vpc-0a1b2c3d4e5f60718")
        .region("us-west-2")
        .securityGroupId("sg-0123456789abcdef0");

    assertThatThrownBy(builder::build)
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter accountId is required by databricks.workspace.access when vpc is "
            + "customer-managed-restricted");
  }

  @Test
  void render_customerManagedWithAnAccountId_refusesTheRestriction() {
    assertThatThrownBy(() -> PATTERN.render(Map.of("vpc", "customer-managed", "accountId", "111122223333")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter accountId \"111122223333\" applies only when vpc is customer-managed-restricted "
            + "(vpc is customer-managed)");
  }

  @Test
  void build_databricksManagedWithASecurityGroup_refusesTheRestriction() {
    WorkspaceAccess.Builder builder = WorkspaceAccess.builder().securityGroupId("sg-0123456789abcdef0");

    assertThatThrownBy(builder::build)
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter securityGroupId \"sg-0123456789abcdef0\" applies only when vpc is "
            + "customer-managed-restricted (vpc is databricks-managed)");
  }

  @Test
  void render_unknownVpcOption_listsTheOptions() {
    assertThatThrownBy(() -> PATTERN.render(Map.of("vpc", "customer")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter vpc \"customer\" must be databricks-managed, customer-managed or "
            + "customer-managed-restricted");
  }

  @Test
  void render_badRestrictionValues_nameParameterValueAndRule() {
    assertThatThrownBy(() -> PATTERN.render(with(RESTRICTED, "accountId", "11112222333")))
        .hasMessage("Parameter accountId \"11112222333\" must be an AWS account ID: exactly 12 digits");
    assertThatThrownBy(() -> PATTERN.render(with(RESTRICTED, "vpcId", "vpc-xyz")))
        .hasMessage("Parameter vpcId \"vpc-xyz\" must be a VPC ID: vpc- and 8 or 17 hexadecimal digits");
    assertThatThrownBy(() -> PATTERN.render(with(RESTRICTED, "region", "us_west_2")))
        .hasMessage("Parameter region \"us_west_2\" must be an AWS region such as us-west-2");
    assertThatThrownBy(() -> PATTERN.render(with(RESTRICTED, "securityGroupId", "vpc-0a1b2c3d")))
        .hasMessage("Parameter securityGroupId \"vpc-0a1b2c3d\" must be a security group ID: sg- and 8 or 17 "
            + "hexadecimal digits");
  }

  @Test
  void render_regionOutsideThePartition_isRefused() {
    assertThatThrownBy(() -> PATTERN.render(with(RESTRICTED, "partition", "aws-us-gov")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter region \"us-west-2\" is not a region of partition aws-us-gov (GovCloud regions "
            + "start with us-gov-)");
    assertThatThrownBy(() -> PATTERN.render(with(RESTRICTED, "region", "us-gov-west-1")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter region \"us-gov-west-1\" is not a region of partition aws (set partition to "
            + "aws-us-gov or aws-us-gov-dod for GovCloud)");
    assertThatThrownBy(() -> PATTERN.render(with(RESTRICTED, "region", "cn-north-1")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter region \"cn-north-1\" is not a region of partition aws");
  }

  @Test
  void render_passRoleThatIsNotARole_isRefused() {
    assertThatThrownBy(() -> PATTERN.render(Map.of("passRoles", ROLE_A + ",arn:aws:iam::111122223333:user/alice")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter passRoles \"arn:aws:iam::111122223333:user/alice\" must be an IAM role ARN: "
            + "arn:<partition>:iam::<account-id>:role/<name>");
    assertThatThrownBy(() -> WorkspaceAccess.builder().addPassRole("MyRoleA"))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter passRoles \"MyRoleA\" must be an IAM role ARN: "
            + "arn:<partition>:iam::<account-id>:role/<name>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", ",", "arn:aws:iam::111122223333:role/MyRoleA,"})
  void render_passRolesWithAnEmptyEntry_isRefused(String value) {
    assertThatThrownBy(() -> PATTERN.render(Map.of("passRoles", value)))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter passRoles \"" + value + "\" must be a comma-separated list of IAM role ARNs, "
            + "without empty entries");
  }

  @Test
  void render_passRoleInAnotherPartition_isRefused() {
    assertThatThrownBy(() -> PATTERN.render(Map.of("passRoles", ROLE_A, "partition", "aws-us-gov-dod")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter passRoles \"" + ROLE_A + "\" is not in partition aws-us-gov of the aws-us-gov-dod "
            + "deployment");
  }

  @Test
  void catalogEntry_declaresTheContractParametersWithTheirDefaults() {
    assertThat(PATTERN.seeds()).containsExactly("000");
    assertThat(PATTERN.parameters()).extracting(PatternParameter::toString).containsExactly(
        "vpc (databricks-managed)", "accountId", "vpcId", "region", "securityGroupId", "partition (aws)",
        "passRoles");
  }

  private static WorkspaceAccess.Builder restrictedBuilder() {
    return WorkspaceAccess.builder()
        .vpc(WorkspaceAccess.Vpc.CUSTOMER_MANAGED_RESTRICTED)
        .accountId("111122223333")
        .vpcId("vpc-0a1b2c3d4e5f60718")
        .region("us-west-2")
        .securityGroupId("sg-0123456789abcdef0");
  }

  private static Map<String, String> with(Map<String, String> base, String... keysAndValues) {
    Map<String, String> values = new HashMap<>(base);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return values;
  }

  /** Seed 001's statement, {"Effect": "Allow", "Action": "iam:PassRole", "Resource": [roles]}, appended. */
  private static JsonNode withPassRoleStatement(JsonNode document, String... roles) {
    ObjectNode statement = MAPPER.createObjectNode();
    statement.put("Effect", "Allow");
    statement.put("Action", "iam:PassRole");
    ArrayNode resources = statement.putArray("Resource");
    for (String role : roles) {
      resources.add(role);
    }
    ((ArrayNode) document.get("Statement")).add(statement);
    return document;
  }

  private static String json(PolicyDocument document) {
    return PolicyWriter.pretty().write(document);
  }

  private static JsonNode tree(PolicyDocument document) {
    try {
      return MAPPER.readTree(json(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture's document, with each {@code from} text replaced by the following {@code to}. */
  private static JsonNode fixture(String name, String... fromTo) {
    try (InputStream in = WorkspaceAccessTest.class.getResourceAsStream("/databricks/" + name)) {
      String text = MAPPER.readTree(in).get("document").toString();
      for (int i = 0; i < fromTo.length; i += 2) {
        assertThat(text).contains(fromTo[i]);
        text = text.replace(fromTo[i], fromTo[i + 1]);
      }
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
