package io.iamkit.databricks;

import static io.iamkit.testing.JsonTrees.assertSameTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnityCatalogTrustTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DatabricksPattern PATTERN = DatabricksPatterns.get("databricks.uc.trust");

  /** The document with {@code %s} for the Unity Catalog role, the account root and the role ARN. */
  private static final String DOCUMENT = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "UnityCatalogAssumeRole",
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {
              "AWS": "%s"
            },
            "Condition": {
              "StringEquals": {
                "sts:ExternalId": "uc-external-id"
              }
            }
          },
          {
            "Sid": "ExplicitSelfRoleAssumption",
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {
              "AWS": "%s"
            },
            "Condition": {
              "ArnLike": {
                "aws:PrincipalArn": "%s"
              },
              "StringEquals": {
                "sts:ExternalId": "uc-external-id"
              }
            }
          }
        ]
      }
      """;
  private static final String AWS_DOCUMENT = DOCUMENT.formatted(
      "arn:aws:iam::414351767826:role/unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL",
      "arn:aws:iam::444455556666:root",
      "arn:aws:iam::444455556666:role/uc-role");

  private static void assertDocument(PolicyDocument document, String expected) throws IOException {
    assertSameTree(MAPPER.readTree(PolicyWriter.pretty().write(document)), MAPPER.readTree(expected));
  }

  private static UnityCatalogTrust.Builder complete() {
    return UnityCatalogTrust.builder().accountId("444455556666").roleName("uc-role").externalId("uc-external-id");
  }

  private static Map<String, String> parameters() {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("accountId", "444455556666");
    parameters.put("roleName", "uc-role");
    parameters.put("externalId", "uc-external-id");
    return parameters;
  }

  @Test
  void build_byDefault_isTheReferencesTwoStatementTrust() throws IOException {
    assertDocument(complete().build(), AWS_DOCUMENT);
  }

  @Test
  void build_withTypedValues_isTheSameDocument() throws IOException {
    PolicyDocument document = UnityCatalogTrust.builder()
        .accountId(AccountId.of("444455556666"))
        .roleName("uc-role")
        .externalId(ExternalId.of("uc-external-id"))
        .partition(DatabricksPartition.AWS)
        .build();

    assertDocument(document, AWS_DOCUMENT);
  }

  @Test
  void build_inGovCloud_namesGovCloudsMasterRoleAndPartition() throws IOException {
    assertDocument(complete().partition(DatabricksPartition.AWS_US_GOV).build(), DOCUMENT.formatted(
        "arn:aws-us-gov:iam::044793339203:role/unity-catalog-prod-UCMasterRole-1QRFA8SGY15OJ",
        "arn:aws-us-gov:iam::444455556666:root",
        "arn:aws-us-gov:iam::444455556666:role/uc-role"));
  }

  @Test
  void render_inGovCloudDod_namesTheDodMasterRoleInTheGovCloudPartition() throws IOException {
    Map<String, String> parameters = parameters();
    parameters.put("partition", "aws-us-gov-dod");

    assertDocument(PATTERN.render(parameters).document().orElseThrow(), DOCUMENT.formatted(
        "arn:aws-us-gov:iam::170661010020:role/unity-catalog-prod-UCMasterRole-1DI6DL6ZP26AS",
        "arn:aws-us-gov:iam::444455556666:root",
        "arn:aws-us-gov:iam::444455556666:role/uc-role"));
  }

  @Test
  void render_throughTheCatalog_isTheBuildersDocument() throws IOException {
    PolicyDocument document = PATTERN.render(parameters()).document().orElseThrow();

    assertThat(document).isEqualTo(complete().build());
    assertDocument(document, AWS_DOCUMENT);
  }

  @Test
  void catalog_declaresTheContractsParameters() {
    assertThat(PATTERN.parameters()).extracting(PatternParameter::name)
        .containsExactly("accountId", "roleName", "externalId", "partition");
    assertThat(PATTERN.parameters()).extracting(PatternParameter::required).containsExactly(true, true, true, false);
    assertThat(PATTERN.seeds()).containsExactly("002", "003");
  }

  @Test
  void build_withoutEachRequiredValue_namesIt() {
    assertThatThrownBy(() -> UnityCatalogTrust.builder().roleName("uc-role").externalId("uc-external-id").build())
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter accountId is required by databricks.uc.trust");
    assertThatThrownBy(() -> UnityCatalogTrust.builder().accountId("444455556666").externalId("uc-external-id")
        .build())
        .hasMessage("Parameter roleName is required by databricks.uc.trust");
    assertThatThrownBy(() -> UnityCatalogTrust.builder().accountId("444455556666").roleName("uc-role").build())
        .hasMessage("Parameter externalId is required by databricks.uc.trust");
  }

  @Test
  void render_withoutExternalId_namesIt() {
    Map<String, String> parameters = parameters();
    parameters.remove("externalId");

    assertThatThrownBy(() -> PATTERN.render(parameters))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter externalId is required by databricks.uc.trust: the external ID Databricks generated "
            + "for the storage credential");
  }

  @Test
  void externalId_ofOneCharacter_isRefused() {
    assertThatThrownBy(() -> UnityCatalogTrust.builder().externalId("x"))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter externalId \"x\" must be an external ID: must be 2 to 1224 characters long (got 1)");
  }

  @Test
  void render_withARoleNameHoldingASlash_isRefused() {
    Map<String, String> parameters = parameters();
    parameters.put("roleName", "path/uc-role");

    assertThatThrownBy(() -> PATTERN.render(parameters))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter roleName \"path/uc-role\" must be an IAM role name: 1 to 64 characters of letters, "
            + "digits and +=,.@_-");
  }

  @Test
  void render_withAnAccountIdOfLetters_isRefused() {
    Map<String, String> parameters = parameters();
    parameters.put("accountId", "44445555666x");

    assertThatThrownBy(() -> PATTERN.render(parameters))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter accountId \"44445555666x\" must be an AWS account ID: exactly 12 digits");
  }

  @Test
  void render_withAnUnknownPartition_isRefused() {
    Map<String, String> parameters = parameters();
    parameters.put("partition", "gov");

    assertThatThrownBy(() -> PATTERN.render(parameters))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter partition \"gov\" must be one of aws, aws-us-gov, aws-us-gov-dod");
  }
}
