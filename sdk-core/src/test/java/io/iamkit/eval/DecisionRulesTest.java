package io.iamkit.eval;

import static io.iamkit.eval.Fixtures.A;
import static io.iamkit.eval.Fixtures.B;
import static io.iamkit.eval.Fixtures.ROLE_A;
import static io.iamkit.eval.Fixtures.ROLE_B;
import static io.iamkit.eval.Fixtures.USER_A;
import static io.iamkit.eval.Fixtures.allow;
import static io.iamkit.eval.Fixtures.allowFor;
import static io.iamkit.eval.Fixtures.deny;
import static io.iamkit.eval.Fixtures.evaluate;
import static io.iamkit.eval.Fixtures.policies;
import static io.iamkit.eval.Fixtures.policy;
import static io.iamkit.eval.Fixtures.request;
import static io.iamkit.eval.Fixtures.roleA;
import static io.iamkit.eval.Fixtures.userA;
import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Partition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Section 1 of IAM-EVALUATION-RULES.md, "The decision", one test (or more) per rule, named after it. Examples are
 * those of the AWS policy evaluation logic pages [EVAL], [XACCT], [PB], [SESS].
 */
class DecisionRulesTest {
  private static final String BUCKET = "arn:aws:s3:::doc-example-bucket";
  private static final String OBJECT = BUCKET + "/report.csv";
  private static final String ALLOW_ALL = allow("*", "*");

  private static Request getObject(Caller caller) {
    return request(caller, "s3:GetObject", OBJECT);
  }

  private static Request getObjectInAccount(Caller caller, String account) {
    return Request.builder().caller(caller).action("s3:GetObject").resource(OBJECT)
        .resourceAccount(AccountId.of(account)).build();
  }

  // Rule 1.1 -----------------------------------------------------------------------------------------------------

  @Test
  void rule1_1_noPolicy_isImplicitDeny() {
    Evaluation result = evaluate(getObject(userA()), policies());

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason()).isEqualTo("implicit deny: no identity policy allows (rule 1.1)");
  }

  @ParameterizedTest
  @EnumSource(PolicyKind.class)
  void rule1_1_explicitDenyInAnyApplicablePolicy_winsOverEveryAllow(PolicyKind kind) {
    String denyStatement = kind == PolicyKind.RCP || kind == PolicyKind.VPC_ENDPOINT || kind == PolicyKind.RESOURCE
        ? "{'Effect':'Deny','Principal':'*','Action':'s3:*','Resource':'*'}" : deny("s3:*", "*");
    String allowStatement = kind == PolicyKind.RCP || kind == PolicyKind.VPC_ENDPOINT || kind == PolicyKind.RESOURCE
        ? "{'Effect':'Allow','Principal':'*','Action':'*','Resource':'*'}" : ALLOW_ALL;
    Policies.Builder policies = policies()
        .identityPolicy(policy("admin", ALLOW_ALL))
        .permissionsBoundary(policy("boundary", ALLOW_ALL))
        .sessionPolicy(policy("session", ALLOW_ALL))
        .resourcePolicy(policy("bucket", "{'Effect':'Allow','Principal':'*','Action':'*','Resource':'*'}"),
            ResourcePolicyKind.OTHER)
        .addScpLevel(policy("FullAWSAccess", ALLOW_ALL))
        .addRcpLevel(policy("rcp", "{'Effect':'Allow','Principal':'*','Action':'*','Resource':'*'}"))
        .vpcEndpointPolicy(policy("endpoint", "{'Effect':'Allow','Principal':'*','Action':'*','Resource':'*'}"));
    CompiledPolicy denying = policy("denying", allowStatement, denyStatement);
    switch (kind) {
      case IDENTITY: policies.identityPolicy(denying); break;
      case PERMISSIONS_BOUNDARY: policies.permissionsBoundary(denying); break;
      case SESSION: policies.sessionPolicy(denying); break;
      case RESOURCE: policies.resourcePolicy(denying, ResourcePolicyKind.OTHER); break;
      case SCP: policies.addScpLevel(denying); break;
      case RCP: policies.addRcpLevel(denying); break;
      default: policies.vpcEndpointPolicy(denying); break;
    }

    Evaluation result = evaluate(getObject(roleA()), policies);

    assertThat(result.decision()).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(result.reason()).contains("a Deny statement in the " + kind.description() + " matches");
    assertThat(result.matchedStatements()).anyMatch(s -> s.policyName().equals("denying")
        && s.effect() == io.iamkit.policy.Effect.DENY);
  }

  @Test
  void rule1_1_denyThatDoesNotMatchTheAction_doesNotDeny() {
    Evaluation result = evaluate(getObject(userA()), policies()
        .identityPolicy(policy("p", ALLOW_ALL, deny("s3:DeleteObject", "*"))));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
  }

  // Rule 1.2 -----------------------------------------------------------------------------------------------------

  @Test
  void rule1_2_denyReportedInEvaluationOrder_rcpBeforeScpBeforeResourceBeforeIdentity() {
    String denyAll = "{'Effect':'Deny','Principal':'*','Action':'*','Resource':'*'}";
    Evaluation result = evaluate(getObject(roleA()), policies()
        .identityPolicy(policy("id", deny("*", "*")))
        .resourcePolicy(policy("bucket", denyAll), ResourcePolicyKind.OTHER)
        .addScpLevel(policy("scp", deny("*", "*")))
        .addRcpLevel(policy("rcp", denyAll)));

    assertThat(result.reason()).contains("resource control policy");
    assertThat(result.statements()).extracting(StatementResult::policyKind).containsExactly(
        PolicyKind.RCP, PolicyKind.SCP, PolicyKind.RESOURCE, PolicyKind.IDENTITY);
  }

  @Test
  void rule1_2_scpWithoutAllow_isReportedAsImplicitDenyNamingTheLevel() {
    Evaluation result = evaluate(getObject(roleA()), policies()
        .identityPolicy(policy("admin", ALLOW_ALL))
        .addScpLevel(policy("FullAWSAccess", ALLOW_ALL))
        .addScpLevel(policy("OnlyEc2", allow("ec2:*", "*"))));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason()).startsWith("SCP level 1 has no Allow that matches");
  }

  // Rule 1.3 -----------------------------------------------------------------------------------------------------

  @Test
  void rule1_3_scp_everyLevelAllows_allowed() {
    Evaluation result = evaluate(getObject(roleA()), policies()
        .identityPolicy(policy("admin", ALLOW_ALL))
        .addScpLevel(policy("FullAWSAccess", ALLOW_ALL))
        .addScpLevel(policy("S3Only", allow("s3:*", "*")))
        .addScpLevel(policy("Account", allow("s3:Get*", "*"))));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void rule1_3_scp_levelWithNoPolicy_denies() {
    Evaluation result = evaluate(getObject(roleA()), policies()
        .identityPolicy(policy("admin", ALLOW_ALL))
        .addScpLevel(policy("FullAWSAccess", ALLOW_ALL))
        .addScpLevel(java.util.List.of()));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason()).startsWith("SCP level 1");
  }

  @Test
  void rule1_3_scp_grantsNothingByItself() {
    Evaluation result = evaluate(getObject(roleA()), policies()
        .addScpLevel(policy("FullAWSAccess", ALLOW_ALL)));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void rule1_3_scp_doesNotApplyToTheManagementAccount() {
    Evaluation result = evaluate(getObject(roleA()), policies()
        .identityPolicy(policy("admin", ALLOW_ALL))
        .addScpLevel(policy("DenyAll", deny("*", "*")))
        .managementAccount(AccountId.of(A)));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(result.notes()).anyMatch(n -> n.contains("management account"));
  }

  @Test
  void rule1_3_scp_appliesToTheRootUserOfAMemberAccount() {
    Evaluation result = evaluate(getObject(Caller.root(AccountId.of(A), Partition.AWS)), policies()
        .addScpLevel(policy("FullAWSAccess", ALLOW_ALL), policy("DenyS3", deny("s3:*", "*"))));

    assertThat(result.decision()).isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void rule1_3_scp_appliesToTheCallersAccountAlsoCrossAccount() {
    Request request = getObjectInAccount(roleA(), B);
    Evaluation result = evaluate(request, policies()
        .identityPolicy(policy("admin", ALLOW_ALL))
        .resourcePolicy(policy("bucket", allowFor(A, "s3:GetObject", "*")), ResourcePolicyKind.OTHER)
        .addScpLevel(policy("Ec2Only", allow("ec2:*", "*"))));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason()).startsWith("SCP level 0");
  }

  // Rule 1.4 -----------------------------------------------------------------------------------------------------

  @Test
  void rule1_4_rcp_denyAtAnyLevel_denies() {
    Evaluation result = evaluate(getObject(userA()), policies()
        .identityPolicy(policy("admin", ALLOW_ALL))
        .addRcpLevel()
        .addRcpLevel(policy("DenyExternal",
            "{'Effect':'Deny','Principal':'*','Action':'s3:*','Resource':'*',"
                + "'Condition':{'StringNotEqualsIfExists':{'aws:PrincipalAccount':'" + B + "'}}}")));

    assertThat(result.decision()).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(result.reason()).contains("resource control policy");
  }

  @Test
  void rule1_4_rcp_levelWithoutAllow_doesNotDeny_becauseRcpFullAwsAccessIsAlwaysAttached() {
    Evaluation result = evaluate(getObject(userA()), policies()
        .identityPolicy(policy("admin", ALLOW_ALL))
        .addRcpLevel()
        .addRcpLevel(policy("OnlyDenies",
            "{'Effect':'Deny','Principal':'*','Action':'sqs:*','Resource':'*'}")));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(result.notes()).anyMatch(n -> n.contains("RCPFullAWSAccess"));
  }

  @Test
  void rule1_4_rcp_appliesToTheResourceAccountEvenForAnonymousCallers() {
    Evaluation result = evaluate(getObject(Caller.anonymous()), policies()
        .resourcePolicy(policy("public", allowFor("*", "s3:GetObject", OBJECT)), ResourcePolicyKind.OTHER)
        .addRcpLevel(policy("NoAnonymous",
            "{'Effect':'Deny','Principal':'*','Action':'s3:*','Resource':'*',"
                + "'Condition':{'StringEquals':{'aws:PrincipalAccount':'anonymous'}}}")));

    assertThat(result.decision()).isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void rule1_4_rcp_doesNotApplyToResourcesOfTheManagementAccount() {
    Evaluation result = evaluate(getObject(userA()), policies()
        .identityPolicy(policy("admin", ALLOW_ALL))
        .addRcpLevel(policy("DenyAll", "{'Effect':'Deny','Principal':'*','Action':'*','Resource':'*'}"))
        .managementAccount(AccountId.of(A)));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
  }

  // Rule 1.5 -----------------------------------------------------------------------------------------------------

  @Test
  void sameAccount_identityPolicyAllows_resourcePolicySilent_allowed() {
    Evaluation result = evaluate(getObject(userA()), policies()
        .identityPolicy(policy("read", allow("s3:GetObject", BUCKET + "/*")))
        .resourcePolicy(policy("bucket", allowFor(B, "s3:PutObject", BUCKET + "/*")), ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(result.reason()).contains("rule 1.5");
  }

  @Test
  void sameAccount_resourcePolicyNamingTheUserAllows_noIdentityPolicy_allowed() {
    Evaluation result = evaluate(getObject(userA()), policies()
        .resourcePolicy(policy("bucket", allowFor(USER_A, "s3:GetObject", BUCKET + "/*")), ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void sameAccount_trustPolicyNamingTheCallersRoleArn_allowsWithoutIdentityPolicy() {
    String roleX = "arn:aws:iam::" + A + ":role/X";
    Evaluation result = evaluate(request(roleA(), "sts:AssumeRole", roleX), policies()
        .trustPolicy("X-trust", Fixtures.statements(Fixtures.trust(ROLE_A))));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void sameAccount_trustPolicyNamingOnlyTheAccount_needsIdentityAllow() {
    String roleX = "arn:aws:iam::" + A + ":role/X";
    Request request = request(roleA(), "sts:AssumeRole", roleX);
    Policies.Builder trustOnly = policies().trustPolicy("X-trust", Fixtures.statements(Fixtures.trust(A)));

    Evaluation withoutIdentity = evaluate(request, trustOnly);
    Evaluation withIdentity = evaluate(request, trustOnly.identityPolicy(policy("assume",
        allow("sts:AssumeRole", roleX))));

    assertThat(withoutIdentity.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(withoutIdentity.reason()).contains("names only the account, which delegates to IAM");
    assertThat(withIdentity.decision()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void sameAccount_trustPolicyNamingTheAccountRootArn_needsIdentityAllow() {
    String roleX = "arn:aws:iam::" + A + ":role/X";
    Evaluation result = evaluate(request(roleA(), "sts:AssumeRole", roleX), policies()
        .trustPolicy("X-trust", Fixtures.statements(Fixtures.trust("arn:aws:iam::" + A + ":root"))));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void sameAccount_trustPolicyWithoutMatchingStatement_deniesEvenWhenIdentityAllows() {
    String roleX = "arn:aws:iam::" + A + ":role/X";
    Evaluation result = evaluate(request(roleA(), "sts:AssumeRole", roleX), policies()
        .identityPolicy(policy("admin", ALLOW_ALL))
        .trustPolicy("X-trust", Fixtures.statements(Fixtures.trust(B))));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason()).startsWith("same account: the role trust policy has no statement that allows");
  }

  @Test
  void sameAccount_kmsKeyPolicyWithoutMatchingStatement_deniesEvenWhenIdentityAllows() {
    String key = "arn:aws:kms:us-east-1:" + A + ":key/1234abcd-12ab-34cd-56ef-1234567890ab";
    Evaluation result = evaluate(request(roleA(), "kms:Decrypt", key), policies()
        .identityPolicy(policy("admin", ALLOW_ALL))
        .keyPolicy("key", Fixtures.statements(allowFor("arn:aws:iam::" + A + ":role/Other", "kms:*", "*"))));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason()).contains("KMS key policy");
  }

  @Test
  void sameAccount_kmsKeyPolicyNamingTheAccount_delegatesToIdentityPolicies() {
    String key = "arn:aws:kms:us-east-1:" + A + ":key/1234abcd-12ab-34cd-56ef-1234567890ab";
    Policies.Builder keyPolicy = policies()
        .keyPolicy("default key policy", Fixtures.statements(allowFor("arn:aws:iam::" + A + ":root", "kms:*", "*")));

    assertThat(evaluate(request(roleA(), "kms:Decrypt", key), keyPolicy).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(evaluate(request(roleA(), "kms:Decrypt", key),
        keyPolicy.identityPolicy(policy("decrypt", allow("kms:Decrypt", key)))).decision())
        .isEqualTo(Decision.ALLOWED);
  }

  // Rule 1.6 -----------------------------------------------------------------------------------------------------

  @Test
  void sameAccount_resourcePolicyNamingTheAccount_withoutIdentityAllow_implicitDeny() {
    Evaluation result = evaluate(getObject(userA()), policies()
        .resourcePolicy(policy("bucket", allowFor(A, "s3:GetObject", BUCKET + "/*")), ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason()).contains("delegates to IAM");
  }

  @Test
  void sameAccount_resourcePolicyNamingTheAccountRootArn_doesNotMeanOnlyTheRootUser() {
    Evaluation result = evaluate(getObject(userA()), policies()
        .identityPolicy(policy("read", allow("s3:GetObject", "*")))
        .resourcePolicy(policy("bucket", allowFor("arn:aws:iam::" + A + ":root", "s3:GetObject", "*")),
            ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(result.statements().get(0).reason()).contains("the account");
  }

  // Rule 1.7 -----------------------------------------------------------------------------------------------------

  @Test
  void crossAccount_identityAllowsResourcePolicyNamesCaller_allowed() {
    Evaluation result = evaluate(getObjectInAccount(roleA(), B), policies()
        .identityPolicy(policy("read", allow("s3:GetObject", BUCKET + "/*")))
        .resourcePolicy(policy("bucket", allowFor(ROLE_A, "s3:GetObject", BUCKET + "/*")), ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(result.reason()).startsWith("cross-account");
  }

  @Test
  void crossAccount_identityAllowsOnly_implicitDeny() {
    Evaluation result = evaluate(getObjectInAccount(roleA(), B), policies()
        .identityPolicy(policy("read", allow("s3:GetObject", "*")))
        .resourcePolicy(policy("bucket", allowFor("arn:aws:iam::" + B + ":role/Other", "s3:GetObject", "*")),
            ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason())
        .isEqualTo("cross-account: identity side allows, resource side has no matching statement (rule 1.7)");
  }

  @Test
  void crossAccount_noResourcePolicy_implicitDeny() {
    Evaluation result = evaluate(getObjectInAccount(roleA(), B), policies()
        .identityPolicy(policy("read", allow("s3:GetObject", "*"))));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason()).startsWith("cross-account: the resource has no resource policy");
  }

  @Test
  void crossAccount_resourcePolicyAllowsOnly_implicitDeny() {
    Evaluation result = evaluate(getObjectInAccount(roleA(), B), policies()
        .resourcePolicy(policy("bucket", allowFor(ROLE_A, "s3:GetObject", "*")), ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason()).contains("no identity policy allows");
  }

  @Test
  void crossAccount_resourcePolicyNamingTheCallersAccountRoot_isEnoughOnTheResourceSide() {
    Evaluation result = evaluate(getObjectInAccount(roleA(), B), policies()
        .identityPolicy(policy("read", allow("s3:GetObject", "*")))
        .resourcePolicy(policy("bucket", allowFor("arn:aws:iam::" + A + ":root", "s3:GetObject", "*")),
            ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void crossAccount_resourcePolicyNamingTheSessionArn_stillNeedsTheIdentitySide() {
    Evaluation result = evaluate(getObjectInAccount(roleA(), B), policies()
        .resourcePolicy(policy("bucket", allowFor("arn:aws:sts::" + A + ":assumed-role/MyRoleA/sess",
            "s3:GetObject", "*")), ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
  }

  // Rule 1.8 -----------------------------------------------------------------------------------------------------

  private static final String NARROW_BOUNDARY = allow("ec2:*", "*");

  @Test
  void sameAccount_resourcePolicyNamesUserArn_notLimitedByBoundaryImplicitDeny() {
    Evaluation result = evaluate(getObject(userA()), policies()
        .permissionsBoundary(policy("boundary", NARROW_BOUNDARY))
        .resourcePolicy(policy("bucket", allowFor(USER_A, "s3:GetObject", "*")), ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(result.reason()).contains("names the IAM user ARN");
  }

  @Test
  void sameAccount_resourcePolicyNamesRoleArn_limitedByBoundaryImplicitDeny() {
    Evaluation result = evaluate(getObject(roleA()), policies()
        .identityPolicy(policy("admin", ALLOW_ALL))
        .permissionsBoundary(policy("boundary", NARROW_BOUNDARY))
        .resourcePolicy(policy("bucket", allowFor(ROLE_A, "s3:GetObject", "*")), ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason()).contains("permissions boundary has no matching Allow");
  }

  @Test
  void sameAccount_resourcePolicyNamesRoleArn_limitedBySessionPolicyImplicitDeny() {
    Evaluation result = evaluate(getObject(roleA()), policies()
        .sessionPolicy(policy("session", NARROW_BOUNDARY))
        .resourcePolicy(policy("bucket", allowFor(ROLE_A, "s3:GetObject", "*")), ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason()).contains("no session policy allows");
  }

  @Test
  void sameAccount_resourcePolicyNamesRoleArn_noIdentityPolicyNeeded() {
    Evaluation result = evaluate(getObject(roleA()), policies()
        .resourcePolicy(policy("bucket", allowFor(ROLE_A, "s3:GetObject", "*")), ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void sameAccount_resourcePolicyNamesSessionArn_notLimitedByBoundaryOrSessionPolicy() {
    Evaluation result = evaluate(getObject(roleA()), policies()
        .permissionsBoundary(policy("boundary", NARROW_BOUNDARY))
        .sessionPolicy(policy("session", NARROW_BOUNDARY))
        .resourcePolicy(policy("bucket", allowFor("arn:aws:sts::" + A + ":assumed-role/MyRoleA/sess",
            "s3:GetObject", "*")), ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(result.reason()).contains("names the session ARN");
  }

  @Test
  void sameAccount_resourcePolicyNamesFederatedUserArn_notLimitedEvenWithoutSessionPolicy() {
    Caller federated = Caller.federatedUser(Fixtures.arn("arn:aws:sts::" + A + ":federated-user/bob"));
    Evaluation result = evaluate(getObject(federated), policies()
        .resourcePolicy(policy("bucket", allowFor("arn:aws:sts::" + A + ":federated-user/bob", "s3:GetObject",
            "*")), ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void sameAccount_resourcePolicyNamesTheUserWhoFederated_limitedBySessionPolicy() {
    Caller federated = Caller.federatedUser(Fixtures.arn("arn:aws:sts::" + A + ":federated-user/bob"))
        .withParentUser(Fixtures.arn(USER_A));
    Policies.Builder bucket = policies()
        .resourcePolicy(policy("bucket", allowFor(USER_A, "s3:GetObject", "*")), ResourcePolicyKind.OTHER);

    assertThat(evaluate(getObject(federated), bucket.sessionPolicy(policy("session", NARROW_BOUNDARY)))
        .decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(evaluate(getObject(federated), bucket.sessionPolicy(policy("session2", allow("s3:*", "*"))))
        .decision()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void sameAccount_resourcePolicyForStar_grantsSameAccountUsersAndRolesWithoutIdentityPolicy() {
    Evaluation result = evaluate(getObject(userA()), policies()
        .resourcePolicy(policy("bucket", allowFor("*", "s3:GetObject", "*")), ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void crossAccount_boundaryImplicitDenyAlwaysBlocks_evenForAGrantToTheSession() {
    Evaluation result = evaluate(getObjectInAccount(roleA(), B), policies()
        .identityPolicy(policy("admin", ALLOW_ALL))
        .permissionsBoundary(policy("boundary", NARROW_BOUNDARY))
        .resourcePolicy(policy("bucket", allowFor("arn:aws:sts::" + A + ":assumed-role/MyRoleA/sess",
            "s3:GetObject", "*")), ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason()).contains("permissions boundary");
  }

  // Rule 1.9 -----------------------------------------------------------------------------------------------------

  @Test
  void sessionPolicy_intersectsWithIdentityPolicies() {
    Policies.Builder admin = policies().identityPolicy(policy("admin", ALLOW_ALL));

    assertThat(evaluate(getObject(roleA()), admin.sessionPolicy(policy("ec2", NARROW_BOUNDARY))).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(evaluate(getObject(roleA()), admin.sessionPolicy(policy("s3", allow("s3:*", "*")))).decision())
        .isEqualTo(Decision.ALLOWED);
  }

  @Test
  void sessionPolicy_grantsNothingByItself() {
    Evaluation result = evaluate(getObject(roleA()), policies()
        .identityPolicy(policy("ec2", NARROW_BOUNDARY))
        .sessionPolicy(policy("s3", allow("s3:*", "*"))));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void sessionPolicy_roleSessionWithNone_isNotLimited() {
    assertThat(evaluate(getObject(roleA()), policies().identityPolicy(policy("admin", ALLOW_ALL))).decision())
        .isEqualTo(Decision.ALLOWED);
  }

  @Test
  void sessionPolicy_federatedUserWithNone_hasNoPermissions() {
    Caller federated = Caller.federatedUser(Fixtures.arn("arn:aws:sts::" + A + ":federated-user/bob"));

    Evaluation result = evaluate(getObject(federated), policies().identityPolicy(policy("admin", ALLOW_ALL)));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason()).contains("federated user session without a session policy");
  }

  @Test
  void sessionPolicy_severalSessionPolicies_anyOneAllowing_isEnough() {
    Evaluation result = evaluate(getObject(roleA()), policies()
        .identityPolicy(policy("admin", ALLOW_ALL))
        .sessionPolicy(policy("ec2", NARROW_BOUNDARY))
        .sessionPolicy(policy("s3", allow("s3:GetObject", "*"))));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void sessionPolicy_doesNotApplyToIamUsers() {
    Evaluation result = evaluate(getObject(userA()), policies()
        .identityPolicy(policy("admin", ALLOW_ALL))
        .sessionPolicy(policy("ec2", NARROW_BOUNDARY)));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(result.notes()).anyMatch(n -> n.startsWith("session policies apply only"));
  }

  // Rule 1.10 ----------------------------------------------------------------------------------------------------

  @Test
  void permissionsBoundary_intersectsWithIdentityPolicies() {
    Policies.Builder admin = policies().identityPolicy(policy("admin", ALLOW_ALL));

    assertThat(evaluate(getObject(userA()), admin.permissionsBoundary(policy("b", NARROW_BOUNDARY))).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(evaluate(getObject(userA()), admin.permissionsBoundary(policy("b", allow("s3:*", "*"))))
        .decision()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void permissionsBoundary_grantsNothingByItself() {
    assertThat(evaluate(getObject(userA()), policies().permissionsBoundary(policy("b", ALLOW_ALL))).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void permissionsBoundary_resourcePolicyDenyWithNotPrincipal_alwaysDeniesAPrincipalWithABoundary() {
    String notPrincipalDeny = "{'Effect':'Deny','NotPrincipal':{'AWS':['arn:aws:iam::" + A + ":root','"
        + USER_A + "']},'Action':'s3:*','Resource':'*'}";
    Policies.Builder policies = policies()
        .identityPolicy(policy("admin", ALLOW_ALL))
        .resourcePolicy(policy("bucket", notPrincipalDeny), ResourcePolicyKind.OTHER);

    assertThat(evaluate(getObject(userA()), policies).decision()).isEqualTo(Decision.ALLOWED);
    Evaluation withBoundary = evaluate(getObject(userA()), policies.permissionsBoundary(policy("b", ALLOW_ALL)));
    assertThat(withBoundary.decision()).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(withBoundary.explain()).contains("always applies to a caller with a permissions boundary");
  }

  // Rule 1.11 ----------------------------------------------------------------------------------------------------

  @Test
  void anonymous_resourcePolicyForStar_allowed() {
    assertThat(evaluate(getObject(Caller.anonymous()), policies()
        .resourcePolicy(policy("public", "{'Effect':'Allow','Principal':'*','Action':'s3:GetObject',"
            + "'Resource':'" + BUCKET + "/*'}"), ResourcePolicyKind.OTHER)).decision())
        .isEqualTo(Decision.ALLOWED);
  }

  @Test
  void anonymous_resourcePolicyForAwsStar_allowed() {
    assertThat(evaluate(getObject(Caller.anonymous()), policies()
        .resourcePolicy(policy("public", allowFor("*", "s3:GetObject", "*")), ResourcePolicyKind.OTHER))
        .decision()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void anonymous_notPrincipalWithAllow_grantsAnonymousCallers() {
    assertThat(evaluate(getObject(Caller.anonymous()), policies()
        .resourcePolicy(policy("bucket", "{'Effect':'Allow','NotPrincipal':{'AWS':'" + USER_A + "'},"
            + "'Action':'s3:GetObject','Resource':'*'}"), ResourcePolicyKind.OTHER)).decision())
        .isEqualTo(Decision.ALLOWED);
  }

  @Test
  void anonymous_resourcePolicyNamingAnAccount_doesNotMatch() {
    Evaluation result = evaluate(getObject(Caller.anonymous()), policies()
        .resourcePolicy(policy("bucket", allowFor(A, "s3:GetObject", "*")), ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason()).contains("anonymous");
  }

  @Test
  void anonymous_identityPoliciesAndScpsDoNotApply() {
    Evaluation result = evaluate(getObject(Caller.anonymous()), policies()
        .identityPolicy(policy("admin", ALLOW_ALL))
        .addScpLevel(policy("DenyAll", deny("*", "*"))));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.statements()).isEmpty();
    assertThat(result.notes()).hasSize(2);
  }

  // Rule 1.12 ----------------------------------------------------------------------------------------------------

  @Test
  void servicePrincipal_onlyAResourcePolicyNamingTheServiceGrants() {
    Caller cloudtrail = Caller.service("cloudtrail.amazonaws.com");
    String putLogs = "{'Effect':'Allow','Principal':{'Service':'cloudtrail.amazonaws.com'},'Action':'s3:PutObject',"
        + "'Resource':'" + BUCKET + "/AWSLogs/*'}";
    Request request = request(cloudtrail, "s3:PutObject", BUCKET + "/AWSLogs/" + A + "/x.json.gz");

    assertThat(evaluate(request, policies().identityPolicy(policy("admin", ALLOW_ALL))).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
    Evaluation allowed = evaluate(request, policies().resourcePolicy(policy("bucket", putLogs),
        ResourcePolicyKind.OTHER));
    assertThat(allowed.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(allowed.reason()).startsWith("service principal");
  }

  @Test
  void servicePrincipal_otherServiceNamed_implicitDeny() {
    Request request = request(Caller.service("config.amazonaws.com"), "s3:PutObject", OBJECT);

    assertThat(evaluate(request, policies().resourcePolicy(policy("bucket",
        "{'Effect':'Allow','Principal':{'Service':'cloudtrail.amazonaws.com'},'Action':'s3:PutObject',"
            + "'Resource':'*'}"), ResourcePolicyKind.OTHER)).decision()).isEqualTo(Decision.IMPLICIT_DENY);
  }

  // Rule 1.13 ----------------------------------------------------------------------------------------------------

  @Test
  void getCallerIdentity_allowedForAuthenticatedCallers_evenUnderExplicitDeny() {
    Evaluation result = evaluate(request(roleA(), "sts:GetCallerIdentity", "*"), policies()
        .identityPolicy(policy("denyAll", deny("*", "*")))
        .addScpLevel(policy("DenyAll", deny("*", "*"))));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(result.reason()).contains("rule 1.13");
  }

  @Test
  void getCallerIdentity_actionNameIsCaseInsensitive() {
    assertThat(evaluate(request(userA(), "STS:getcalleridentity", "*"), policies()).decision())
        .isEqualTo(Decision.ALLOWED);
  }

  @Test
  void getCallerIdentity_anonymous_isNotSpecialCased() {
    assertThat(evaluate(request(Caller.anonymous(), "sts:GetCallerIdentity", "*"), policies()).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  // Rule 1.14 ----------------------------------------------------------------------------------------------------

  @Test
  void rootUser_hasFullAccessInItsAccount_withoutAnyPolicy() {
    Evaluation result = evaluate(getObject(Caller.root(AccountId.of(A), Partition.AWS)), policies());

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(result.reason()).contains("rule 1.14");
  }

  @Test
  void rootUser_resourcePolicyDeny_applies() {
    Evaluation result = evaluate(getObject(Caller.root(AccountId.of(A), Partition.AWS)), policies()
        .resourcePolicy(policy("bucket", "{'Effect':'Deny','Principal':'*','Action':'s3:*','Resource':'*'}"),
            ResourcePolicyKind.OTHER));

    assertThat(result.decision()).isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void rootUser_crossAccount_needsTheResourcePolicy() {
    Caller root = Caller.root(AccountId.of(A), Partition.AWS);

    assertThat(evaluate(getObjectInAccount(root, B), policies()).decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(evaluate(getObjectInAccount(root, B), policies()
        .resourcePolicy(policy("bucket", allowFor(A, "s3:GetObject", "*")), ResourcePolicyKind.OTHER)).decision())
        .isEqualTo(Decision.ALLOWED);
  }

  @Test
  void rootUser_cannotAssumeARole_evenWhenTheTrustPolicyNamesTheAccount() {
    Evaluation result = evaluate(request(Caller.root(AccountId.of(A), Partition.AWS), "sts:AssumeRole", ROLE_B),
        policies().trustPolicy("trust", Fixtures.statements(Fixtures.trust(A))));

    assertThat(result.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(result.reason()).startsWith("the root user cannot call sts:AssumeRole");
  }

  @Test
  void rootUser_identityPoliciesDoNotApply() {
    Evaluation result = evaluate(getObject(Caller.root(AccountId.of(A), Partition.AWS)), policies()
        .identityPolicy(policy("deny", deny("*", "*"))));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(result.notes()).anyMatch(n -> n.contains("root user"));
  }

  // Rule 1.15 is the fail-closed rule: FailClosedTest.
  // The cross-account role assumption hop of section 2: RoleTrustTest and DatabricksScenariosTest.

  @Test
  void crossAccount_roleBInAnotherAccount_isDecidedByBothSides() {
    Request request = request(roleA(), "sts:AssumeRole", ROLE_B);
    Evaluation result = evaluate(request, policies()
        .identityPolicy(policy("assume", allow("sts:AssumeRole", ROLE_B)))
        .trustPolicy("trust", Fixtures.statements(Fixtures.trust(ROLE_A))));

    assertThat(result.decision()).isEqualTo(Decision.ALLOWED);
  }
}
