package io.iamkit.lint;

import static io.iamkit.lint.Lint.lint;
import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.Arn;
import io.iamkit.policy.ExternalId;
import org.junit.jupiter.api.Test;

/** Grants wider than meant, and the external ID of trust policies (IAM-EVALUATION-RULES.md, sections 2 and 4). */
class SecurityChecksTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/partner-access";

  private static String trust(String principal, String condition) {
    return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": " + principal
        + ", \"Action\": \"sts:AssumeRole\"" + (condition.isEmpty() ? "" : ", \"Condition\": " + condition) + "}]}";
  }

  @Test
  void trustForEveryone_withoutCondition_isPublicTrust() {
    assertThat(lint(trust("\"*\"", ""), PolicyKind.TRUST)).containsExactly(
        "ERROR PUBLIC_TRUST at /Statement/0/Principal: every AWS principal of every account may assume this role: "
            + "name the principals that may, or add conditions such as sts:ExternalId or aws:PrincipalOrgID");
  }

  @Test
  void trustForEveryone_inTheOrganization_isFine() {
    assertThat(lint(trust("{\"AWS\": \"*\"}", "{\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-abc123\"}}"),
        PolicyKind.TRUST)).isEmpty();
  }

  @Test
  void bucketPolicyForEveryone_withoutCondition_isPublicPrincipal() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"},
          "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*"}]}
        """, PolicyKind.RESOURCE)).containsExactly(
        "WARNING PUBLIC_PRINCIPAL at /Statement/0/Principal/AWS: the statement allows everyone, anonymous callers "
            + "included, with no condition; if the resource is not meant to be public, name the principals or add "
            + "conditions such as aws:PrincipalOrgID or aws:SourceVpce");
  }

  @Test
  void bucketPolicyDenyingEveryone_isFine() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*",
          "Resource": ["arn:aws:s3:::my-bucket", "arn:aws:s3:::my-bucket/*"],
          "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}
        """, PolicyKind.RESOURCE)).isEmpty();
  }

  // NOTPRINC: NotPrincipal with Allow grants everyone else, anonymous callers included.
  @Test
  void notPrincipalWithAllow_isNotPrincipalWithAllow() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
          "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:user/mallory"},
          "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*"}]}
        """, PolicyKind.RESOURCE)).containsExactly(
        "ERROR NOT_PRINCIPAL_WITH_ALLOW at /Statement/0/NotPrincipal: NotPrincipal with Allow grants every "
            + "principal not listed, anonymous callers included; name the principals in Principal instead");
  }

  @Test
  void notPrincipalWithDeny_isFine() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny",
          "NotPrincipal": {"AWS": ["arn:aws:iam::111122223333:root", "arn:aws:iam::111122223333:role/admin"]},
          "Action": "s3:DeleteBucket", "Resource": "arn:aws:s3:::my-bucket"}]}
        """, PolicyKind.RESOURCE)).isEmpty();
  }

  // NOTACT / NOTRES: with Allow they grant everything not listed.
  @Test
  void notActionAndNotResourceWithAllow_areFlagged() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": "iam:*",
          "NotResource": "arn:aws:s3:::secrets/*"}]}
        """, PolicyKind.IDENTITY)).containsExactly(
        "WARNING NOT_ACTION_WITH_ALLOW at /Statement/0/NotAction: NotAction with Allow grants every other action of "
            + "every service, including actions AWS adds later; list the actions to allow in Action",
        "WARNING NOT_RESOURCE_WITH_ALLOW at /Statement/0/NotResource: NotResource with Allow grants the actions on "
            + "every other resource, in every account, including resources created later; list the resources to "
            + "allow in Resource");
  }

  @Test
  void notActionAndNotResourceWithDeny_orInAnScp_areFine() {
    String deny = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "NotAction": "iam:*",
          "NotResource": "arn:aws:s3:::secrets/*"}]}
        """;
    assertThat(lint(deny, PolicyKind.IDENTITY)).isEmpty();
    assertThat(lint(deny.replace("Deny", "Allow"), PolicyKind.SCP)).isEmpty();
  }

  @Test
  void passRoleOnStar_isPassRoleOnAllResources_alsoThroughAPattern() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:PassRole", "iam:Pass*",
          "ec2:RunInstances"], "Resource": "*"}]}
        """, PolicyKind.IDENTITY)).containsExactly(
        "INFO REDUNDANT_ACTION at /Statement/0/Action/0: iam:PassRole is already covered by iam:Pass* in the same "
            + "Action; remove it",
        "WARNING PASS_ROLE_ON_ALL_RESOURCES at /Statement/0/Action/0: iam:PassRole on \"Resource\": \"*\" lets the "
            + "holder pass any role of the account to a service and act with that role's permissions; name the "
            + "roles it may pass, and narrow with the iam:PassedToService condition key",
        "WARNING PASS_ROLE_ON_ALL_RESOURCES at /Statement/0/Action/1: iam:Pass* allows iam:PassRole, and on "
            + "\"Resource\": \"*\" lets the holder pass any role of the account to a service and act with that "
            + "role's permissions; name the roles it may pass, and narrow with the iam:PassedToService condition "
            + "key");
  }

  @Test
  void passRoleOnARole_isFine() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:PassRole",
          "Resource": "arn:aws:iam::111122223333:role/ec2-app"}]}
        """, PolicyKind.IDENTITY)).isEmpty();
  }

  @Test
  void allActionsOnAllResources_isAllActions() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
        """, PolicyKind.IDENTITY)).containsExactly(
        "WARNING ALL_ACTIONS at /Statement/0/Action: \"Action\": \"*\" allows every action of every service on "
            + "every resource, which is full administrator access; allow the actions needed instead");
  }

  @Test
  void fullAwsAccessScp_isFine() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
        """, PolicyKind.SCP)).isEmpty();
  }

  // EXTID: the confused deputy.
  @Test
  void crossAccountTrust_withoutExternalId_isTrustWithoutExternalId() {
    assertThat(lint(trust("{\"AWS\": \"arn:aws:iam::111122223333:root\"}", ""), PolicyKind.TRUST)).containsExactly(
        "WARNING TRUST_WITHOUT_EXTERNAL_ID at /Statement/0/Principal: lets arn:aws:iam::111122223333:root assume "
            + "the role without an sts:ExternalId condition: a third party that assumes roles for many customers "
            + "can be made to assume this one for someone else (the confused deputy). Add \"Condition\": "
            + "{\"StringEquals\": {\"sts:ExternalId\": \"<the ID agreed with the third party>\"}}; if the principal "
            + "is in the role's own account, give the role ARN (LintContext) and this warning goes away");
  }

  @Test
  void crossAccountTrust_withExternalId_isFine() {
    assertThat(lint(trust("{\"AWS\": \"111122223333\"}", "{\"StringEquals\": {\"sts:ExternalId\": \"a1b2c3\"}}"),
        PolicyKind.TRUST)).isEmpty();
  }

  @Test
  void sameAccountTrust_withTheRoleArnKnown_needsNoExternalId() {
    Linter linter = Linter.create();
    String json = trust("{\"AWS\": [\"arn:aws:iam::123456789012:role/ci\", \"111122223333\"]}", "");

    assertThat(linter.lintTrust(Lint.read(json), Arn.parse(ROLE))).extracting(Finding::toString).containsExactly(
        "WARNING TRUST_WITHOUT_EXTERNAL_ID at /Statement/0/Principal: lets 111122223333 assume the role without an "
            + "sts:ExternalId condition: a third party that assumes roles for many customers can be made to "
            + "assume this one for someone else (the confused deputy). Add \"Condition\": {\"StringEquals\": "
            + "{\"sts:ExternalId\": \"<the ID agreed with the third party>\"}}");
    assertThat(linter.lintTrust(Lint.read(trust("{\"AWS\": \"arn:aws:iam::123456789012:role/ci\"}", "")),
        Arn.parse(ROLE))).isEmpty();
  }

  // EXTID + OPS line 10: negated operators, IfExists and ForAllValues are true when the key is missing.
  @Test
  void externalIdTestedSoThatAMissingOnePasses_isExternalIdBypassable() {
    assertThat(lint(trust("{\"AWS\": \"111122223333\"}", """
        {"StringNotEquals": {"sts:ExternalId": "wrong"}, "StringEqualsIfExists": {"sts:ExternalId": "a1b2c3"},
         "ForAllValues:StringEquals": {"sts:ExternalId": "a1b2c3"}, "Null": {"sts:ExternalId": "true"}}
        """), PolicyKind.TRUST)).containsExactly(
        "ERROR EXTERNAL_ID_BYPASSABLE at /Statement/0/Condition/StringNotEquals/sts:ExternalId: StringNotEquals "
            + "sts:ExternalId is true when the key is absent (a negated operator matches a missing key), so a "
            + "caller that passes no external ID gets through; test it with \"StringEquals\"",
        "ERROR EXTERNAL_ID_BYPASSABLE at /Statement/0/Condition/StringEqualsIfExists/sts:ExternalId: "
            + "StringEqualsIfExists sts:ExternalId is true when the key is absent (that is what IfExists means), so "
            + "a caller that passes no external ID gets through; test it with \"StringEquals\"",
        "ERROR EXTERNAL_ID_BYPASSABLE at /Statement/0/Condition/ForAllValues:StringEquals/sts:ExternalId: "
            + "ForAllValues:StringEquals sts:ExternalId is true when the key is absent (ForAllValues holds for an "
            + "empty set), so a caller that passes no external ID gets through; test it with \"StringEquals\"",
        "ERROR EXTERNAL_ID_BYPASSABLE at /Statement/0/Condition/Null/sts:ExternalId: Null sts:ExternalId with "
            + "\"true\" admits exactly the callers that pass no external ID, so a caller that passes no external ID "
            + "gets through; test it with \"StringEquals\"");
  }

  @Test
  void denyUnlessExternalIdMatches_isFine() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "sts:AssumeRole",
           "Condition": {"StringEquals": {"sts:ExternalId": "a1b2c3"}}},
          {"Effect": "Deny", "Principal": {"AWS": "111122223333"}, "Action": "sts:AssumeRole",
           "Condition": {"StringNotEquals": {"sts:ExternalId": "a1b2c3"}}}]}
        """, PolicyKind.TRUST)).isEmpty();
  }

  @Test
  void externalIdAcceptingAnyValue_isExternalIdAnyValue() {
    assertThat(lint(trust("{\"AWS\": \"111122223333\"}",
        "{\"StringLike\": {\"sts:ExternalId\": \"*\"}, \"Null\": {\"sts:ExternalId\": \"false\"}}"),
        PolicyKind.TRUST)).containsExactly(
        "WARNING EXTERNAL_ID_ANY_VALUE at /Statement/0/Condition/StringLike/sts:ExternalId: StringLike "
            + "sts:ExternalId accepts any external ID, which protects from nothing; test it with \"StringEquals\" "
            + "and the external ID agreed with the third party",
        "WARNING EXTERNAL_ID_ANY_VALUE at /Statement/0/Condition/Null/sts:ExternalId: Null sts:ExternalId accepts "
            + "any external ID, which protects from nothing; test it with \"StringEquals\" and the external ID "
            + "agreed with the third party");
  }

  @Test
  void externalIdPattern_isFine() {
    assertThat(lint(trust("{\"AWS\": \"111122223333\"}", "{\"StringLike\": {\"sts:ExternalId\": \"tenant-42-*\"}}"),
        PolicyKind.TRUST)).isEmpty();
  }

  @Test
  void externalIdOtherThanTheExpectedOne_isExternalIdMismatch() {
    LintContext context = LintContext.builder().externalId(ExternalId.of("expected-id")).build();

    assertThat(lint(trust("{\"AWS\": \"111122223333\"}",
        "{\"StringEquals\": {\"sts:ExternalId\": [\"old-id\", \"Expected-ID\"]}}"), PolicyKind.TRUST, context))
        .containsExactly(
            "ERROR EXTERNAL_ID_MISMATCH at /Statement/0/Condition/StringEquals/sts:ExternalId: sts:ExternalId is "
                + "tested against [\"old-id\", \"Expected-ID\"], but the set-up passes \"expected-id\", so "
                + "AssumeRole will be denied; use the external ID of the set-up");
  }

  @Test
  void externalIdMatchingTheExpectedOne_isFine() {
    LintContext context = LintContext.builder().externalId(ExternalId.of("expected-id")).build();

    assertThat(lint(trust("{\"AWS\": \"111122223333\"}", "{\"StringEquals\": {\"sts:ExternalId\": \"expected-id\"}}"),
        PolicyKind.TRUST, context)).isEmpty();
    assertThat(lint(trust("{\"AWS\": \"111122223333\"}", "{\"StringLike\": {\"sts:ExternalId\": \"expected-*\"}}"),
        PolicyKind.TRUST, context)).isEmpty();
  }

  // AssumeRole's ExternalId: 2 to 1,224 characters of [\w+=,.@:/-]; a condition tested only against other values
  // can never be true.
  @Test
  void externalIdWithASpace_isExternalIdImpossible() {
    assertThat(lint(trust("{\"AWS\": \"111122223333\"}", "{\"StringEquals\": {\"sts:ExternalId\": \"a b\"}}"),
        PolicyKind.TRUST)).containsExactly(
        "ERROR EXTERNAL_ID_IMPOSSIBLE at /Statement/0/Condition/StringEquals/sts:ExternalId: StringEquals "
            + "sts:ExternalId is tested against [\"a b\"], which no AssumeRole call can pass (an external ID is 2 to "
            + "1224 characters of letters, digits and _+=,.@:/-), so the condition is never true");
  }

  @Test
  void externalIdTooShortOrTooLong_isExternalIdImpossible() {
    String tooLong = "x".repeat(1225);
    assertThat(lint(trust("{\"AWS\": \"111122223333\"}",
        "{\"StringEqualsIgnoreCase\": {\"sts:ExternalId\": [\"x\", \"" + tooLong + "\"]}}"), PolicyKind.TRUST))
        .containsExactly("ERROR EXTERNAL_ID_IMPOSSIBLE at /Statement/0/Condition/StringEqualsIgnoreCase/"
            + "sts:ExternalId: StringEqualsIgnoreCase sts:ExternalId is tested against [\"x\", \"" + tooLong + "\"], which no "
            + "AssumeRole call can pass (an external ID is 2 to 1224 characters of letters, digits and _+=,.@:/-), so "
            + "the condition is never true");
  }

  @Test
  void oneInvalidValueBesideAValidOne_isExternalIdInvalidValue() {
    assertThat(lint(trust("{\"AWS\": \"111122223333\"}",
        "{\"StringEquals\": {\"sts:ExternalId\": [\"tenant-42\", \"tenant 42\"]}}"), PolicyKind.TRUST))
        .containsExactly(
            "WARNING EXTERNAL_ID_INVALID_VALUE at /Statement/0/Condition/StringEquals/sts:ExternalId: "
                + "sts:ExternalId is tested against \"tenant 42\", which no AssumeRole call can pass (an external ID "
                + "is 2 to 1224 characters of letters, digits and _+=,.@:/-)");
  }

  @Test
  void externalIdPatterns_areImpossibleOnlyWhenNoExternalIdMatches() {
    assertThat(SecurityChecks.canMatchAnExternalId("a b*", true)).isFalse();
    assertThat(SecurityChecks.canMatchAnExternalId("x", true)).isFalse();
    assertThat(SecurityChecks.canMatchAnExternalId("?", true)).isFalse();
    assertThat(SecurityChecks.canMatchAnExternalId("?".repeat(1225), true)).isFalse();
    assertThat(SecurityChecks.canMatchAnExternalId("x*", true)).isTrue();
    assertThat(SecurityChecks.canMatchAnExternalId("??", true)).isTrue();
    assertThat(SecurityChecks.canMatchAnExternalId("*", true)).isTrue();
    assertThat(SecurityChecks.canMatchAnExternalId("x".repeat(1224) + "*", true)).isTrue();
    assertThat(lint(trust("{\"AWS\": \"111122223333\"}", "{\"StringLike\": {\"sts:ExternalId\": \"a b*\"}}"),
        PolicyKind.TRUST)).containsExactly(
        "ERROR EXTERNAL_ID_IMPOSSIBLE at /Statement/0/Condition/StringLike/sts:ExternalId: StringLike "
            + "sts:ExternalId is tested against [\"a b*\"], which no AssumeRole call can pass (an external ID is 2 "
            + "to 1224 characters of letters, digits and _+=,.@:/-), so the condition is never true");
  }

  @Test
  void externalIdFromAPolicyVariable_isNotJudged() {
    assertThat(lint(trust("{\"AWS\": \"111122223333\"}",
        "{\"StringEquals\": {\"sts:ExternalId\": \"${aws:PrincipalAccount}\"}}"), PolicyKind.TRUST)).isEmpty();
  }
}
