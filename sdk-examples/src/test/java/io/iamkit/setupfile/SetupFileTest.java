package io.iamkit.setupfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.databricks.DatabricksPartition;
import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.databricks.UnityCatalogStorageSetup;
import io.iamkit.databricks.WorkspaceCredentialSetup;
import io.iamkit.policy.AccountId;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SetupFileTest {
  static Path example(String resource) {
    try {
      return Path.of(SetupFileTest.class.getResource("/examples/" + resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SetupFileException failure(String json) {
    try {
      SetupFile.read(json, "test.json");
    } catch (SetupFileException e) {
      return e;
    }
    throw new AssertionError("read did not fail");
  }

  @Test
  void read_demo_givesTheThreeSetUpsWithTheirAccounts() {
    SetupFile file = SetupFile.read(example("demo-setup.json"));

    assertThat(file.name()).isEqualTo("demo");
    assertThat(file.description()).isPresent();
    assertThat(file.partition()).isEqualTo(DatabricksPartition.AWS);
    assertThat(file.accounts()).containsExactly(Map.entry("dev", AccountId.of("111122223333")),
        Map.entry("data", AccountId.of("444455556666")));
    assertThat(file.setups()).extracting(DatabricksSetup::kind)
        .containsExactly("workspace-credential", "s3-cross-account", "unity-catalog-storage");
    WorkspaceCredentialSetup workspace = (WorkspaceCredentialSetup) file.setups().get(0);
    assertThat(workspace.role().arn()).hasToString(
        "arn:aws:iam::111122223333:role/databricks-cross-account-role");
    S3CrossAccountSetup s3 = (S3CrossAccountSetup) file.setups().get(1);
    assertThat(s3.roleB().arn()).hasToString("arn:aws:iam::444455556666:role/MyRoleB");
    assertThat(s3.bucketPolicy().bucket()).isEqualTo("acme-demo-shared-data");
    assertThat(file.alias(AccountId.of("444455556666"))).contains("data");
    assertThat(file.alias(AccountId.of("999999999999"))).isEmpty();
  }

  @Test
  void read_demo_equalsTheSetUpsBuiltInJava() {
    SetupFile file = SetupFile.read(example("demo-setup.json"));

    UnityCatalogStorageSetup expected = UnityCatalogStorageSetup.builder().accountId("444455556666")
        .roleName("acme-demo-uc-storage").externalId("7a1e5b2c-0d4f-4e8a-9b3c-6f2d1e0a9c8b")
        .bucket("acme-demo-uc-data").build();
    assertThat(file.setups().get(2).roles()).isEqualTo(expected.roles());
  }

  @ParameterizedTest
  @ValueSource(strings = {"workspace-credential", "s3-cross-account", "unity-catalog-storage", "staging-bucket",
      "storage-configuration", "log-delivery"})
  void read_eachExample_givesOneSetUpOfItsType(String type) {
    SetupFile file = SetupFile.read(example("setups/" + type + ".json"));

    assertThat(file.name()).isEqualTo(type);
    assertThat(file.setups()).extracting(DatabricksSetup::kind).containsExactly(type);
    assertThat(file.setups().get(0).requireWithinLimits()).isNotNull();
  }

  @Test
  void read_accountIdsWithoutAliases_areTakenAsGiven() {
    SetupFile file = SetupFile.read("{\"name\": \"n\", \"setups\": [{\"type\": \"log-delivery\", "
        + "\"accountId\": \"111122223333\", \"externalId\": \"abc\", \"bucket\": \"logs-bucket\"}]}", "n.json");

    assertThat(file.accounts()).isEmpty();
    assertThat(file.setups().get(0).roles().get(0).account()).isEqualTo(AccountId.of("111122223333"));
    assertThat(file.source()).isEqualTo("n.json");
    assertThat(file.description()).isEmpty();
  }

  @Test
  void read_govCloudPartition_appliesToEverySetUp() {
    SetupFile file = SetupFile.read("{\"name\": \"gov\", \"partition\": \"aws-us-gov\", \"setups\": ["
        + "{\"type\": \"workspace-credential\", \"accountId\": \"111122223333\", \"externalId\": \"abc\"}]}", "g");

    assertThat(file.partition()).isEqualTo(DatabricksPartition.AWS_US_GOV);
    assertThat(file.setups().get(0).partition()).isEqualTo(DatabricksPartition.AWS_US_GOV);
    assertThat(file.setups().get(0).roles().get(0).arn()).hasToString(
        "arn:aws-us-gov:iam::111122223333:role/databricks-cross-account-role");
  }

  @Test
  void read_unknownKeyInSetUp_namesItsPathLineAndColumnAndTheLikelyKey() {
    SetupFileException e = failure("""
        {
          "name": "demo",
          "setups": [
            {
              "type": "workspace-credential",
              "accountId": "111122223333",
              "externalID": "abc"
            }
          ]
        }
        """);

    assertThat(e).hasMessage("test.json: Unknown key \"externalID\" in a workspace-credential set-up (did you mean "
        + "\"externalId\"?); it takes type, accountId, externalId, roleName, principalStyle, vpc, vpcId, region, "
        + "securityGroupId, passRoles at /setups/0/externalID (line 7, column 7)");
    assertThat(e.source()).isEqualTo("test.json");
    assertThat(e.pointer()).isEqualTo("/setups/0/externalID");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.column()).isEqualTo(7);
    assertThat(e.reason()).startsWith("Unknown key \"externalID\"");
  }

  @Test
  void read_unknownTopLevelKey_isRefused() {
    assertThat(failure("{\"name\": \"n\", \"region\": \"us-east-1\", \"setups\": []}")).hasMessage(
        "test.json: Unknown key \"region\" in a set-up file; it takes name, description, partition, accounts, "
            + "aws, setups at /region (line 1, column 15)");
  }

  @Test
  void read_badValue_wrapsTheParameterRuleAtTheField() {
    SetupFileException e = failure("""
        {"name": "n", "setups": [
          {"type": "workspace-credential", "accountId": "111122223333", "externalId": "has space"}
        ]}
        """);

    assertThat(e).hasMessage("test.json: Parameter externalId \"has space\" must be an external ID: may hold only "
        + "letters, digits and _+=,.@:/- (character 4 is not allowed) at /setups/0/externalId (line 2, column 79)");
  }

  @Test
  void read_accountIdAsNumber_isRefusedAsTheWrongType() {
    assertThat(failure("{\"name\": \"n\", \"setups\": [{\"type\": \"log-delivery\", \"accountId\": 111122223333}]}"))
        .hasMessage("test.json: Parameter accountId must be a JSON string, not a number at /setups/0/accountId "
            + "(line 1, column 64)");
  }

  @Test
  void read_unknownAlias_listsTheAliases() {
    assertThat(failure("""
        {"name": "n", "accounts": {"dev": "111122223333"}, "setups": [
          {"type": "workspace-credential", "accountId": "prod", "externalId": "abc"}
        ]}
        """)).hasMessage("test.json: Parameter accountId \"prod\" is neither an AWS account ID (12 digits) nor an "
        + "alias from \"accounts\"; the aliases are dev at /setups/0/accountId (line 2, column 49)");
  }

  @Test
  void read_missingRequiredParameter_pointsAtTheSetUp() {
    assertThat(failure("""
        {"name": "n", "setups": [
          {"type": "workspace-credential", "accountId": "111122223333"}
        ]}
        """)).hasMessage("test.json: Parameter externalId is required by the workspace credential set-up at "
        + "/setups/0 (line 2, column 3)");
  }

  @Test
  void read_ruleBrokenAtBuild_pointsAtTheParameterItNames() {
    SetupFileException e = failure("""
        {"name": "n", "partition": "aws-us-gov", "setups": [
          {"type": "workspace-credential", "accountId": "111122223333", "externalId": "abc",
           "vpc": "customer-managed-restricted", "vpcId": "vpc-0a1b2c3d", "region": "us-west-2",
           "securityGroupId": "sg-0a1b2c3d"}
        ]}
        """);

    assertThat(e.pointer()).isEqualTo("/setups/0/region");
    assertThat(e.reason()).startsWith("Parameter region \"us-west-2\" ");
  }

  @Test
  void read_unknownType_listsTheTypes() {
    assertThat(failure("{\"name\": \"n\", \"setups\": [{\"type\": \"root-bucket\"}]}")).hasMessage(
        "test.json: Unknown set-up type \"root-bucket\"; the types are workspace-credential, s3-cross-account, "
            + "unity-catalog-storage, staging-bucket, storage-configuration, log-delivery at /setups/0/type "
            + "(line 1, column 35)");
  }

  @Test
  void read_missingType_isRefused() {
    assertThat(failure("{\"name\": \"n\", \"setups\": [{\"accountId\": \"111122223333\"}]}").reason()).isEqualTo(
        "Missing key \"type\": one of workspace-credential, s3-cross-account, unity-catalog-storage, staging-bucket, "
            + "storage-configuration, log-delivery");
  }

  @Test
  void read_unknownChoice_listsTheChoices() {
    SetupFileException e = failure("{\"name\": \"n\", \"setups\": [{\"type\": \"workspace-credential\", "
        + "\"accountId\": \"111122223333\", \"externalId\": \"abc\", \"vpc\": \"custom\"}]}");

    assertThat(e.pointer()).isEqualTo("/setups/0/vpc");
    assertThat(e.reason()).isEqualTo("Parameter vpc \"custom\" must be one of databricks-managed, customer-managed, "
        + "customer-managed-restricted");
  }

  @Test
  void read_badPassRole_pointsAtTheElement() {
    SetupFileException e = failure("{\"name\": \"n\", \"setups\": [{\"type\": \"workspace-credential\", "
        + "\"accountId\": \"111122223333\", \"externalId\": \"abc\", "
        + "\"passRoles\": [\"arn:aws:iam::111122223333:role/A\", \"MyRoleA\"]}]}");

    assertThat(e.pointer()).isEqualTo("/setups/0/passRoles/1");
    assertThat(e.reason()).contains("MyRoleA");
  }

  @Test
  void read_passRolesNotAnArray_isRefused() {
    assertThat(failure("{\"name\": \"n\", \"setups\": [{\"type\": \"workspace-credential\", "
        + "\"passRoles\": \"arn:aws:iam::111122223333:role/A\"}]}").reason())
        .isEqualTo("Parameter passRoles must be an array of ARNs, not a string");
  }

  @Test
  void read_fileEventsAsString_isRefused() {
    SetupFileException e = failure("{\"name\": \"n\", \"setups\": [{\"type\": \"unity-catalog-storage\", "
        + "\"fileEvents\": \"false\"}]}");

    assertThat(e.pointer()).isEqualTo("/setups/0/fileEvents");
    assertThat(e.reason()).isEqualTo("Parameter fileEvents must be true or false, not a string");
  }

  @Test
  void read_duplicateKey_isRefused() {
    assertThat(failure("{\"name\": \"n\", \"name\": \"m\", \"setups\": []}")).hasMessage(
        "test.json: Duplicate key \"name\" at /name (line 1, column 15)");
  }

  @Test
  void read_malformedJson_givesLineAndColumn() {
    SetupFileException e = failure("{\"name\": \"n\",\n \"setups\": [,]}");

    assertThat(e.reason()).startsWith("Malformed JSON: Unexpected character (',' (code 44))");
    assertThat(e.pointer()).isEqualTo("/setups");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(13);
  }

  @Test
  void read_contentAfterTheObject_isRefused() {
    assertThat(failure("{\"name\": \"n\", \"setups\": []} {}").reason())
        .isEqualTo("Unexpected content after the JSON object");
  }

  @Test
  void read_notAnObject_isRefused() {
    assertThat(failure("[]")).hasMessage("test.json: A set-up file must be a JSON object, not an array at / "
        + "(line 1, column 1)");
  }

  @Test
  void read_emptyInput_isRefused() {
    assertThat(failure("").reason()).isEqualTo("Empty input: expected a JSON object");
  }

  @Test
  void read_noSetUps_isRefused() {
    assertThat(failure("{\"name\": \"n\", \"setups\": []}").reason())
        .isEqualTo("\"setups\" must name at least one set-up");
    assertThat(failure("{\"name\": \"n\"}").reason()).isEqualTo("Missing key \"setups\": the list of set-ups");
  }

  @Test
  void read_badName_isRefused() {
    assertThat(failure("{\"name\": \"my demo\", \"setups\": []}").reason()).isEqualTo("\"name\" \"my demo\" must be "
        + "1 to 64 letters, digits and hyphens, starting with a letter (it names the CloudFormation stacks)");
    assertThat(failure("{\"setups\": []}").reason()).isEqualTo("Missing key \"name\"");
  }

  @Test
  void read_unknownPartition_wrapsTheRule() {
    SetupFileException e = failure("{\"name\": \"n\", \"partition\": \"aws-cn\", \"setups\": []}");

    assertThat(e.pointer()).isEqualTo("/partition");
    assertThat(e.reason()).isEqualTo("Parameter partition \"aws-cn\" must be one of aws, aws-us-gov, aws-us-gov-dod "
        + "(Databricks has no China deployment)");
  }

  @Test
  void read_s3CrossAccountOutsideAws_isRefused() {
    SetupFileException e = failure("{\"name\": \"n\", \"partition\": \"aws-us-gov\", \"setups\": ["
        + "{\"type\": \"s3-cross-account\"}]}");

    assertThat(e.pointer()).isEqualTo("/setups/0/type");
    assertThat(e.reason()).isEqualTo("A s3-cross-account set-up is in the aws partition only (seed 001 prints "
        + "commercial documents), not aws-us-gov");
  }

  @Test
  void read_badAccounts_areRefused() {
    assertThat(failure("{\"name\": \"n\", \"accounts\": {\"dev\": \"1111\"}, \"setups\": []}").reason())
        .isEqualTo("Account dev \"1111\" must be an AWS account ID: exactly 12 digits");
    assertThat(failure("{\"name\": \"n\", \"accounts\": {\"my dev\": \"111122223333\"}, \"setups\": []}").reason())
        .isEqualTo("Account alias \"my dev\" must be 1 to 63 letters, digits, _ and -, starting with a letter");
    SetupFileException twice = failure("{\"name\": \"n\", \"accounts\": {\"dev\": \"111122223333\", "
        + "\"prod\": \"111122223333\"}, \"setups\": []}");
    assertThat(twice.pointer()).isEqualTo("/accounts/prod");
    assertThat(twice.reason()).isEqualTo("Account 111122223333 already has the alias dev");
    assertThat(failure("{\"name\": \"n\", \"accounts\": [], \"setups\": []}").reason())
        .isEqualTo("\"accounts\" must be an object of alias to account ID, not an array");
  }

  @Test
  void read_twoSetUpsCreatingOneRole_pointsAtTheSecond() {
    SetupFileException e = failure("""
        {"name": "n", "setups": [
          {"type": "workspace-credential", "accountId": "111122223333", "externalId": "abc"},
          {"type": "workspace-credential", "accountId": "111122223333", "externalId": "def"}
        ]}
        """);

    assertThat(e).hasMessage("test.json: Set-ups 0 and 1 both make role "
        + "arn:aws:iam::111122223333:role/databricks-cross-account-role; only one set-up may make it at /setups/1 "
        + "(line 3, column 3)");
  }

  @Test
  void read_twoPoliciesForOneBucket_areRefused() {
    SetupFileException e = failure("{\"name\": \"n\", \"setups\": ["
        + "{\"type\": \"storage-configuration\", \"accountId\": \"111122223333\", \"bucket\": \"shared-bucket\"},"
        + "{\"type\": \"log-delivery\", \"accountId\": \"111122223333\", \"externalId\": \"abc\", "
        + "\"bucket\": \"shared-bucket\"}]}");

    assertThat(e.pointer()).isEqualTo("/setups/1");
    assertThat(e.reason()).isEqualTo("Set-ups 0 and 1 both make the policy of bucket shared-bucket; only one set-up "
        + "may make it");
  }

  @Test
  void read_missingFile_throwsUncheckedIo() {
    assertThatThrownBy(() -> SetupFile.read(Path.of("does-not-exist.json")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("Cannot read does-not-exist.json: ");
  }

  @Test
  void keys_matchTheBuildersAndTheReadme() {
    assertThat(SetupFileReader.SETUP_KEYS.keySet()).containsExactly("workspace-credential", "s3-cross-account",
        "unity-catalog-storage", "staging-bucket", "storage-configuration", "log-delivery");
    assertThat(SetupFileReader.SETUP_KEYS.values().stream().flatMap(List::stream).distinct())
        .containsExactlyInAnyOrder("accountId", "roleName", "externalId", "vpc", "vpcId", "region",
            "securityGroupId", "passRoles", "principalStyle", "deploymentAccountId", "bucketOwnerAccountId",
            "bucket", "roleA", "roleB", "crossAccountRole", "kmsKeyArn", "fileEvents", "thirdParty",
            "thirdPartyExternalId", "databricksExternalId", "databricksAccountId");
  }

  private static final String AWS_FILE = "{\"name\": \"x\", \"accounts\": {\"dev\": \"111122223333\"},"
      + " \"aws\": %s, \"setups\": [{\"type\": \"storage-configuration\", \"accountId\": \"dev\","
      + " \"bucket\": \"acme-root\"}]}";

  @Test
  void read_awsSection_givesProfileAndRegionPerAlias() {
    SetupFile file = SetupFile.read(String.format(AWS_FILE,
        "{\"dev\": {\"profile\": \"dev-admin\", \"region\": \"eu-west-1\"}}"), "aws.json");

    assertThat(file.aws()).containsOnlyKeys("dev");
    SetupFile.AwsAccess dev = file.aws(AccountId.of("111122223333")).orElseThrow();
    assertThat(dev.profile()).contains("dev-admin");
    assertThat(dev.region()).contains("eu-west-1");
    assertThat(SetupFile.read(String.format(AWS_FILE, "{}"), "aws.json").aws()).isEmpty();
  }

  @Test
  void read_awsSection_isStrict() {
    assertThatThrownBy(() -> SetupFile.read(String.format(AWS_FILE, "{\"prod\": {}}"), "aws.json"))
        .isInstanceOf(SetupFileException.class).hasMessageContaining("\"aws\" names \"prod\", which is not an alias");
    assertThatThrownBy(() -> SetupFile.read(String.format(AWS_FILE, "{\"dev\": {\"profil\": \"x\"}}"),
        "aws.json")).isInstanceOf(SetupFileException.class).hasMessageContaining("profil");
    assertThatThrownBy(() -> SetupFile.read(String.format(AWS_FILE, "{\"dev\": {\"region\": \"mars\"}}"),
        "aws.json")).isInstanceOf(SetupFileException.class).hasMessageContaining("must be an AWS region");
    assertThatThrownBy(() -> SetupFile.read(String.format(AWS_FILE, "[]"), "aws.json"))
        .isInstanceOf(SetupFileException.class).hasMessageContaining("\"aws\" must be an object");
  }
}
