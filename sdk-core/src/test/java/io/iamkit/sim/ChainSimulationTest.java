package io.iamkit.sim;

import static io.iamkit.sim.AccountModelTest.ALLOW_ALL;
import static io.iamkit.sim.AccountModelTest.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.eval.CompiledPolicy;
import io.iamkit.eval.Decision;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The STS rules of a chain that are not policies, and how each hop's request is built (rule section 2): the
 * session carried to the next hop, source identity, session policies, duration limits, and what the model does
 * not know.
 */
class ChainSimulationTest {
  private static final String A = "111111111111";
  private static final String B = "222222222222";
  private static final Arn ALICE = Arn.parse("arn:aws:iam::" + A + ":user/alice");
  private static final Arn ROLE_X = Arn.parse("arn:aws:iam::" + B + ":role/RoleX");
  private static final Arn ROLE_Y = Arn.parse("arn:aws:iam::" + B + ":role/RoleY");

  private static PolicyDocument trust(String principal, String... actions) {
    return doc("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Principal':{'AWS':'" + principal + "'},"
        + "'Action':['" + String.join("','", actions) + "']}]}");
  }

  /** alice (account A, may do anything) -> RoleX (B) -> RoleY (B) -> bucket acme-data (B). */
  private static AccountModel.Builder model(PolicyDocument trustX, PolicyDocument trustY, PolicyDocument bucket) {
    return AccountModel.builder()
        .account(A, a -> a.user("alice", u -> u.inlinePolicy("all", ALLOW_ALL)))
        .account(B, b -> b
            .role("RoleX", r -> r.trustPolicy(trustX).inlinePolicy("all", ALLOW_ALL))
            .role("RoleY", r -> r.trustPolicy(trustY).inlinePolicy("all", ALLOW_ALL))
            .bucket("acme-data", bucket));
  }

  private static AccountModel plain() {
    return model(trust(ALICE.toString(), "sts:AssumeRole"), trust(ROLE_X.toString(), "sts:AssumeRole"),
        doc("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Principal':{'AWS':'" + ROLE_Y + "'},"
            + "'Action':'s3:GetObject','Resource':'arn:aws:s3:::acme-data/*'}]}")).build();
  }

  private static final List<Hop> X_THEN_Y = List.of(Hop.to(ROLE_X), Hop.to(ROLE_Y));

  @Test
  void chain_theSessionOfEachHopIsTheNextCaller() {
    ChainResult result = plain().simulateChain(Credentials.user(ALICE), List.of(Hop.to(ROLE_X).withSessionName("s1"),
        Hop.to(ROLE_Y).withSessionName("s2")), "s3:GetObject", "arn:aws:s3:::acme-data/k");

    assertThat(result.succeeded()).as(result.explain()).isTrue();
    assertThat(result.steps()).extracting(s -> s.caller().toString()).containsExactly(
        ALICE.toString(), "arn:aws:sts::" + B + ":assumed-role/RoleX/s1", "arn:aws:sts::" + B + ":assumed-role/RoleY/s2");
    assertThat(result.hops().get(0).evaluation().orElseThrow().request().contextValues("sts:RoleSessionName"))
        .containsExactly("s1");
  }

  @Test
  void chain_everyStepIsEvaluated_evenAfterOneFails() {
    AccountModel model = plain().toBuilder().account(B, b -> b.role("RoleX", r -> r.trustPolicy(
        trust("arn:aws:iam::" + A + ":user/bob", "sts:AssumeRole")))).build();

    ChainResult result = model.simulateChain(Credentials.user(ALICE), X_THEN_Y, "s3:PutObject",
        "arn:aws:s3:::acme-data/k");

    assertThat(result.failures()).extracting(StepResult::label).containsExactly("hop 1");
    assertThat(result.hops().get(1).succeeded()).isTrue();
    assertThat(result.finalAction().orElseThrow().evaluations()).hasSize(1);
    assertThat(result.explain()).startsWith("FAILS at hop 1\n");
  }

  // Source identity (KEYS aws:SourceIdentity; STS AssumeRole SourceIdentity)

  private static final PolicyDocument BUCKET_FOR_ALICE_ONLY = doc("{'Version':'2012-10-17','Statement':["
      + "{'Effect':'Allow','Principal':{'AWS':'" + ROLE_Y + "'},'Action':'s3:GetObject',"
      + "'Resource':'arn:aws:s3:::acme-data/*','Condition':{'StringEquals':{'aws:SourceIdentity':'alice'}}}]}");

  @Test
  void sourceIdentity_setOnTheFirstHop_persistsToTheLastRequest() {
    AccountModel model = model(trust(ALICE.toString(), "sts:AssumeRole", "sts:SetSourceIdentity"),
        trust(ROLE_X.toString(), "sts:AssumeRole", "sts:SetSourceIdentity"), BUCKET_FOR_ALICE_ONLY).build();

    ChainResult result = model.simulateChain(Credentials.user(ALICE),
        List.of(Hop.builder(ROLE_X).sourceIdentity("alice").build(), Hop.to(ROLE_Y)),
        "s3:GetObject", "arn:aws:s3:::acme-data/k");

    assertThat(result.succeeded()).as(result.explain()).isTrue();
    assertThat(result.hops().get(0).evaluations()).extracting(e -> e.request().action().text())
        .containsExactly("sts:AssumeRole", "sts:SetSourceIdentity");
    assertThat(result.hops().get(0).evaluation().orElseThrow().request().contextValues("sts:SourceIdentity"))
        .containsExactly("alice");
    assertThat(result.hops().get(1).evaluation().orElseThrow().request().contextValues("aws:SourceIdentity"))
        .containsExactly("alice");
    assertThat(result.hops().get(1).evaluation().orElseThrow().request().contextValues("sts:SourceIdentity"))
        .isEmpty();
    assertThat(result.finalAction().orElseThrow().sourceIdentity()).contains("alice");
  }

  @Test
  void sourceIdentity_withoutSetSourceIdentityInTheTrust_theHopThatSetsItFails() {
    AccountModel model = model(trust(ALICE.toString(), "sts:AssumeRole"),
        trust(ROLE_X.toString(), "sts:AssumeRole"), BUCKET_FOR_ALICE_ONLY).build();

    StepResult hop = model.simulateAssumeRole(Credentials.user(ALICE),
        Hop.builder(ROLE_X).sourceIdentity("alice").build());

    assertThat(hop.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(hop.evaluations().get(0).isAllowed()).isTrue();
    assertThat(hop.evaluations().get(1).request().action().text()).isEqualTo("sts:SetSourceIdentity");
    assertThat(hop.summary()).contains("IMPLICIT_DENY (sts:SetSourceIdentity)");
  }

  @Test
  void sourceIdentity_carriedIntoAChainedHop_needsSetSourceIdentityInThatRolesTrustToo() {
    AccountModel model = model(trust(ALICE.toString(), "sts:AssumeRole", "sts:SetSourceIdentity"),
        trust(ROLE_X.toString(), "sts:AssumeRole"), BUCKET_FOR_ALICE_ONLY).build();

    ChainResult result = model.simulateChain(Credentials.user(ALICE),
        List.of(Hop.builder(ROLE_X).sourceIdentity("alice").build(), Hop.to(ROLE_Y)));

    assertThat(result.firstFailure().orElseThrow().label()).isEqualTo("hop 2");
  }

  @Test
  void sourceIdentity_cannotBeChanged_once_set() {
    ChainResult result = plain().simulateChain(Credentials.user(ALICE).withSourceIdentity("alice"),
        List.of(Hop.builder(ROLE_X).sourceIdentity("mallory").build()));

    assertThat(result.hops().get(0).problems()).containsExactly("the session already carries the source identity "
        + "\"alice\", which cannot be changed; this call sets \"mallory\"");
  }

  @Test
  void sourceIdentity_withoutIt_theConditionOnAwsSourceIdentityDenies() {
    AccountModel model = model(trust(ALICE.toString(), "sts:AssumeRole"), trust(ROLE_X.toString(), "sts:AssumeRole"),
        BUCKET_FOR_ALICE_ONLY).build();
    AccountModel noIdentityPolicy = model.toBuilder().account(B, b -> b.role("RoleY",
        Role.Builder::clearInlinePolicies)).build();

    StepResult last = noIdentityPolicy.simulateChain(Credentials.user(ALICE), X_THEN_Y, "s3:GetObject",
        "arn:aws:s3:::acme-data/k").finalAction().orElseThrow();

    assertThat(last.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(last.evaluation().orElseThrow().missingContextKeys()).containsExactly("aws:SourceIdentity");
  }

  // Durations (STS AssumeRole DurationSeconds; TERMS role chaining)

  @Test
  void duration_fromAUser_isNotChaining_upToTheRolesMaximum() {
    AccountModel model = plain().toBuilder().account(B, b -> b.role("RoleX", r -> r.maxSessionDuration(43200)))
        .build();

    assertThat(model.simulateAssumeRole(Credentials.user(ALICE), Hop.to(ROLE_X).withDurationSeconds(43200))
        .succeeded()).isTrue();
    assertThat(model.simulateAssumeRole(Credentials.user(ALICE), Hop.to(ROLE_X).withDurationSeconds(899))
        .problems()).singleElement().asString().startsWith("DurationSeconds 899 is outside 900 to 43200");
  }

  @Test
  void duration_fromARoleSession_aboveOneHour_isRefusedEvenIfTheRoleAllowsLonger() {
    AccountModel model = plain().toBuilder().account(B, b -> b.role("RoleY", r -> r.maxSessionDuration(43200)))
        .build();

    StepResult hop = model.simulateAssumeRole(Credentials.roleSession(ROLE_X, "s1"),
        Hop.to(ROLE_Y).withDurationSeconds(3601));

    assertThat(hop.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(hop.succeeded()).isFalse();
    assertThat(hop.problems()).singleElement().asString().startsWith("role chaining");
    assertThat(hop.notes()).contains("role chaining: the caller is a role session, so the new session lasts at "
        + "most one hour");
    assertThat(model.simulateAssumeRole(Credentials.roleSession(ROLE_X, "s1"), Hop.to(ROLE_Y)
        .withDurationSeconds(3600)).succeeded()).isTrue();
  }

  @Test
  void simulateAssumeRole_withTheIssuesSignature() {
    StepResult hop = plain().simulateAssumeRole(Credentials.user(ALICE), ROLE_X, null, "etl", 3600);

    assertThat(hop.succeeded()).isTrue();
    assertThat(hop.session().orElseThrow()).hasToString("arn:aws:sts::" + B + ":assumed-role/RoleX/etl");
  }

  // Policies that travel with the session

  @Test
  void sessionPolicy_passedOnAHop_limitsTheNewSession() {
    PolicyDocument onlyList = doc("{'Version':'2012-10-17','Statement':[{'Effect':'Allow',"
        + "'Action':'s3:ListBucket','Resource':'*'}]}");
    AccountModel model = plain().toBuilder().account(B, b -> b.bucket("acme-data")).build();

    ChainResult result = model.simulateChain(Credentials.user(ALICE),
        List.of(Hop.builder(ROLE_X).sessionPolicy("only-list", onlyList).build()),
        "s3:GetObject", "arn:aws:s3:::acme-data/k");

    assertThat(result.finalAction().orElseThrow().evaluation().orElseThrow().reason())
        .isEqualTo("implicit deny: no session policy allows (rule 1.9) (rule 1.1)");
  }

  @Test
  void permissionsBoundary_ofTheRole_limitsItsSessions() {
    PolicyDocument boundary = doc("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'s3:*',"
        + "'Resource':'*'}]}");
    AccountModel model = plain().toBuilder().account(B, b -> b.role("RoleX", r -> r.permissionsBoundary("s3-only",
        boundary))).build();

    StepResult hop2 = model.simulateChain(Credentials.user(ALICE), X_THEN_Y).hops().get(1);

    // RoleY's trust names RoleX by ARN, so the boundary's implicit deny still limits the grant (rule 1.8).
    assertThat(hop2.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(hop2.evaluation().orElseThrow().reason()).contains("permissions boundary");
  }

  @Test
  void principalTags_ofTheRole_areTheSessionsAwsPrincipalTag() {
    PolicyDocument taggedOnly = doc("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Principal':"
        + "{'AWS':'arn:aws:iam::" + B + ":root'},'Action':'sts:AssumeRole','Condition':{'StringEquals':"
        + "{'aws:PrincipalTag/team':'data'}}}]}");
    AccountModel untagged = plain().toBuilder().account(B, b -> b.role("RoleY", r -> r.trustPolicy(taggedOnly)))
        .build();
    AccountModel tagged = untagged.toBuilder().account(B, b -> b.role("RoleX", r -> r.tag("team", "data"))).build();

    assertThat(untagged.simulateChain(Credentials.user(ALICE), X_THEN_Y).succeeded()).isFalse();
    assertThat(tagged.simulateChain(Credentials.user(ALICE), X_THEN_Y).succeeded()).isTrue();
  }

  @Test
  void organizationId_ofTheCallersAccount_isAwsPrincipalOrgId() {
    PolicyDocument orgOnly = doc("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Principal':'*',"
        + "'Action':'s3:GetObject','Resource':'arn:aws:s3:::acme-data/*',"
        + "'Condition':{'StringEquals':{'aws:PrincipalOrgID':'o-a1b2c3d4e5'}}}]}");
    AccountModel model = plain().toBuilder().account(B, b -> b.bucket("acme-data", orgOnly)).build();
    AccountModel inOrg = model.toBuilder().account(A, a -> a.organizationId("o-a1b2c3d4e5")).build();

    assertThat(model.simulate(Credentials.user(ALICE), "s3:GetObject", "arn:aws:s3:::acme-data/k").succeeded())
        .isFalse();
    assertThat(inOrg.simulate(Credentials.user(ALICE), "s3:GetObject", "arn:aws:s3:::acme-data/k").succeeded())
        .isTrue();
  }

  // Organization policies

  private static final CompiledPolicy DENY_ALL = CompiledPolicy.of("DenyAll", doc("{'Version':'2012-10-17',"
      + "'Statement':[{'Effect':'Deny','Action':'*','Resource':'*'}]}"));

  @Test
  void scp_doesNotLimitTheManagementAccount() {
    AccountModel limited = plain().toBuilder().account(A, a -> a.addScpLevel(DENY_ALL)).build();
    AccountModel management = limited.toBuilder().account(A, a -> a.managementAccount(true)).build();

    assertThat(limited.simulateAssumeRole(Credentials.user(ALICE), Hop.to(ROLE_X)).decision())
        .isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(management.simulateAssumeRole(Credentials.user(ALICE), Hop.to(ROLE_X)).succeeded()).isTrue();
  }

  @Test
  void rcp_ofTheResourcesAccount_deniesEvenAGrantedRequest() {
    CompiledPolicy denyOutsiders = CompiledPolicy.of("DenyOutsiders", doc("{'Version':'2012-10-17','Statement':"
        + "[{'Effect':'Deny','Principal':'*','Action':'sts:AssumeRole','Resource':'*','Condition':"
        + "{'StringNotEquals':{'aws:PrincipalAccount':'" + B + "'}}}]}"));
    AccountModel model = plain().toBuilder().account(B, b -> b.addRcpLevel(denyOutsiders)).build();

    ChainResult result = model.simulateChain(Credentials.user(ALICE), X_THEN_Y);

    assertThat(result.hops().get(0).decision()).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(result.hops().get(1).succeeded()).isTrue();
  }

  // What the model does not know

  @Test
  void unknownRole_failsWithAProblem_andIsNotEvaluated() {
    StepResult hop = plain().simulateAssumeRole(Credentials.user(ALICE),
        Hop.to("arn:aws:iam::" + B + ":role/Nope"));

    assertThat(hop.evaluations()).isEmpty();
    assertThat(hop.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(hop.problems()).singleElement().asString().startsWith("the role arn:aws:iam::" + B
        + ":role/Nope is not in the account model");
  }

  @Test
  void unknownStart_failsTheFirstStepOnly() {
    ChainResult result = plain().simulateChain(Credentials.user(Arn.parse("arn:aws:iam::" + A + ":user/bob")),
        X_THEN_Y);

    assertThat(result.failures()).extracting(StepResult::label).containsExactly("hop 1");
    assertThat(result.hops().get(0).problems()).containsExactly("the user arn:aws:iam::" + A
        + ":user/bob is not in the account model");
  }

  @Test
  void rootUser_cannotAssumeARole() {
    StepResult hop = plain().simulateAssumeRole(Credentials.root(AccountId.of(A), Partition.AWS), Hop.to(ROLE_X));

    assertThat(hop.evaluation().orElseThrow().reason()).startsWith("the root user cannot call sts:AssumeRole");
  }

  @Test
  void hop_andCredentials_refuseWhatStsRefuses() {
    assertThatThrownBy(() -> Hop.to("arn:aws:iam::" + B + ":user/alice"))
        .isInstanceOf(PolicyValidationException.class).hasMessageContaining("AssumeRole.RoleArn");
    assertThatThrownBy(() -> Hop.to(ROLE_X).withSessionName("has space"))
        .isInstanceOf(PolicyValidationException.class).hasMessageContaining("AssumeRole.RoleSessionName");
    assertThatThrownBy(() -> Hop.builder(ROLE_X).sourceIdentity("aws:alice"))
        .isInstanceOf(PolicyValidationException.class).hasMessageContaining("AssumeRole.SourceIdentity");
    assertThatThrownBy(() -> Credentials.user(ROLE_X)).isInstanceOf(PolicyValidationException.class);
    assertThatThrownBy(() -> Credentials.user(ALICE).withSessionPolicy("p", ALLOW_ALL))
        .isInstanceOf(PolicyValidationException.class);
  }
}
