package io.iamkit.databricks;

import static io.iamkit.testing.JsonTrees.assertSameTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StagingTrustTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DatabricksPattern PATTERN = DatabricksPatterns.get("databricks.staging.trust");

  /** The document with {@code %s} for the third party, the Unity Catalog role and the self-assume ARN. */
  private static final String DOCUMENT = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": {
              "AWS": [
                "%s",
                "%s",
                "%s"
              ]
            },
            "Action": "sts:AssumeRole",
            "Condition": {
              "StringEquals": {
                "sts:ExternalId": [
                  "tool-external-id",
                  "databricks-external-id"
                ]
              }
            }
          }
        ]
      }
      """;
  private static final String UC_AWS = "arn:aws:iam::414351767826:role/unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL";
  private static final String SELF_AWS = "arn:aws:iam::444455556666:role/staging-role";

  private static void assertDocument(PolicyDocument document, String expected) throws IOException {
    assertSameTree(MAPPER.readTree(PolicyWriter.pretty().write(document)), MAPPER.readTree(expected));
  }

  private static StagingTrust.Builder complete() {
    return StagingTrust.builder()
        .accountId("444455556666")
        .roleName("staging-role")
        .thirdParty(StagingTrust.KnownThirdParty.POLYTOMIC)
        .thirdPartyExternalId("tool-external-id")
        .databricksExternalId("databricks-external-id");
  }

  private static Map<String, String> parameters() {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("accountId", "444455556666");
    parameters.put("roleName", "staging-role");
    parameters.put("thirdParty", "polytomic");
    parameters.put("thirdPartyExternalId", "tool-external-id");
    parameters.put("databricksExternalId", "databricks-external-id");
    return parameters;
  }

  @Test
  void build_withPolytomic_isSeed002sTrustPolicyForDualAccess() throws IOException {
    assertDocument(complete().build(),
        DOCUMENT.formatted("arn:aws:iam::568237466542:root", UC_AWS, SELF_AWS));
  }

  @Test
  void build_withRestrictedPolytomic_namesPolytomicsServiceRole() throws IOException {
    PolicyDocument document = complete().thirdParty(StagingTrust.KnownThirdParty.POLYTOMIC_RESTRICTED).build();

    assertDocument(document, DOCUMENT.formatted(
        "arn:aws:iam::568237466542:role/convox/prod-polytomic-ServiceRole-1ELGH39L0GCHT", UC_AWS, SELF_AWS));
  }

  @Test
  void build_withTypedValues_isTheSameDocument() throws IOException {
    PolicyDocument document = StagingTrust.builder()
        .accountId(AccountId.of("444455556666"))
        .roleName("staging-role")
        .thirdParty(Arn.parse("arn:aws:iam::568237466542:root"))
        .thirdPartyExternalId(ExternalId.of("tool-external-id"))
        .databricksExternalId(ExternalId.of("databricks-external-id"))
        .partition(DatabricksPartition.AWS)
        .build();

    assertDocument(document, DOCUMENT.formatted("arn:aws:iam::568237466542:root", UC_AWS, SELF_AWS));
  }

  @Test
  void build_withAnotherThirdPartysRole_namesThatRole() throws IOException {
    PolicyDocument document = complete().thirdParty("arn:aws:iam::777788889999:role/etl/loader").build();

    assertDocument(document, DOCUMENT.formatted("arn:aws:iam::777788889999:role/etl/loader", UC_AWS, SELF_AWS));
  }

  @Test
  void build_inGovCloud_namesGovCloudsUnityCatalogRoleAndPartition() throws IOException {
    PolicyDocument document = complete()
        .thirdParty("arn:aws-us-gov:iam::777788889999:root")
        .partition(DatabricksPartition.AWS_US_GOV)
        .build();

    assertDocument(document, DOCUMENT.formatted("arn:aws-us-gov:iam::777788889999:root",
        "arn:aws-us-gov:iam::044793339203:role/unity-catalog-prod-UCMasterRole-1QRFA8SGY15OJ",
        "arn:aws-us-gov:iam::444455556666:role/staging-role"));
  }

  @Test
  void render_inGovCloudDod_namesTheDodUnityCatalogRole() throws IOException {
    Map<String, String> parameters = parameters();
    parameters.put("thirdParty", "arn:aws-us-gov:iam::777788889999:role/loader");
    parameters.put("partition", "aws-us-gov-dod");

    assertDocument(PATTERN.render(parameters).document().orElseThrow(), DOCUMENT.formatted(
        "arn:aws-us-gov:iam::777788889999:role/loader",
        "arn:aws-us-gov:iam::170661010020:role/unity-catalog-prod-UCMasterRole-1DI6DL6ZP26AS",
        "arn:aws-us-gov:iam::444455556666:role/staging-role"));
  }

  @Test
  void render_throughTheCatalog_isTheBuildersDocument() throws IOException {
    Map<String, String> parameters = parameters();
    parameters.put("thirdParty", "polytomic-restricted");

    PolicyDocument document = PATTERN.render(parameters).document().orElseThrow();

    assertThat(document)
        .isEqualTo(complete().thirdParty(StagingTrust.KnownThirdParty.POLYTOMIC_RESTRICTED).build());
    assertDocument(document, DOCUMENT.formatted(
        "arn:aws:iam::568237466542:role/convox/prod-polytomic-ServiceRole-1ELGH39L0GCHT", UC_AWS, SELF_AWS));
  }

  @Test
  void catalog_declaresTheContractsParameters() {
    assertThat(PATTERN.parameters()).extracting(PatternParameter::name).containsExactly("accountId", "roleName",
        "thirdParty", "thirdPartyExternalId", "databricksExternalId", "partition");
    assertThat(PATTERN.parameters()).extracting(PatternParameter::required)
        .containsExactly(true, true, true, true, true, false);
    assertThat(PATTERN.parameters().get(5).defaultValue()).contains("aws");
  }

  @Test
  void knownThirdParties_areSeed002sPolytomicPrincipals() {
    assertThat(StagingTrust.KnownThirdParty.POLYTOMIC.id()).isEqualTo("polytomic");
    assertThat(StagingTrust.KnownThirdParty.POLYTOMIC.principal())
        .hasToString("arn:aws:iam::568237466542:root");
    assertThat(StagingTrust.KnownThirdParty.POLYTOMIC_RESTRICTED.id()).isEqualTo("polytomic-restricted");
    assertThat(StagingTrust.KnownThirdParty.POLYTOMIC_RESTRICTED.principal())
        .hasToString("arn:aws:iam::568237466542:role/convox/prod-polytomic-ServiceRole-1ELGH39L0GCHT");
  }

  // IAM refuses a trust policy naming a principal of another partition.
  @Test
  void build_withPolytomicInGovCloud_isRefused() {
    assertThatThrownBy(() -> complete().partition(DatabricksPartition.AWS_US_GOV).build())
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter thirdParty \"arn:aws:iam::568237466542:root\" must be in the aws-us-gov partition "
            + "of the aws-us-gov deployment: a role cannot trust a principal of another partition");
  }

  @Test
  void thirdParty_neitherKnownNorAnArn_isRefused() {
    assertThatThrownBy(() -> complete().thirdParty("fivetran"))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter thirdParty \"fivetran\" must be polytomic, polytomic-restricted or an IAM principal "
            + "ARN");
  }

  @Test
  void thirdParty_anS3Arn_isRefused() {
    assertThatThrownBy(() -> complete().thirdParty("arn:aws:s3:::acme-staging"))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter thirdParty \"arn:aws:s3:::acme-staging\" must be an IAM principal ARN: "
            + "arn:<partition>:iam::<account-id>:root, :user/<name> or :role/<name>");
  }

  // IAM: "You cannot use a wildcard to match part of a principal name or ARN."
  @Test
  void thirdParty_withAWildcard_isRefused() {
    assertThatThrownBy(() -> complete().thirdParty("arn:aws:iam::777788889999:role/etl-*"))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter thirdParty \"arn:aws:iam::777788889999:role/etl-*\" must not hold a wildcard: IAM "
            + "matches a principal ARN exactly");
  }

  @Test
  void build_withoutEachRequiredValue_namesIt() {
    assertThatThrownBy(() -> StagingTrust.builder().build())
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter accountId is required by databricks.staging.trust");
    assertThatThrownBy(() -> StagingTrust.builder().accountId("444455556666").build())
        .hasMessage("Parameter roleName is required by databricks.staging.trust");
    assertThatThrownBy(() -> StagingTrust.builder().accountId("444455556666").roleName("staging-role").build())
        .hasMessage("Parameter thirdParty is required by databricks.staging.trust");
    assertThatThrownBy(() -> StagingTrust.builder().accountId("444455556666").roleName("staging-role")
        .thirdParty("polytomic").build())
        .hasMessage("Parameter thirdPartyExternalId is required by databricks.staging.trust");
    assertThatThrownBy(() -> StagingTrust.builder().accountId("444455556666").roleName("staging-role")
        .thirdParty("polytomic").thirdPartyExternalId("tool-external-id").build())
        .hasMessage("Parameter databricksExternalId is required by databricks.staging.trust");
  }

  @Test
  void render_withoutTheDatabricksExternalId_namesIt() {
    Map<String, String> parameters = parameters();
    parameters.remove("databricksExternalId");

    assertThatThrownBy(() -> PATTERN.render(parameters))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter databricksExternalId is required by databricks.staging.trust: the external ID "
            + "Databricks generated for the storage credential");
  }

  @Test
  void render_withAnExternalIdHoldingASpace_isRefused() {
    Map<String, String> parameters = parameters();
    parameters.put("thirdPartyExternalId", "tool external id");

    assertThatThrownBy(() -> PATTERN.render(parameters))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter thirdPartyExternalId \"tool external id\" must be an external ID: may hold only "
            + "letters, digits and _+=,.@:/- (character 5 is not allowed)");
  }

  @Test
  void render_inChina_isRefused() {
    Map<String, String> parameters = parameters();
    parameters.put("partition", "aws-cn");

    assertThatThrownBy(() -> PATTERN.render(parameters))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter partition \"aws-cn\" must be one of aws, aws-us-gov, aws-us-gov-dod (Databricks "
            + "has no China deployment)");
  }
}
