package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.iamkit.policy.json.PolicyReader;
import org.junit.jupiter.api.Test;

class PolicyDocumentsTest {
  private static final PolicyReader READER = PolicyReader.strict();

  private static boolean same(String a, String b) {
    return PolicyDocuments.semanticallyEqual(READER.read(a), READER.read(b));
  }

  @Test
  void semanticallyEqual_statementsInOtherOrder_isTrue() {
    String a = "{\"Version\":\"2012-10-17\",\"Statement\":["
        + "{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::b\"},"
        + "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}]}";
    String b = "{\"Version\":\"2012-10-17\",\"Statement\":["
        + "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"},"
        + "{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::b\"}]}";

    assertThat(READER.read(a)).isNotEqualTo(READER.read(b));
    assertThat(same(a, b)).isTrue();
  }

  @Test
  void semanticallyEqual_actionsResourcesAndPrincipalsInOtherOrderAndForm_isTrue() {
    String a = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
        + "\"Principal\":{\"AWS\":[\"arn:aws:iam::111122223333:role/A\",\"arn:aws:iam::111122223333:role/B\"],"
        + "\"Service\":\"ec2.amazonaws.com\"},"
        + "\"Action\":[\"s3:GetObject\",\"s3:PutObject\"],\"Resource\":[\"arn:aws:s3:::b/*\",\"arn:aws:s3:::b\"]}}";
    String b = "{\"Statement\":[{\"Resource\":[\"arn:aws:s3:::b\",\"arn:aws:s3:::b/*\"],"
        + "\"Action\":[\"S3:PutObject\",\"s3:GetObject\"],\"Effect\":\"Allow\","
        + "\"Principal\":{\"Service\":[\"ec2.amazonaws.com\"],"
        + "\"AWS\":[\"arn:aws:iam::111122223333:role/B\",\"arn:aws:iam::111122223333:role/A\"]}}],"
        + "\"Version\":\"2012-10-17\"}";

    assertThat(same(a, b)).isTrue();
  }

  @Test
  void semanticallyEqual_conditionValuesInOtherOrderAndKeyCase_isTrue() {
    String a = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\","
        + "\"Principal\":{\"AWS\":\"414351767826\"},"
        + "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":[\"x\",\"y\"]},\"Bool\":{\"aws:SecureTransport\":true}}}]}";
    String b = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\","
        + "\"Principal\":{\"AWS\":\"414351767826\"},"
        + "\"Condition\":{\"Bool\":{\"aws:securetransport\":\"true\"},\"StringEquals\":{\"sts:externalid\":[\"y\",\"x\"]}}}]}";

    assertThat(same(a, b)).isTrue();
  }

  // IAM stores "AWS": "111122223333" in a trust policy as "arn:aws:iam::111122223333:root".
  @Test
  void semanticallyEqual_accountIdAndItsRootArn_isTrue() {
    PolicyDocument written = PolicyDocument.of(Statement.allowAssumeRoleBy(Principal.aws("111122223333")));
    PolicyDocument stored =
        PolicyDocument.of(Statement.allowAssumeRoleBy(Principal.aws("arn:aws:iam::111122223333:root")));

    assertThat(PolicyDocuments.semanticallyEqual(written, stored)).isTrue();
  }

  @Test
  void semanticallyEqual_otherAction_isFalse() {
    String a = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
        + "\"Resource\":\"*\"}]}";
    String b = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\","
        + "\"s3:PutObject\"],\"Resource\":\"*\"}]}";

    assertThat(same(a, b)).isFalse();
  }

  @Test
  void semanticallyEqual_otherPrincipalEffectSidOrExternalId_isFalse() {
    PolicyDocument base = PolicyDocument.of(
        Statement.allowAssumeRoleBy(Principal.aws("414351767826"), ExternalId.of("good")));

    assertThat(PolicyDocuments.semanticallyEqual(base, PolicyDocument.of(
        Statement.allowAssumeRoleBy(Principal.aws("414351767826"), ExternalId.of("other"))))).isFalse();
    assertThat(PolicyDocuments.semanticallyEqual(base, PolicyDocument.of(
        Statement.allowAssumeRoleBy(Principal.aws("111122223333"), ExternalId.of("good"))))).isFalse();
    assertThat(PolicyDocuments.semanticallyEqual(base, PolicyDocument.of(
        base.statements().get(0).withEffect(Effect.DENY)))).isFalse();
    assertThat(PolicyDocuments.semanticallyEqual(base, PolicyDocument.of(
        base.statements().get(0).withSid("Trust")))).isFalse();
    assertThat(PolicyDocuments.semanticallyEqual(base, base.withId("other"))).isFalse();
  }

  @Test
  void semanticallyEqual_sameStatementTwiceAgainstOnce_isFalse() {
    Statement statement = Statement.allow("s3:GetObject").addResource("*").build();
    PolicyDocument once = PolicyDocument.of(statement, Statement.allow("s3:PutObject").addResource("*").build());
    PolicyDocument twice = PolicyDocument.of(statement, statement);

    assertThat(PolicyDocuments.semanticallyEqual(once, twice)).isFalse();
  }

  @Test
  void semanticallyEqual_urlEncodedAsIamReturnsIt_isTrue() {
    String json = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
        + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    String encoded = java.net.URLEncoder.encode(json, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");

    assertThat(same(json, encoded)).isTrue();
  }

  @Test
  void semanticallyEqual_null_throws() {
    PolicyDocument document = PolicyDocument.of(Statement.allow("s3:GetObject").addResource("*").build());

    assertThatNullPointerException().isThrownBy(() -> PolicyDocuments.semanticallyEqual(document, null))
        .withMessage("b == null");
  }
}
