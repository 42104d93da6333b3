package io.iamkit.eval;

import static io.iamkit.eval.Fixtures.A;
import static io.iamkit.eval.Fixtures.B;
import static io.iamkit.eval.Fixtures.ROLE_A;
import static io.iamkit.eval.Fixtures.ROLE_B;
import static io.iamkit.eval.Fixtures.allow;
import static io.iamkit.eval.Fixtures.evaluate;
import static io.iamkit.eval.Fixtures.policies;
import static io.iamkit.eval.Fixtures.policy;
import static io.iamkit.eval.Fixtures.request;
import static io.iamkit.eval.Fixtures.roleA;
import static io.iamkit.eval.Fixtures.session;
import static io.iamkit.eval.Fixtures.statements;
import static io.iamkit.eval.Fixtures.trust;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Section 2 of IAM-EVALUATION-RULES.md, the per-hop rules: each hop is a request for {@code sts:AssumeRole} on the
 * role, whose trust policy is the resource policy. The test names follow PMapper's {@code test_iam_assume_role}
 * cases where they exist.
 */
class RoleTrustTest {
  private static final String ASSUME_B = allow("sts:AssumeRole", ROLE_B);

  private static Decision assumeB(Caller caller, Policies.Builder policies) {
    return evaluate(request(caller, "sts:AssumeRole", ROLE_B), policies).decision();
  }

  @Test
  void crossAccountHop_trustNamesCallerAccountRoot_plusIdentityPolicy_allowed() {
    assertThat(assumeB(roleA(), policies().identityPolicy(policy("a", ASSUME_B))
        .trustPolicy("b", statements(trust("arn:aws:iam::" + A + ":root"))))).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void crossAccountHop_identityPolicyOnly_trustNamesAnotherAccount_denied() {
    assertThat(assumeB(roleA(), policies().identityPolicy(policy("a", ASSUME_B))
        .trustPolicy("b", statements(trust("333333333333"))))).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void crossAccountHop_trustNamesCallerAccountRoot_noIdentityAllow_denied() {
    assertThat(assumeB(roleA(), policies().trustPolicy("b", statements(trust(A))))).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void crossAccountHop_callerFromAnAccountTheTrustDoesNotName_denied() {
    Caller other = session("arn:aws:iam::333333333333:role/Other", "sess");

    assertThat(assumeB(other, policies().identityPolicy(policy("o", allow("sts:AssumeRole", "*")))
        .trustPolicy("b", statements(trust(A))))).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void crossAccountHop_scpOfTheCallersAccountMustAllowAssumeRole() {
    Policies.Builder policies = policies().identityPolicy(policy("a", ASSUME_B))
        .trustPolicy("b", statements(trust(ROLE_A)))
        .addScpLevel(policy("FullAWSAccess", allow("*", "*")))
        .addScpLevel(policy("S3Only", allow("s3:*", "*")));

    assertThat(assumeB(roleA(), policies)).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void crossAccountHop_boundaryOfTheCallerMustAllowAssumeRole() {
    assertThat(assumeB(roleA(), policies().identityPolicy(policy("a", ASSUME_B))
        .permissionsBoundary(policy("boundary", allow("s3:*", "*")))
        .trustPolicy("b", statements(trust(ROLE_A))))).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void tagSessionAndSetSourceIdentity_areSeparateActionsTheTrustPolicyMustAllow() {
    Policies.Builder policies = policies()
        .identityPolicy(policy("a", allow("sts:*", ROLE_B)))
        .trustPolicy("b", statements(trust(ROLE_A)));
    Policies.Builder withBoth = policies().identityPolicy(policy("a", allow("sts:*", ROLE_B)))
        .trustPolicy("b", statements("{'Effect':'Allow','Principal':{'AWS':'" + ROLE_A + "'},"
            + "'Action':['sts:AssumeRole','sts:TagSession','sts:SetSourceIdentity']}"));

    for (String action : new String[] {"sts:TagSession", "sts:SetSourceIdentity"}) {
      assertThat(evaluate(request(roleA(), action, ROLE_B), policies).decision()).isEqualTo(Decision.IMPLICIT_DENY);
      assertThat(evaluate(request(roleA(), action, ROLE_B), withBoth).decision()).isEqualTo(Decision.ALLOWED);
    }
  }

  @Test
  void selfAssume_roleNoLongerTrustsItselfImplicitly() {
    // TRUST-2022: a role assuming itself needs its trust policy to name it.
    Caller sessionOfB = session(ROLE_B, "sess");
    Policies.Builder identityOnly = policies().identityPolicy(policy("b-perm", ASSUME_B));

    assertThat(assumeB(sessionOfB, identityOnly.trustPolicy("b-trust", statements(trust(ROLE_A)))))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(assumeB(sessionOfB, policies().trustPolicy("b-trust", statements(trust(ROLE_B)))))
        .isEqualTo(Decision.ALLOWED);
    assertThat(assumeB(sessionOfB, policies().trustPolicy("b-trust", statements(trust(B)))))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(assumeB(sessionOfB, policies().identityPolicy(policy("b-perm", ASSUME_B))
        .trustPolicy("b-trust", statements(trust(B))))).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void nextHop_theCallerIsTheSession_andARoleArnPrincipalMatchesIt() {
    Caller sessionOfA = session(ROLE_A, "hop1");

    assertThat(sessionOfA.arn().orElseThrow()).hasToString("arn:aws:sts::" + A + ":assumed-role/MyRoleA/hop1");
    assertThat(assumeB(sessionOfA, policies().identityPolicy(policy("a", ASSUME_B))
        .trustPolicy("b", statements(trust(ROLE_A))))).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void aws_principalArnOfASession_isTheRoleArn() {
    String byPrincipalArn = "{'Effect':'Allow','Principal':{'AWS':'" + A + "'},'Action':'sts:AssumeRole',"
        + "'Condition':{'ArnEquals':{'aws:PrincipalArn':'%s'}}}";
    Policies.Builder roleCondition = policies().identityPolicy(policy("a", ASSUME_B))
        .trustPolicy("b", statements(String.format(byPrincipalArn, ROLE_A)));
    Policies.Builder sessionCondition = policies().identityPolicy(policy("a", ASSUME_B))
        .trustPolicy("b", statements(String.format(byPrincipalArn,
            "arn:aws:sts::" + A + ":assumed-role/MyRoleA/sess")));

    assertThat(assumeB(roleA(), roleCondition)).isEqualTo(Decision.ALLOWED);
    assertThat(assumeB(roleA(), sessionCondition)).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void externalId_stringEqualsIsCaseSensitive_andFalseWhenTheKeyIsMissing() {
    Policies.Builder policies = policies().identityPolicy(policy("a", ASSUME_B)).trustPolicy("b", statements(
        "{'Effect':'Allow','Principal':{'AWS':'" + A + "'},'Action':'sts:AssumeRole',"
            + "'Condition':{'StringEquals':{'sts:ExternalId':'Secret-123'}}}"));

    assertThat(assumeB(roleA(), policies, "Secret-123")).isEqualTo(Decision.ALLOWED);
    assertThat(assumeB(roleA(), policies, "secret-123")).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(assumeB(roleA(), policies)).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void externalId_testedWithANegatedOperator_letsACallerWithoutExternalIdThrough() {
    // Section 2: StringNotEquals is true on a missing key (OPS line 10); this is what lint must flag.
    Policies.Builder policies = policies().identityPolicy(policy("a", ASSUME_B)).trustPolicy("b", statements(
        "{'Effect':'Allow','Principal':{'AWS':'" + A + "'},'Action':'sts:AssumeRole',"
            + "'Condition':{'StringNotEquals':{'sts:ExternalId':'wrong'}}}"));

    assertThat(assumeB(roleA(), policies)).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void externalId_withIfExists_letsACallerWithoutExternalIdThrough() {
    Policies.Builder policies = policies().identityPolicy(policy("a", ASSUME_B)).trustPolicy("b", statements(
        "{'Effect':'Allow','Principal':{'AWS':'" + A + "'},'Action':'sts:AssumeRole',"
            + "'Condition':{'StringEqualsIfExists':{'sts:ExternalId':'Secret-123'}}}"));

    assertThat(assumeB(roleA(), policies)).isEqualTo(Decision.ALLOWED);
    assertThat(assumeB(roleA(), policies, "other")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  private static Decision assumeB(Caller caller, Policies.Builder policies, String externalId) {
    Request request = request(caller, "sts:AssumeRole", ROLE_B)
        .withContext(RequestContext.of("sts:ExternalId", externalId));
    return evaluate(request, policies).decision();
  }
}
