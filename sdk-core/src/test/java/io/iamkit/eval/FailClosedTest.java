package io.iamkit.eval;

import static io.iamkit.eval.ConditionOperatorsTest.ctx;
import static io.iamkit.eval.ConditionOperatorsTest.denies;
import static io.iamkit.eval.ConditionOperatorsTest.holds;
import static io.iamkit.eval.ConditionOperatorsTest.multi;
import static io.iamkit.eval.Fixtures.A;
import static io.iamkit.eval.Fixtures.ROLE_A;
import static io.iamkit.eval.Fixtures.allow;
import static io.iamkit.eval.Fixtures.evaluate;
import static io.iamkit.eval.Fixtures.policies;
import static io.iamkit.eval.Fixtures.policy;
import static io.iamkit.eval.Fixtures.request;
import static io.iamkit.eval.Fixtures.roleA;
import static io.iamkit.eval.Fixtures.userA;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule 1.15 and the fail-closed rule: what iamkit does not understand never produces ALLOWED. Each case
 * is checked both ways: the element makes an Allow statement not match, and a Deny statement match.
 */
class FailClosedTest {

  private static void notUnderstood(String condition, RequestContext context) {
    assertThat(holds(condition, context)).as("Allow with " + condition).isFalse();
    assertThat(denies(condition, context)).as("Deny with " + condition).isTrue();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = ';', value = {
    "NumericLessThan; ten; 5",
    "NumericNotEquals; ten; 5",
    "DateGreaterThan; yesterday; 2024-01-01T00:00:00Z",
    "DateLessThan; 2020-01-01T00:00:00; 2024-01-01T00:00:00Z",
    "DateNotEquals; 2020-13-01; 2024-01-01T00:00:00Z",
    "IpAddress; 300.1.1.1/8; 10.0.0.1",
    "NotIpAddress; 10.0.0.0/33; 10.0.0.1",
    "IpAddress; example.com; 10.0.0.1",
    "BinaryEquals; not base64!; QUJD",
    "Bool; yes; true",
    "ArnLike; *; arn:aws:s3:::bucket",
    "ArnNotLike; arn:aws:s3; arn:aws:s3:::bucket",
  })
  void malformedPolicyValue_isNotUnderstood(String operator, String policyValue, String requestValue) {
    notUnderstood("{'" + operator + "':{'k':'" + policyValue + "'}}", ctx("k", requestValue));
  }

  @ParameterizedTest(name = "{0} vs request {1}")
  @CsvSource(delimiter = ';', value = {
    "NumericEquals; 5; five",
    "DateEquals; 2024-01-01; soon",
    "IpAddress; 10.0.0.0/8; ten",
    "Bool; true; sure",
    "ArnEquals; arn:aws:s3:::bucket; bucket",
  })
  void malformedRequestValue_isNotUnderstood(String operator, String policyValue, String requestValue) {
    notUnderstood("{'" + operator + "':{'k':'" + policyValue + "'}}", ctx("k", requestValue));
  }

  @Test
  void singleValuedOperatorOnAMultiValuedRequestKey_isNotUnderstood() {
    // Observed AWS behaviour is "no match" (rule 4); undocumented, so a Deny still applies.
    notUnderstood("{'StringEquals':{'aws:TagKeys':'env'}}", multi("aws:TagKeys", "env", "team"));
    notUnderstood("{'StringNotEquals':{'aws:TagKeys':'other'}}", multi("aws:TagKeys", "env", "team"));
  }

  @Test
  void nullOnAKeyPresentButEmpty_isNotUnderstood() {
    // COND line 62: how Null treats an empty value is undocumented.
    notUnderstood("{'Null':{'k':'false'}}", ctx("k", ""));
    notUnderstood("{'Null':{'k':'true'}}", multi("k"));
  }

  @Test
  void nullWithAValueOtherThanTrueOrFalse_isNotUnderstood() {
    notUnderstood("{'Null':{'k':'maybe'}}", RequestContext.EMPTY);
  }

  @Test
  void setOperatorOnNull_isNotUnderstood() {
    notUnderstood("{'ForAnyValue:Null':{'k':'true'}}", RequestContext.EMPTY);
  }

  @Test
  void unresolvedVariable_underANegatedOperator_isNotUnderstood() {
    // Rule 4: the docs are ambiguous for Deny + negated operator + unresolved variable.
    notUnderstood("{'StringNotEquals':{'k':'${aws:PrincipalTag/absent}'}}", ctx("k", "x"));
  }

  @Test
  void unresolvedVariable_underAPositiveOperator_simplyDoesNotMatch() {
    // VARS lines 247-251: "the policy statement does not take effect", for an Allow and a Deny alike.
    assertThat(holds("{'StringEquals':{'k':'${aws:PrincipalTag/absent}'}}", ctx("k", "x"))).isFalse();
    assertThat(denies("{'StringEquals':{'k':'${aws:PrincipalTag/absent}'}}", ctx("k", "x"))).isFalse();
  }

  @Test
  void malformedVariable_isNotUnderstood() {
    notUnderstood("{'StringEquals':{'k':'${aws:username'}}", ctx("k", "x"));
    notUnderstood("{'StringEquals':{'k':'${aws:username, guest}'}}", ctx("k", "x"));
  }

  // Resources -----------------------------------------------------------------------------------------------------

  private static Decision identity(String statements, String resource) {
    return evaluate(request(userA(), "s3:GetObject", resource), policies().identityPolicy(policy("p", statements)))
        .decision();
  }

  private static void resourceNotUnderstood(String pattern, String resource) {
    assertThat(identity(allow("s3:GetObject", pattern), resource)).as("Allow " + pattern)
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(identity(allow("*", "*") + "," + Fixtures.deny("s3:GetObject", pattern), resource))
        .as("Deny " + pattern).isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void resource_wildcardInTheServiceSegment_isNotUnderstood() {
    resourceNotUnderstood("arn:aws:s3*:::bucket/*", "arn:aws:s3:::bucket/key");
  }

  @Test
  void resource_variableOutsideTheResourceSegment_isNotUnderstood() {
    resourceNotUnderstood("arn:aws:s3:${aws:RequestedRegion}::bucket/*", "arn:aws:s3:::bucket/key");
  }

  @Test
  void resource_unresolvedVariableInNotResource_isNotUnderstood() {
    String allowNot = "{'Effect':'Allow','Action':'s3:GetObject','NotResource':'arn:aws:s3:::${aws:username}/*'}";
    String denyNot = allow("*", "*")
        + ",{'Effect':'Deny','Action':'s3:GetObject','NotResource':'arn:aws:s3:::${aws:username}/*'}";
    Request byRole = request(roleA(), "s3:GetObject", "arn:aws:s3:::bucket/key");

    assertThat(evaluate(byRole, policies().identityPolicy(policy("p", allowNot))).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(evaluate(byRole, policies().identityPolicy(policy("p", denyNot))).decision())
        .isEqualTo(Decision.EXPLICIT_DENY);
  }

  // Statements IAM would refuse in that kind of policy -------------------------------------------------------------

  @Test
  void identityPolicyStatementWithPrincipal_isNotUnderstood() {
    String withPrincipal = "{'Effect':'%s','Principal':{'AWS':'" + A + "'},'Action':'s3:*','Resource':'*'}";

    assertThat(identity(String.format(withPrincipal, "Allow"), "arn:aws:s3:::b/k")).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(identity(allow("*", "*") + "," + String.format(withPrincipal, "Deny"), "arn:aws:s3:::b/k"))
        .isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void identityPolicyStatementWithoutResource_isNotUnderstood() {
    assertThat(identity("{'Effect':'Allow','Action':'s3:*'}", "arn:aws:s3:::b/k")).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(identity(allow("*", "*") + ",{'Effect':'Deny','Action':'s3:*'}", "arn:aws:s3:::b/k"))
        .isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void resourcePolicyStatementWithoutPrincipal_isNotUnderstood() {
    Request request = request(userA(), "s3:GetObject", "arn:aws:s3:::b/k");
    Policies.Builder noPrincipal = policies().resourcePolicy(policy("b", allow("s3:*", "*")), ResourcePolicyKind.OTHER);
    Policies.Builder denyNoPrincipal = policies().identityPolicy(policy("id", allow("*", "*")))
        .resourcePolicy(policy("b", Fixtures.deny("s3:*", "*")), ResourcePolicyKind.OTHER);

    assertThat(evaluate(request, noPrincipal).decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(evaluate(request, denyNoPrincipal).decision()).isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void trustPolicyWithNotPrincipalOrResource_isNotUnderstood() {
    Request request = request(roleA(), "sts:AssumeRole", "arn:aws:iam::" + A + ":role/X");
    String notPrincipal = "{'Effect':'Allow','NotPrincipal':{'AWS':'222222222222'},'Action':'sts:AssumeRole'}";
    String withResource = "{'Effect':'Allow','Principal':{'AWS':'" + ROLE_A + "'},'Action':'sts:AssumeRole',"
        + "'Resource':'*'}";

    assertThat(evaluate(request, policies().trustPolicy("t", Fixtures.statements(notPrincipal))).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(evaluate(request, policies().trustPolicy("t", Fixtures.statements(withResource))).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  // Principals --------------------------------------------------------------------------------------------------

  private static Decision bucket(Caller caller, String statements) {
    return evaluate(request(caller, "s3:GetObject", "arn:aws:s3:::b/k"),
        policies().resourcePolicy(policy("b", statements), ResourcePolicyKind.OTHER)).decision();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "{'AWS':'arn:aws:iam::111111111111:role/*'}",
    "{'AWS':'arn:aws:iam::111111111111:group/admins'}",
    "{'AWS':'arn:aws:iam::*:root'}",
    "{'AWS':'MyRoleA'}",
    "{'CanonicalUser':'79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'}",
  })
  void principalNotUnderstood_neverGrants_andDenies(String principal) {
    String allowStatement = "{'Effect':'Allow','Principal':" + principal + ",'Action':'s3:GetObject','Resource':'*'}";
    String denyStatement = "{'Effect':'Allow','Principal':'*','Action':'s3:GetObject','Resource':'*'},"
        + "{'Effect':'Deny','Principal':" + principal + ",'Action':'s3:GetObject','Resource':'*'}";

    assertThat(bucket(roleA(), allowStatement)).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(bucket(roleA(), denyStatement)).isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void notPrincipalWithAnEntryNotUnderstood_neverGrants() {
    String statement = "{'Effect':'Allow','NotPrincipal':{'AWS':'arn:aws:iam::222222222222:role/*'},"
        + "'Action':'s3:GetObject','Resource':'*'}";

    assertThat(bucket(roleA(), statement)).isEqualTo(Decision.IMPLICIT_DENY);
  }

  // Ambiguities decided on the safe side ------------------------------------------------------------------------

  @Test
  void servicePrincipal_isNotGrantedByPrincipalStar_onlyByNamingTheService() {
    assertThat(bucket(Caller.service("s3.amazonaws.com"),
        "{'Effect':'Allow','Principal':'*','Action':'s3:GetObject','Resource':'*'}"))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(bucket(Caller.service("s3.amazonaws.com"), "{'Effect':'Allow','Principal':'*','Action':'s3:*',"
        + "'Resource':'*'},{'Effect':'Deny','Principal':'*','Action':'s3:GetObject','Resource':'*'}"))
        .isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void sameAccount_principalStar_isStillLimitedByThePermissionsBoundary() {
    Evaluation result = evaluate(request(userA(), "s3:GetObject", "arn:aws:s3:::b/k"), policies()
        .permissionsBoundary(policy("boundary", allow("ec2:*", "*")))
        .resourcePolicy(policy("b", "{'Effect':'Allow','Principal':'*','Action':'s3:GetObject','Resource':'*'}"),
            ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void rcp_appliesToServicePrincipalsToo() {
    Evaluation result = evaluate(request(Caller.service("s3.amazonaws.com"), "s3:GetObject", "arn:aws:s3:::b/k"),
        policies()
            .resourcePolicy(policy("b", "{'Effect':'Allow','Principal':{'Service':'s3.amazonaws.com'},"
                + "'Action':'s3:GetObject','Resource':'*'}"), ResourcePolicyKind.OTHER)
            .addRcpLevel(policy("rcp", "{'Effect':'Deny','Principal':'*','Action':'s3:*','Resource':'*'}")));

    assertThat(result.decision()).isEqualTo(Decision.EXPLICIT_DENY);
  }

  // Reporting -----------------------------------------------------------------------------------------------------

  @Test
  void notUnderstoodStatement_isReportedAndCountedOnlyForDeny() {
    String statements = "{'Effect':'Allow','Action':'s3:*','Resource':'*','Condition':{'NumericLessThan':{'k':'x'}}},"
        + "{'Effect':'Deny','Action':'s3:*','Resource':'*','Condition':{'NumericLessThan':{'k':'x'}}}";
    Evaluation result = evaluate(request(userA(), "s3:GetObject", "arn:aws:s3:::b/k")
        .withContext(ctx("k", "1")), policies().identityPolicy(policy("p", statements)));

    assertThat(result.decision()).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(result.statements()).extracting(StatementResult::outcome).containsOnly(
        StatementResult.Outcome.NOT_UNDERSTOOD);
    assertThat(result.statements()).extracting(StatementResult::counted).containsExactly(false, true);
    assertThat(result.statements().get(0).reason())
        .contains("policy value \"x\" is not a valid numeric value");
    assertThat(result.explain()).contains("not understood, counted as not matching (fail closed)")
        .contains("not understood, counted as matching (fail closed)");
  }
}
