package io.iamkit.sim.databricks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.databricks.DatabricksPartition;
import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.databricks.UnityCatalogStorageSetup;
import io.iamkit.databricks.WorkspaceCredentialSetup;
import io.iamkit.eval.CompiledPolicy;
import io.iamkit.eval.Decision;
import io.iamkit.eval.PolicyKind;
import io.iamkit.eval.StatementResult;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyReader;
import io.iamkit.sim.AccountModel;
import io.iamkit.sim.ChainResult;
import io.iamkit.sim.Credentials;
import io.iamkit.sim.Hop;
import io.iamkit.sim.Role;
import io.iamkit.sim.StepResult;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Whole Databricks chains in account models built from the presets' set-ups (rule section 2): Databricks
 * assuming the workspace cross-account role with the right, a wrong or no external ID; MyRoleA (instance profile)
 * to MyRoleB to the bucket of {@link S3CrossAccountSetup}, with each piece removed in turn; the Unity Catalog role
 * assumed by the master role and then by itself; an SCP denying {@code sts:AssumeRole}; role chaining's one-hour
 * limit.
 */
class DatabricksChainsTest {
  private static final String CUSTOMER = "111122223333";
  private static final String BUCKET_OWNER = "444455556666";
  private static final String BUCKET = "acme-shared-data";
  private static final String OBJECT = "arn:aws:s3:::" + BUCKET + "/tables/part-0001.parquet";
  private static final String EXTERNAL_ID = "0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d";

  private static PolicyDocument json(String text) {
    return PolicyReader.strict().read(text.replace('\'', '"'));
  }

  // Workspace cross-account role (seed 000)

  private static final WorkspaceCredentialSetup WORKSPACE = WorkspaceCredentialSetup.builder()
      .accountId(CUSTOMER).externalId(EXTERNAL_ID).build();

  private static StepResult databricksAssumesWorkspaceRole(Hop hop) {
    return DatabricksAccounts.from(WORKSPACE)
        .simulateAssumeRole(DatabricksAccounts.databricks(DatabricksPartition.AWS), hop);
  }

  @Test
  void workspace_databricksWithTheRightExternalId_assumesTheRole() {
    StepResult result = databricksAssumesWorkspaceRole(Hop.to(WORKSPACE.role().arn()).withExternalId(EXTERNAL_ID));

    assertThat(result.succeeded()).as(result.explain()).isTrue();
    assertThat(result.evaluation().orElseThrow().reason()).startsWith("cross-account: the identity side");
    assertThat(result.session().orElseThrow()).hasToString(
        "arn:aws:sts::" + CUSTOMER + ":assumed-role/databricks-cross-account-role/iamkit");
  }

  @Test
  void workspace_databricksWithAWrongExternalId_implicitDeny_explainedByTheCondition() {
    StepResult result = databricksAssumesWorkspaceRole(
        Hop.to(WORKSPACE.role().arn()).withExternalId(EXTERNAL_ID.toUpperCase(Locale.ROOT)));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.summary()).endsWith(
        "IMPLICIT_DENY: cross-account: identity side allows, resource side has no matching statement (rule 1.7)");
    assertThat(result.explain()).contains("StringEquals sts:ExternalId: request \""
        + EXTERNAL_ID.toUpperCase(Locale.ROOT) + "\", policy \"" + EXTERNAL_ID + "\": does not hold");
  }

  @Test
  void workspace_databricksWithoutExternalId_implicitDeny_reportsTheMissingKey() {
    StepResult result = databricksAssumesWorkspaceRole(Hop.to(WORKSPACE.role().arn()));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.evaluation().orElseThrow().missingContextKeys()).containsExactly("sts:ExternalId");
  }

  @Test
  void workspace_anotherAccountsPrincipal_cannotAssumeTheRoleEvenWithTheExternalId() {
    AccountModel model = DatabricksAccounts.builder(List.of(WORKSPACE))
        .account("999999999999", a -> a.role("attacker", r -> r.inlinePolicy("all",
            json("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'*','Resource':'*'}}"))))
        .build();

    StepResult result = model.simulateAssumeRole(
        Credentials.roleSession(Arn.parse("arn:aws:iam::999999999999:role/attacker"), "x1"),
        Hop.to(WORKSPACE.role().arn()).withExternalId(EXTERNAL_ID));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
  }

  // MyRoleA (instance profile, account A) -> MyRoleB (account B) -> bucket (account B), seed 001

  private static final S3CrossAccountSetup S3 = S3CrossAccountSetup.builder()
      .deploymentAccountId(CUSTOMER).bucketOwnerAccountId(BUCKET_OWNER).bucket(BUCKET).build();
  private static final Credentials INSTANCE = Credentials.instanceProfile(S3.instanceProfile().arn());
  private static final List<Hop> TO_ROLE_B = List.of(Hop.to(S3.roleB().arn()));

  private static ChainResult s3Chain(AccountModel model, String action, String resource) {
    return model.simulateChain(INSTANCE, TO_ROLE_B, action, resource);
  }

  private static AccountModel s3Model() {
    return DatabricksAccounts.from(S3);
  }

  @Test
  void s3_fullChain_getPutAndList_succeed() {
    for (String[] request : new String[][] {
        {"s3:GetObject", OBJECT}, {"s3:PutObject", OBJECT}, {"s3:ListBucket", "arn:aws:s3:::" + BUCKET}}) {
      ChainResult result = s3Chain(s3Model(), request[0], request[1]);

      assertThat(result.succeeded()).as(result.explain()).isTrue();
      assertThat(result.steps()).extracting(StepResult::kind).containsExactly(StepResult.Kind.INSTANCE_PROFILE,
          StepResult.Kind.ASSUME_ROLE, StepResult.Kind.ACTION);
    }
  }

  @Test
  void s3_fullChain_eachHopIsEvaluatedWithTheRightCallerAndAccounts() {
    ChainResult result = s3Chain(s3Model(), "s3:GetObject", OBJECT);

    assertThat(result.summary()).isEqualTo(""
        + "EC2 instance profile: ec2.amazonaws.com -> sts:AssumeRole on arn:aws:iam::" + CUSTOMER
        + ":role/MyRoleA: ALLOWED\n"
        + "hop 1: arn:aws:sts::" + CUSTOMER + ":assumed-role/MyRoleA/i-0123456789abcdef0 -> sts:AssumeRole on "
        + "arn:aws:iam::" + BUCKET_OWNER + ":role/MyRoleB: ALLOWED\n"
        + "final action: arn:aws:sts::" + BUCKET_OWNER + ":assumed-role/MyRoleB/iamkit -> s3:GetObject on " + OBJECT
        + ": ALLOWED\n");
    assertThat(result.hops().get(0).evaluation().orElseThrow().reason())
        .isEqualTo("cross-account: the identity side (identity policy, boundary, session policy) and the resource "
            + "policy both allow (rule 1.7)");
    // MyRoleB is in the bucket's account: the same-account rules hold, and its session is named by role ARN.
    assertThat(result.finalAction().orElseThrow().evaluation().orElseThrow().request().resourceAccount())
        .contains(AccountId.of(BUCKET_OWNER));
  }

  @Test
  void s3_withoutMyRoleAsAssumePolicy_hop1FailsOnTheIdentitySide() {
    AccountModel model = s3Model().toBuilder().account(CUSTOMER, a -> a.role("MyRoleA",
        r -> r.removeInlinePolicy(S3CrossAccountSetup.ASSUME_ROLE_B_POLICY_NAME))).build();

    ChainResult result = s3Chain(model, "s3:GetObject", OBJECT);

    StepResult failure = result.firstFailure().orElseThrow();
    assertThat(failure.label()).isEqualTo("hop 1");
    assertThat(failure.evaluation().orElseThrow().reason()).isEqualTo("cross-account: the resource policy allows, "
        + "but on the identity side no identity policy allows (rule 1.7)");
    assertThat(result.failures()).hasSize(1);
  }

  @Test
  void s3_withoutMyRoleBsTrustInMyRoleA_hop1FailsOnTheTrustSide() {
    PolicyDocument trustsSomeoneElse = json("{'Version':'2012-10-17','Statement':[{'Effect':'Allow',"
        + "'Principal':{'AWS':'arn:aws:iam::" + CUSTOMER + ":role/SomeOtherRole'},'Action':'sts:AssumeRole'}]}");
    AccountModel model = s3Model().toBuilder().account(BUCKET_OWNER, a -> a.role("MyRoleB",
        r -> r.trustPolicy(trustsSomeoneElse))).build();

    ChainResult result = s3Chain(model, "s3:GetObject", OBJECT);

    StepResult failure = result.firstFailure().orElseThrow();
    assertThat(failure.label()).isEqualTo("hop 1");
    assertThat(failure.evaluation().orElseThrow().reason())
        .isEqualTo("cross-account: identity side allows, resource side has no matching statement (rule 1.7)");
    assertThat(failure.evaluation().orElseThrow().statements())
        .filteredOn(s -> s.policyKind() == PolicyKind.RESOURCE).singleElement()
        .extracting(StatementResult::reason).asString().contains("does not name the caller");
  }

  @Test
  void s3_withMyRoleBsTrustPolicyUnknown_hop1FailsWithAProblem_notAGuess() {
    AccountModel model = s3Model().toBuilder().account(BUCKET_OWNER, a -> a.role("MyRoleB",
        Role.Builder::removeTrustPolicy)).build();

    StepResult failure = s3Chain(model, "s3:GetObject", OBJECT).firstFailure().orElseThrow();

    assertThat(failure.problems()).singleElement().asString().contains("does not know the trust policy");
    assertThat(failure.evaluations()).isEmpty();
  }

  @Test
  void s3_withoutMyRoleBsInlinePolicy_stillAllowed_theBucketPolicyNamesMyRoleBInItsOwnAccount() {
    AccountModel model = s3Model().toBuilder().account(BUCKET_OWNER, a -> a.role("MyRoleB",
        Role.Builder::clearInlinePolicies)).build();

    for (String[] request : new String[][] {
        {"s3:GetObject", OBJECT}, {"s3:PutObject", OBJECT}, {"s3:ListBucket", "arn:aws:s3:::" + BUCKET}}) {
      ChainResult result = s3Chain(model, request[0], request[1]);

      assertThat(result.succeeded()).as(result.explain()).isTrue();
      assertThat(result.finalAction().orElseThrow().evaluation().orElseThrow().reason())
          .startsWith("same account: the resource policy allows the caller (by role ARN");
    }
  }

  @Test
  void s3_withoutTheBucketPolicy_stillAllowed_MyRoleBsIdentityPolicyIsEnoughInTheSameAccount() {
    AccountModel model = s3Model().toBuilder().account(BUCKET_OWNER, a -> a.bucket(BUCKET)).build();

    ChainResult result = s3Chain(model, "s3:GetObject", OBJECT);

    assertThat(result.succeeded()).as(result.explain()).isTrue();
    assertThat(result.finalAction().orElseThrow().evaluation().orElseThrow().reason())
        .startsWith("the identity side allows");
  }

  @Test
  void s3_withoutBothMyRoleBsInlinePolicyAndTheBucketPolicy_theFinalActionIsDenied() {
    AccountModel model = s3Model().toBuilder().account(BUCKET_OWNER, a -> a.bucket(BUCKET)
        .role("MyRoleB", Role.Builder::clearInlinePolicies)).build();

    ChainResult result = s3Chain(model, "s3:ListBucket", "arn:aws:s3:::" + BUCKET);

    StepResult failure = result.firstFailure().orElseThrow();
    assertThat(failure.kind()).isEqualTo(StepResult.Kind.ACTION);
    assertThat(failure.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(failure.evaluation().orElseThrow().reason()).isEqualTo("implicit deny: no identity policy allows "
        + "(rule 1.1)");
  }

  @Test
  void s3_withTheBucketInAThirdAccount_MyRoleBNeedsTheBucketPolicy_andTheIdentityPolicy() {
    AccountModel bucketElsewhere = s3Model().toBuilder()
        .account(BUCKET_OWNER, a -> a.removeBucket(BUCKET))
        .account("777788889999", c -> c.bucket(BUCKET, S3.bucketPolicy().policy()))
        .build();
    AccountModel noIdentityPolicy = bucketElsewhere.toBuilder()
        .account(BUCKET_OWNER, a -> a.role("MyRoleB", Role.Builder::clearInlinePolicies)).build();

    assertThat(s3Chain(bucketElsewhere, "s3:GetObject", OBJECT).succeeded()).isTrue();
    StepResult failure = s3Chain(noIdentityPolicy, "s3:GetObject", OBJECT).firstFailure().orElseThrow();
    assertThat(failure.evaluation().orElseThrow().reason()).isEqualTo("cross-account: the resource policy allows, "
        + "but on the identity side no identity policy allows (rule 1.7)");
  }

  @Test
  void s3_withoutEc2InMyRoleAsTrust_theInstanceCannotGetItsCredentials() {
    AccountModel model = s3Model().toBuilder().account(CUSTOMER, a -> a.role("MyRoleA", r -> r.trustPolicy(json(
        "{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Principal':{'Service':'lambda.amazonaws.com'},"
            + "'Action':'sts:AssumeRole'}]}")))).build();

    StepResult failure = s3Chain(model, "s3:GetObject", OBJECT).firstFailure().orElseThrow();

    assertThat(failure.kind()).isEqualTo(StepResult.Kind.INSTANCE_PROFILE);
    assertThat(failure.evaluation().orElseThrow().reason()).startsWith("service principal: only a resource policy "
        + "statement naming the service can grant");
  }

  @Test
  void s3_bucketNotInTheModel_theFinalActionFailsWithAProblem() {
    StepResult failure = s3Chain(s3Model(), "s3:GetObject", "arn:aws:s3:::someone-elses-bucket/x")
        .firstFailure().orElseThrow();

    assertThat(failure.problems()).singleElement().asString()
        .startsWith("the bucket someone-elses-bucket is not in the account model");
  }

  // Unity Catalog storage credential (seeds 002, 003): master role, then self-assume

  private static final UnityCatalogStorageSetup UC = UnityCatalogStorageSetup.builder()
      .accountId(CUSTOMER).roleName("uc-storage").externalId("uc-external-id-1234").bucket("acme-uc-data").build();
  private static final Credentials UC_MASTER = DatabricksAccounts.unityCatalog(DatabricksPartition.AWS);
  private static final List<Hop> UC_HOPS = List.of(
      Hop.to(UC.role().arn()).withExternalId("uc-external-id-1234"),
      Hop.to(UC.role().arn()).withExternalId("uc-external-id-1234").withSessionName("self"));

  @Test
  void unityCatalog_masterRoleThenSelfAssume_thenReadsTheBucket() {
    ChainResult result = DatabricksAccounts.from(UC).simulateChain(UC_MASTER, UC_HOPS, "s3:GetObject",
        "arn:aws:s3:::acme-uc-data/x.parquet");

    assertThat(result.succeeded()).as(result.explain()).isTrue();
    assertThat(result.hops().get(0).evaluation().orElseThrow().matchedStatements())
        .extracting(s -> s.sid().orElse("")).contains("UnityCatalogAssumeRole");
    assertThat(result.hops().get(1).caller()).hasToString(
        "arn:aws:sts::" + CUSTOMER + ":assumed-role/uc-storage/iamkit");
    assertThat(result.hops().get(1).evaluation().orElseThrow().matchedStatements())
        .extracting(s -> s.sid().orElse("")).contains("ExplicitSelfRoleAssumption");
  }

  @Test
  void unityCatalog_masterRoleWithAWrongExternalId_isDenied() {
    StepResult result = DatabricksAccounts.from(UC).simulateAssumeRole(UC_MASTER,
        Hop.to(UC.role().arn()).withExternalId("not-the-credentials-id"));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void unityCatalog_withoutTheSelfAssumeStatement_theSelfAssumeHopIsDenied() {
    PolicyDocument trust = UC.role().trustPolicy().orElseThrow();
    PolicyDocument withoutSelf = PolicyDocument.builder().version(trust.version())
        .addStatement(trust.statements().get(0)).build();
    AccountModel model = DatabricksAccounts.from(UC).toBuilder()
        .account(CUSTOMER, a -> a.role("uc-storage", r -> r.trustPolicy(withoutSelf))).build();

    ChainResult result = model.simulateChain(UC_MASTER, UC_HOPS);

    StepResult failure = result.firstFailure().orElseThrow();
    assertThat(failure.label()).isEqualTo("hop 2");
    assertThat(failure.evaluation().orElseThrow().reason())
        .startsWith("same account: the role trust policy has no statement that allows the caller");
  }

  @Test
  void unityCatalog_withoutTheRolesPermissionToAssumeItself_theSelfAssumeHopIsDenied() {
    // The self-assume statement names the account root: it delegates to IAM, so the role's own policy must allow.
    AccountModel model = DatabricksAccounts.from(UC).toBuilder()
        .account(CUSTOMER, a -> a.role("uc-storage", r -> r.inlinePolicy(UnityCatalogStorageSetup.ACCESS_POLICY_NAME,
            json("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':['s3:GetObject','s3:ListBucket'],"
                + "'Resource':['arn:aws:s3:::acme-uc-data','arn:aws:s3:::acme-uc-data/*']}]}"))))
        .build();

    StepResult failure = model.simulateChain(UC_MASTER, UC_HOPS).firstFailure().orElseThrow();

    assertThat(failure.label()).isEqualTo("hop 2");
    assertThat(failure.evaluation().orElseThrow().reason()).startsWith("same account: the resource policy names "
        + "only the account, which delegates to IAM");
  }

  // Organization policies

  private static final CompiledPolicy FULL_AWS_ACCESS = CompiledPolicy.of("FullAWSAccess",
      json("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'*','Resource':'*'}]}"));
  private static final CompiledPolicy DENY_ASSUME_ROLE = CompiledPolicy.of("DenyAssumeRole",
      json("{'Version':'2012-10-17','Statement':[{'Effect':'Deny','Action':'sts:AssumeRole','Resource':'*'}]}"));

  @Test
  void scp_denyingAssumeRoleInTheCustomerAccount_blocksMyRoleAsHop() {
    AccountModel model = s3Model().toBuilder().account(CUSTOMER, a -> a
        .addScpLevel(FULL_AWS_ACCESS).addScpLevel(FULL_AWS_ACCESS, DENY_ASSUME_ROLE)).build();

    ChainResult result = s3Chain(model, "s3:GetObject", OBJECT);

    StepResult failure = result.firstFailure().orElseThrow();
    assertThat(failure.label()).isEqualTo("hop 1");
    assertThat(failure.decision()).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(failure.evaluation().orElseThrow().reason()).isEqualTo("explicit deny: a Deny statement in the "
        + "service control policy matches, and a Deny wins over every Allow (rule 1.1)");
    // EC2 is a service principal, not a principal of the account: SCPs do not limit it.
    assertThat(result.steps().get(0).succeeded()).isTrue();
  }

  @Test
  void scp_ofTheCustomerAccount_blocksUnityCatalogsSelfAssume_butNotTheMasterRolesHop() {
    AccountModel model = DatabricksAccounts.from(UC).toBuilder().account(CUSTOMER, a -> a
        .addScpLevel(FULL_AWS_ACCESS).addScpLevel(DENY_ASSUME_ROLE)).build();

    ChainResult result = model.simulateChain(UC_MASTER, UC_HOPS);

    assertThat(result.hops().get(0).succeeded()).isTrue();
    assertThat(result.hops().get(1).decision()).isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void scp_levelWithoutAnAllowForAssumeRole_isAnImplicitDeny() {
    CompiledPolicy s3Only = CompiledPolicy.of("S3Only",
        json("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'s3:*','Resource':'*'}]}"));
    AccountModel model = s3Model().toBuilder().account(CUSTOMER, a -> a
        .addScpLevel(FULL_AWS_ACCESS).addScpLevel(s3Only)).build();

    StepResult hop = s3Chain(model, "s3:GetObject", OBJECT).hops().get(0);

    assertThat(hop.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(hop.evaluation().orElseThrow().reason()).startsWith("SCP level 1 has no Allow that matches");
  }

  // Role chaining's one-hour limit

  @Test
  void duration_aboveOneHour_onAChainedHop_fails() {
    ChainResult result = DatabricksAccounts.from(UC).simulateChain(UC_MASTER, List.of(
        Hop.to(UC.role().arn()).withExternalId("uc-external-id-1234").withDurationSeconds(7200)));

    StepResult failure = result.firstFailure().orElseThrow();
    assertThat(failure.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(failure.problems()).anySatisfy(p -> assertThat(p).startsWith("role chaining: this AssumeRole is "
        + "made with a role session's credentials"));
  }

  @Test
  void duration_aboveOneHour_fromAnInstanceProfile_isNotChaining_butTheNextHopIs() {
    AccountModel model = s3Model().toBuilder().account(BUCKET_OWNER, a -> a
        .role("MyRoleB", r -> r.maxSessionDuration(43200))
        .role("MyRoleC", r -> r.maxSessionDuration(43200).trustPolicy(json("{'Version':'2012-10-17','Statement':"
            + "[{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::" + BUCKET_OWNER + ":role/MyRoleB'},"
            + "'Action':'sts:AssumeRole'}]}"))))
        .build();

    ChainResult result = model.simulateChain(INSTANCE, List.of(
        Hop.to(S3.roleB().arn()).withDurationSeconds(7200),
        Hop.to("arn:aws:iam::" + BUCKET_OWNER + ":role/MyRoleC").withDurationSeconds(7200)));

    assertThat(result.hops().get(0).succeeded()).as(result.explain()).isTrue();
    assertThat(result.hops().get(1).succeeded()).isFalse();
    assertThat(result.hops().get(1).problems()).singleElement().asString().startsWith("role chaining");
  }

  @Test
  void duration_aboveTheRolesMaximum_fails_evenWithoutChaining() {
    StepResult hop = s3Chain(DatabricksAccounts.from(S3), "s3:GetObject", OBJECT).hops().get(0);
    StepResult longer = s3Model().simulateChain(INSTANCE,
        List.of(Hop.to(S3.roleB().arn()).withDurationSeconds(7200))).hops().get(0);

    assertThat(hop.succeeded()).isTrue();
    assertThat(longer.problems()).containsExactly("DurationSeconds 7200 is above the maximum session duration of "
        + "MyRoleB, 3600 seconds: STS refuses the request");
  }
}
