package io.iamkit.eval;

import static io.iamkit.eval.Fixtures.ROLE_A;
import static io.iamkit.eval.Fixtures.ROLE_B;
import static io.iamkit.eval.Fixtures.allow;
import static io.iamkit.eval.Fixtures.evaluate;
import static io.iamkit.eval.Fixtures.policies;
import static io.iamkit.eval.Fixtures.policy;
import static io.iamkit.eval.Fixtures.roleA;
import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.Effect;
import org.junit.jupiter.api.Test;

/** The explanation a human reads: the deciding rule, every statement and why, the missing keys. */
class ExplanationTest {
  private static Evaluation crossAccountWithoutExternalId() {
    Request request = Request.of(roleA(), "sts:AssumeRole", ROLE_B);
    return evaluate(request, policies()
        .identityPolicy(policy("MyRoleA-permissions", "{'Sid':'AssumeB','Effect':'Allow','Action':'sts:AssumeRole',"
            + "'Resource':'" + ROLE_B + "'}", allow("s3:*", "*")))
        .trustPolicy("MyRoleB-trust", Fixtures.statements(
            "{'Effect':'Allow','Principal':{'AWS':'" + ROLE_A + "'},'Action':'sts:AssumeRole',"
                + "'Condition':{'StringEquals':{'sts:ExternalId':'X'}}}",
            "{'Effect':'Allow','Principal':{'AWS':'333333333333'},'Action':'sts:AssumeRole'}")));
  }

  @Test
  void explain_namesTheRuleTheRequestEveryStatementAndTheMissingKeys() {
    assertThat(crossAccountWithoutExternalId().explain()).isEqualTo(String.join("\n",
        "IMPLICIT_DENY: cross-account: identity side allows, resource side has no matching statement (rule 1.7)",
        "request: arn:aws:sts::111111111111:assumed-role/MyRoleA/sess -> sts:AssumeRole on "
            + "arn:aws:iam::222222222222:role/MyRoleB (account 222222222222)",
        "  role trust policy \"MyRoleB-trust\" #0 Allow: not matched: StringEquals sts:ExternalId: key missing from "
            + "the request, policy \"X\": does not hold",
        "  role trust policy \"MyRoleB-trust\" #1 Allow: not matched: Principal{AWS=[333333333333]} does not name "
            + "the caller",
        "  identity policy \"MyRoleA-permissions\" #0 (Sid AssumeB) Allow: matched",
        "  identity policy \"MyRoleA-permissions\" #1 Allow: not matched: action sts:AssumeRole is not in Action",
        "missing context keys: sts:ExternalId",
        ""));
  }

  @Test
  void toString_isTheExplanation() {
    Evaluation result = crossAccountWithoutExternalId();

    assertThat(result).hasToString(result.explain());
  }

  @Test
  void matchedStatements_listPolicyNameIndexSidAndEffect() {
    assertThat(crossAccountWithoutExternalId().matchedStatements()).singleElement().satisfies(s -> {
      assertThat(s.policyKind()).isEqualTo(PolicyKind.IDENTITY);
      assertThat(s.policyName()).isEqualTo("MyRoleA-permissions");
      assertThat(s.index()).isZero();
      assertThat(s.sid()).contains("AssumeB");
      assertThat(s.effect()).isEqualTo(Effect.ALLOW);
      assertThat(s.level()).isEqualTo(-1);
      assertThat(s.label()).isEqualTo("identity policy \"MyRoleA-permissions\" #0 (Sid AssumeB) Allow");
    });
  }

  @Test
  void scpStatements_carryTheirLevel() {
    Evaluation result = evaluate(Request.of(roleA(), "s3:GetObject", "arn:aws:s3:::b/k"), policies()
        .identityPolicy(policy("admin", allow("*", "*")))
        .addScpLevel(policy("FullAWSAccess", allow("*", "*")))
        .addScpLevel(policy("OU", allow("ec2:*", "*"))));

    assertThat(result.statements()).extracting(StatementResult::toString).containsExactly(
        "service control policy level 0 \"FullAWSAccess\" #0 Allow: matched",
        "service control policy level 1 \"OU\" #0 Allow: not matched: action s3:GetObject is not in Action",
        "identity policy \"admin\" #0 Allow: matched");
  }

  @Test
  void principalMatch_saysHowTheCallerWasMatched() {
    Evaluation result = evaluate(Request.of(roleA(), "sts:AssumeRole", ROLE_B), policies()
        .identityPolicy(policy("a", allow("sts:AssumeRole", "*")))
        .trustPolicy("t", Fixtures.statements(Fixtures.trust("111111111111"))));

    assertThat(result.statements().get(0).reason()).isEqualTo("principal matched as the account");
  }

  @Test
  void decision_awsNames() {
    assertThat(Decision.ALLOWED.awsName()).isEqualTo("allowed");
    assertThat(Decision.EXPLICIT_DENY.awsName()).isEqualTo("explicitDeny");
    assertThat(Decision.IMPLICIT_DENY.awsName()).isEqualTo("implicitDeny");
  }

  @Test
  void evaluatorDecide_agreesWithEvaluate() {
    Request request = Request.of(roleA(), "sts:AssumeRole", ROLE_B);
    Policies policies = Policies.builder().trustPolicy("t", Fixtures.statements(Fixtures.trust(ROLE_A))).build();

    assertThat(Evaluator.decide(request, policies)).isEqualTo(Evaluator.evaluate(request, policies).decision());
  }
}
