package io.iamkit.eval;

import static io.iamkit.eval.Fixtures.A;
import static io.iamkit.eval.Fixtures.B;
import static io.iamkit.eval.Fixtures.DATABRICKS;
import static io.iamkit.eval.Fixtures.ROLE_A;
import static io.iamkit.eval.Fixtures.ROLE_B;
import static io.iamkit.eval.Fixtures.allow;
import static io.iamkit.eval.Fixtures.evaluate;
import static io.iamkit.eval.Fixtures.policies;
import static io.iamkit.eval.Fixtures.policy;
import static io.iamkit.eval.Fixtures.session;
import static io.iamkit.eval.Fixtures.statements;
import static io.iamkit.eval.Fixtures.trust;
import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.databricks.WorkspaceTrust;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.PolicyDocument;
import org.junit.jupiter.api.Test;

/**
 * Databricks set-ups, hop by hop (section 2): Databricks assuming the customer's cross-account role with the
 * right, a wrong or no external ID; the Unity Catalog role's self-assume; MyRoleA in account A assuming MyRoleB in
 * account B, then reading a bucket, with each piece removed in turn.
 *
 * <p>Databricks' own identity policy is not published: Databricks' caller is modelled as a session of a role in
 * 414351767826 whose identity policy allows {@code sts:AssumeRole} on {@code *}.
 */
class DatabricksScenariosTest {
  private static final String CUSTOMER = "123456789012";
  private static final String CROSS_ACCOUNT_ROLE = "arn:aws:iam::" + CUSTOMER + ":role/databricks-cross-account";
  private static final String EXTERNAL_ID = "0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d";
  private static final Caller DATABRICKS_CALLER =
      session("arn:aws:iam::" + DATABRICKS + ":role/databricks-deployment", "workspace-setup");
  private static final CompiledPolicy DATABRICKS_IDENTITY = policy("databricks (modelled)",
      allow("sts:AssumeRole", "*"));

  private static Evaluation databricksAssumes(PolicyDocument trust, RequestContext context) {
    Request request = Request.builder().caller(DATABRICKS_CALLER).action("sts:AssumeRole")
        .resource(CROSS_ACCOUNT_ROLE).context(context).build();
    return evaluate(request, policies().identityPolicy(DATABRICKS_IDENTITY).trustPolicy("cross-account-trust", trust));
  }

  private static PolicyDocument workspaceTrust(WorkspaceTrust.PrincipalStyle style) {
    return WorkspaceTrust.builder().externalId(EXTERNAL_ID).principalStyle(style).build();
  }

  @Test
  void databricks_rightExternalId_allowed() {
    for (WorkspaceTrust.PrincipalStyle style : WorkspaceTrust.PrincipalStyle.values()) {
      Evaluation result = databricksAssumes(workspaceTrust(style), RequestContext.of("sts:ExternalId", EXTERNAL_ID));

      assertThat(result.decision()).as(style.id()).isEqualTo(Decision.ALLOWED);
      assertThat(result.reason()).startsWith("cross-account");
    }
  }

  @Test
  void databricks_wrongExternalId_implicitDeny_explainedByTheCondition() {
    Evaluation result = databricksAssumes(workspaceTrust(WorkspaceTrust.PrincipalStyle.ACCOUNT_ID),
        RequestContext.of("sts:ExternalId", "someone-elses-account-id"));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason())
        .isEqualTo("cross-account: identity side allows, resource side has no matching statement (rule 1.7)");
    assertThat(result.statements()).filteredOn(s -> s.policyKind() == PolicyKind.RESOURCE).singleElement()
        .satisfies(s -> assertThat(s.reason()).startsWith("StringEquals sts:ExternalId: request "
            + "\"someone-elses-account-id\", policy \"" + EXTERNAL_ID + "\": does not hold"));
  }

  @Test
  void databricks_missingExternalId_implicitDeny_reportsTheMissingKey() {
    Evaluation result = databricksAssumes(workspaceTrust(WorkspaceTrust.PrincipalStyle.ROOT_ARN),
        RequestContext.EMPTY);

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.missingContextKeys()).containsExactly("sts:ExternalId");
    assertThat(result.explain()).contains("StringEquals sts:ExternalId: key missing from the request");
  }

  @Test
  void databricks_externalIdInAnotherCase_implicitDeny() {
    assertThat(databricksAssumes(workspaceTrust(WorkspaceTrust.PrincipalStyle.ACCOUNT_ID),
        RequestContext.of("sts:ExternalId", EXTERNAL_ID.toUpperCase(java.util.Locale.ROOT))).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void databricks_withoutItsIdentityPolicy_implicitDeny_crossAccountNeedsBothSides() {
    Request request = Request.builder().caller(DATABRICKS_CALLER).action("sts:AssumeRole")
        .resource(CROSS_ACCOUNT_ROLE).context(RequestContext.of("sts:ExternalId", EXTERNAL_ID)).build();

    Evaluation result = evaluate(request, policies().trustPolicy("cross-account-trust",
        workspaceTrust(WorkspaceTrust.PrincipalStyle.ACCOUNT_ID)));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason()).contains("no identity policy allows");
  }

  @Test
  void databricks_callerFromAnotherAccount_implicitDeny() {
    Caller impostor = session("arn:aws:iam::999999999999:role/attacker", "s1");
    Request request = Request.builder().caller(impostor).action("sts:AssumeRole").resource(CROSS_ACCOUNT_ROLE)
        .context(RequestContext.of("sts:ExternalId", EXTERNAL_ID)).build();

    Evaluation result = evaluate(request, policies().identityPolicy(DATABRICKS_IDENTITY)
        .trustPolicy("cross-account-trust", workspaceTrust(WorkspaceTrust.PrincipalStyle.ACCOUNT_ID)));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.statements()).filteredOn(s -> s.policyKind() == PolicyKind.RESOURCE).singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("does not name the caller"));
  }

  // Unity Catalog: the two-statement trust of DATABRICKS-REFERENCE.md, with the self-assume statement.

  private static final String UC_MASTER =
      "arn:aws:iam::414351767826:role/unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL";
  private static final String UC_ROLE = "arn:aws:iam::123456789098:role/databricks-role";
  private static final PolicyDocument UC_TRUST = statements(
      "{'Sid':'UnityCatalogAssumeRole','Effect':'Allow','Action':'sts:AssumeRole',"
          + "'Principal':{'AWS':'" + UC_MASTER + "'},'Condition':{'StringEquals':{'sts:ExternalId':'12345'}}}",
      "{'Sid':'ExplicitSelfRoleAssumption','Effect':'Allow','Action':'sts:AssumeRole',"
          + "'Principal':{'AWS':'arn:aws:iam::123456789098:root'},"
          + "'Condition':{'ArnLike':{'aws:PrincipalArn':'" + UC_ROLE + "'},"
          + "'StringEquals':{'sts:ExternalId':'12345'}}}");

  private static Evaluation assumeUcRole(Caller caller, Policies.Builder policies, String externalId) {
    Request request = Request.builder().caller(caller).action("sts:AssumeRole").resource(UC_ROLE)
        .context(RequestContext.of("sts:ExternalId", externalId)).build();
    return evaluate(request, policies.trustPolicy("uc-trust", UC_TRUST));
  }

  @Test
  void unityCatalog_masterRoleWithExternalId_allowed() {
    Evaluation result = assumeUcRole(session(UC_MASTER, "uc"),
        policies().identityPolicy(DATABRICKS_IDENTITY), "12345");

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(result.matchedStatements()).extracting(s -> s.sid().orElse(""))
        .contains("UnityCatalogAssumeRole");
  }

  @Test
  void unityCatalog_selfAssume_needsTheRolesOwnPermissionToAssumeItself() {
    Caller self = session(UC_ROLE, "uc-self");

    Evaluation withoutPermission = assumeUcRole(self, policies(), "12345");
    Evaluation withPermission = assumeUcRole(self,
        policies().identityPolicy(policy("uc-permissions", allow("sts:AssumeRole", UC_ROLE))), "12345");

    assertThat(withoutPermission.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(withoutPermission.reason()).contains("names only the account, which delegates to IAM");
    assertThat(withPermission.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(withPermission.matchedStatements()).extracting(s -> s.sid().orElse(""))
        .contains("ExplicitSelfRoleAssumption");
  }

  @Test
  void unityCatalog_trustWithoutSelfAssume_nonSelfAssumingRoleIsDenied() {
    Caller self = session(UC_ROLE, "uc-self");
    PolicyDocument withoutSelf = statements("{'Effect':'Allow','Action':'sts:AssumeRole',"
        + "'Principal':{'AWS':'" + UC_MASTER + "'},'Condition':{'StringEquals':{'sts:ExternalId':'12345'}}}");
    Request request = Request.builder().caller(self).action("sts:AssumeRole").resource(UC_ROLE)
        .context(RequestContext.of("sts:ExternalId", "12345")).build();

    Evaluation result = evaluate(request, policies()
        .identityPolicy(policy("uc-permissions", allow("sts:AssumeRole", UC_ROLE)))
        .trustPolicy("uc-trust", withoutSelf));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason()).startsWith("same account: the role trust policy has no statement");
  }

  @Test
  void unityCatalog_otherRoleOfTheSameAccount_doesNotPassTheSelfAssumeCondition() {
    Caller other = session("arn:aws:iam::123456789098:role/someone-else", "x1");

    assertThat(assumeUcRole(other, policies().identityPolicy(policy("admin", allow("*", "*"))), "12345")
        .decision()).isEqualTo(Decision.IMPLICIT_DENY);
  }

  // MyRoleA (account A) -> MyRoleB (account B) -> bucket, each piece removed in turn.

  private static final String BUCKET = "arn:aws:s3:::b-data";
  private static final PolicyDocument A_PERMISSIONS = statements(allow("sts:AssumeRole", ROLE_B));
  private static final PolicyDocument B_TRUST = statements(trust(ROLE_A));
  private static final PolicyDocument B_PERMISSIONS = statements(
      "{'Effect':'Allow','Action':['s3:GetObject','s3:ListBucket'],'Resource':['" + BUCKET + "','" + BUCKET
          + "/*']}");

  private static Decision hop1(Policies.Builder policies) {
    return evaluate(Request.of(session(ROLE_A, "hop1"), "sts:AssumeRole", ROLE_B), policies).decision();
  }

  private static Decision hop2(String bucketAccount, Policies.Builder policies) {
    Request read = Request.builder().caller(session(ROLE_B, "hop2")).action("s3:GetObject")
        .resource(BUCKET + "/part-0001.parquet").resourceAccount(AccountId.of(bucketAccount)).build();
    return evaluate(read, policies).decision();
  }

  @Test
  void chain_everyPiecePresent_bothHopsAllowed() {
    assertThat(hop1(policies().identityPolicy("MyRoleA-permissions", A_PERMISSIONS)
        .trustPolicy("MyRoleB-trust", B_TRUST))).isEqualTo(Decision.ALLOWED);
    assertThat(hop2(B, policies().identityPolicy("MyRoleB-permissions", B_PERMISSIONS)))
        .isEqualTo(Decision.ALLOWED);
  }

  @Test
  void chain_withoutMyRoleAPermission_hop1Denied() {
    assertThat(hop1(policies().trustPolicy("MyRoleB-trust", B_TRUST))).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void chain_withoutMyRoleBTrustStatement_hop1Denied() {
    assertThat(hop1(policies().identityPolicy("MyRoleA-permissions", A_PERMISSIONS)
        .trustPolicy("MyRoleB-trust", statements(trust("arn:aws:iam::" + B + ":role/SomeoneElse")))))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(hop1(policies().identityPolicy("MyRoleA-permissions", A_PERMISSIONS)))
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void chain_withoutMyRoleBPermission_hop2Denied() {
    assertThat(hop2(B, policies().identityPolicy("MyRoleB-permissions", A_PERMISSIONS)))
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void chain_bucketInAThirdAccount_needsItsBucketPolicyToo() {
    String third = "333333333333";
    Policies.Builder identityOnly = policies().identityPolicy("MyRoleB-permissions", B_PERMISSIONS);

    assertThat(hop2(third, identityOnly)).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(hop2(third, policies().identityPolicy("MyRoleB-permissions", B_PERMISSIONS)
        .resourcePolicy("bucket-policy", statements(Fixtures.allowFor(ROLE_B, "s3:GetObject", BUCKET + "/*")))))
        .isEqualTo(Decision.ALLOWED);
  }

  @Test
  void chain_scpInAccountADenyingAssumeRole_hop1ExplicitlyDenied() {
    assertThat(hop1(policies().identityPolicy("MyRoleA-permissions", A_PERMISSIONS)
        .trustPolicy("MyRoleB-trust", B_TRUST)
        .addScpLevel(policy("FullAWSAccess", allow("*", "*")),
            policy("NoRoleHopping", Fixtures.deny("sts:AssumeRole", "arn:aws:iam::*:role/*")))))
        .isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void chain_accountAIsNotPartOfBTrust_evenWithAdminPermissions() {
    assertThat(hop1(policies().identityPolicy(policy("admin", allow("*", "*")))
        .trustPolicy("MyRoleB-trust", statements(trust(DATABRICKS))))).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void chain_callerAccountIsA() {
    assertThat(session(ROLE_A, "hop1").account()).contains(AccountId.of(A));
  }
}
