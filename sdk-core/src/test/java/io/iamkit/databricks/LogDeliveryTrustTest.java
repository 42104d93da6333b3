package io.iamkit.databricks;

import static io.iamkit.testing.JsonTrees.assertSameTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java API and the catalog entry of {@code databricks.log-delivery.trust}, whole documents. */
class LogDeliveryTrustTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DatabricksPattern PATTERN = DatabricksPatterns.get("databricks.log-delivery.trust");

  @Test
  void build_withAnExternalId_isTheReferenceDocument() {
    PolicyDocument document = LogDeliveryTrust.builder().externalId("abc").build();

    assertSameTree(tree(document), fixture("log-delivery-trust.json"));
  }

  @Test
  void build_typedExternalId_isTheSameAsItsStringTwin() {
    assertThat(json(LogDeliveryTrust.builder().externalId(ExternalId.of("abc")).build()))
        .isEqualTo(json(LogDeliveryTrust.builder().externalId("abc").build()));
  }

  @Test
  void render_inGovCloud_trustsTheGovCloudLogDeliveryRole() {
    PolicyDocument rendered = PATTERN.render(Map.of("externalId", "0a1b2c3d-4e5f-6789-abcd-ef0123456789",
        "partition", "aws-us-gov")).document().orElseThrow();

    assertSameTree(tree(rendered), parse("""
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Action": "sts:AssumeRole",
              "Principal": {
                "AWS": "arn:aws-us-gov:iam::044793339203:role/SaasUsageDeliveryRole-prod-aws-gov-IAMRole-L4QM0RCHYQ1G"
              },
              "Condition": {"StringEquals": {"sts:ExternalId": "0a1b2c3d-4e5f-6789-abcd-ef0123456789"}}
            }
          ]
        }"""));
  }

  @Test
  void build_inGovCloudDod_trustsTheDodLogDeliveryRole() {
    PolicyDocument document = LogDeliveryTrust.builder()
        .externalId("abc")
        .partition(DatabricksPartition.AWS_US_GOV_DOD)
        .build();

    assertSameTree(tree(document), parse("""
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Action": "sts:AssumeRole",
              "Principal": {
                "AWS": "arn:aws-us-gov:iam::170661010020:role/SaasUsageDeliveryRole-prod-aws-gov-dod-IAMRole-1DMEHBYR8VC5P"
              },
              "Condition": {"StringEquals": {"sts:ExternalId": "abc"}}
            }
          ]
        }"""));
  }

  @Test
  void render_withoutExternalId_namesTheMissingParameter() {
    assertThatThrownBy(() -> PATTERN.render(Map.of("partition", "aws")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter externalId is required by databricks.log-delivery.trust: your Databricks account "
            + "ID, passed by Databricks as sts:ExternalId");
  }

  @Test
  void build_withoutExternalId_namesTheMissingParameter() {
    assertThatThrownBy(() -> LogDeliveryTrust.builder().build())
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter externalId is required by databricks.log-delivery.trust");
  }

  @Test
  void render_badValues_nameParameterValueAndRule() {
    assertThatThrownBy(() -> PATTERN.render(Map.of("externalId", "a")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter externalId \"a\" must be an external ID: must be 2 to 1224 characters long (got 1)");
    assertThatThrownBy(() -> PATTERN.render(Map.of("externalId", "abc", "partition", "gov")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter partition \"gov\" must be one of aws, aws-us-gov, aws-us-gov-dod");
    assertThatThrownBy(() -> PATTERN.render(Map.of("externalId", "abc", "externalID", "abc")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Parameter externalID is not a parameter of databricks.log-delivery.trust; it takes "
            + "externalId, partition");
  }

  @Test
  void catalogEntry_declaresTheContractParameters() {
    assertThat(PATTERN.seeds()).containsExactly("003");
    assertThat(PATTERN.parameters()).extracting(PatternParameter::toString)
        .containsExactly("externalId*", "partition (aws)");
  }

  private static String json(PolicyDocument document) {
    return PolicyWriter.pretty().write(document);
  }

  private static JsonNode tree(PolicyDocument document) {
    return parse(json(document));
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode fixture(String name) {
    try (InputStream in = LogDeliveryTrustTest.class.getResourceAsStream("/databricks/" + name)) {
      return MAPPER.readTree(in).get("document");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
