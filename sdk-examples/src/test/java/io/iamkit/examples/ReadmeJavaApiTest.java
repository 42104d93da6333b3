package io.iamkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.lint.Finding;
import io.iamkit.lint.Linter;
import io.iamkit.lint.PolicyKind;
import io.iamkit.policy.Arn;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;
import io.iamkit.policy.json.PolicyReader;
import io.iamkit.policy.json.PolicyWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the README's "The Java API" section true: the same code, line for line. */
class ReadmeJavaApiTest {
  @Test
  void readmeSnippet_buildsWritesAndReadsBack() {
    PolicyDocument trust = PolicyDocument.of(
        Statement.allowAssumeRoleBy(Principal.aws("414351767826"), ExternalId.of("YOUR_EXTERNAL_ID")));

    PolicyDocument access = PolicyDocument.builder()
        .addStatement(Statement.allow("s3:ListBucket").addResource("arn:aws:s3:::my-bucket").build())
        .addStatement(Statement.allow("s3:GetObject", "s3:PutObject").addResource("arn:aws:s3:::my-bucket/*").build())
        .build();

    String json = PolicyWriter.pretty().write(trust);
    PolicyDocument read = PolicyReader.strict().read(json);

    assertThat(read).isEqualTo(trust);
    assertThat(access.statements()).hasSize(2);
    assertThat(json).isEqualTo(
        "{\n"
            + "  \"Version\": \"2012-10-17\",\n"
            + "  \"Statement\": [\n"
            + "    {\n"
            + "      \"Effect\": \"Allow\",\n"
            + "      \"Principal\": {\n"
            + "        \"AWS\": \"414351767826\"\n"
            + "      },\n"
            + "      \"Action\": \"sts:AssumeRole\",\n"
            + "      \"Condition\": {\n"
            + "        \"StringEquals\": {\n"
            + "          \"sts:ExternalId\": \"YOUR_EXTERNAL_ID\"\n"
            + "        }\n"
            + "      }\n"
            + "    }\n"
            + "  ]\n"
            + "}");
  }

  @Test
  void readmeLintSnippet_findsNothingInTheDatabricksTrustPolicy() {
    PolicyDocument trust = PolicyDocument.of(
        Statement.allowAssumeRoleBy(Principal.aws("414351767826"), ExternalId.of("YOUR_EXTERNAL_ID")));

    List<Finding> findings = Linter.create().lint(trust, PolicyKind.TRUST);
    List<Finding> exact = Linter.create().lintTrust(trust, Arn.parse("arn:aws:iam::123456789012:role/databricks"));

    assertThat(findings).isEmpty();
    assertThat(exact).isEmpty();
  }
}
