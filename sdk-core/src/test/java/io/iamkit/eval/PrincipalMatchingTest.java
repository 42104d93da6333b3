package io.iamkit.eval;

import static io.iamkit.eval.Fixtures.A;
import static io.iamkit.eval.Fixtures.ROLE_A;
import static io.iamkit.eval.Fixtures.USER_A;
import static io.iamkit.eval.Fixtures.evaluate;
import static io.iamkit.eval.Fixtures.policies;
import static io.iamkit.eval.Fixtures.policy;
import static io.iamkit.eval.Fixtures.request;
import static io.iamkit.eval.Fixtures.roleA;
import static io.iamkit.eval.Fixtures.session;
import static io.iamkit.eval.Fixtures.userA;
import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Partition;
import org.junit.jupiter.api.Test;

/**
 * Section 3 of IAM-EVALUATION-RULES.md, "Principal / NotPrincipal", and the principal rules of section 2
 * (role-session principals, unique IDs). Bucket policies in the caller's account, so that only the principal
 * decides.
 */
class PrincipalMatchingTest {
  private static final String OBJECT = "arn:aws:s3:::bucket/key";

  private static Decision bucketPolicy(Caller caller, String principalJson) {
    String statement = "{'Effect':'Allow','Principal':" + principalJson + ",'Action':'s3:GetObject','Resource':'*'}";
    return evaluate(request(caller, "s3:GetObject", OBJECT),
        policies().resourcePolicy(policy("bucket", statement), ResourcePolicyKind.OTHER)).decision();
  }

  private static Decision bucketDeny(Caller caller, String notPrincipalJson) {
    String statements = "{'Effect':'Allow','Principal':'*','Action':'s3:GetObject','Resource':'*'},"
        + "{'Effect':'Deny','NotPrincipal':" + notPrincipalJson + ",'Action':'s3:*','Resource':'*'}";
    return evaluate(request(caller, "s3:GetObject", OBJECT),
        policies().resourcePolicy(policy("bucket", statements), ResourcePolicyKind.OTHER)).decision();
  }

  @Test
  void principal_starAndAwsStar_matchEveryoneIncludingAnonymous() {
    for (Caller caller : new Caller[] {userA(), roleA(), Caller.anonymous()}) {
      assertThat(bucketPolicy(caller, "'*'")).isEqualTo(Decision.ALLOWED);
      assertThat(bucketPolicy(caller, "{'AWS':'*'}")).isEqualTo(Decision.ALLOWED);
    }
  }

  @Test
  void principal_accountIdAndRootArn_bothNameTheWholeAccount() {
    Policies.Builder identity = policies().identityPolicy(policy("id", Fixtures.allow("s3:GetObject", "*")));
    for (String principal : new String[] {A, "arn:aws:iam::" + A + ":root"}) {
      String statement = Fixtures.allowFor(principal, "s3:GetObject", "*");
      for (Caller caller : new Caller[] {userA(), roleA(), Caller.root(AccountId.of(A), Partition.AWS)}) {
        assertThat(evaluate(request(caller, "s3:GetObject", OBJECT), identity.resourcePolicy(policy("b", statement),
            ResourcePolicyKind.OTHER)).decision()).as(principal + " / " + caller).isEqualTo(Decision.ALLOWED);
      }
    }
  }

  @Test
  void principal_rootArnOfAnotherPartition_doesNotMatch() {
    Policies.Builder identity = policies().identityPolicy(policy("id", Fixtures.allow("s3:GetObject", "*")));

    assertThat(evaluate(request(userA(), "s3:GetObject", OBJECT), identity.resourcePolicy(policy("b",
        Fixtures.allowFor("arn:aws-cn:iam::" + A + ":root", "s3:GetObject", "*")), ResourcePolicyKind.OTHER))
        .statements().get(0).outcome()).isEqualTo(StatementResult.Outcome.NOT_MATCHED);
  }

  @Test
  void principal_roleArn_matchesEverySessionOfTheRole() {
    assertThat(bucketPolicy(session(ROLE_A, "one"), "{'AWS':'" + ROLE_A + "'}")).isEqualTo(Decision.ALLOWED);
    assertThat(bucketPolicy(session(ROLE_A, "two"), "{'AWS':'" + ROLE_A + "'}")).isEqualTo(Decision.ALLOWED);
    assertThat(bucketPolicy(session("arn:aws:iam::" + A + ":role/Other", "one"), "{'AWS':'" + ROLE_A + "'}"))
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void principal_nameIsCaseSensitive() {
    // PRINC line 171: the user-name part is case-sensitive (SIM compares role and session case-insensitively).
    assertThat(bucketPolicy(roleA(), "{'AWS':'arn:aws:iam::" + A + ":role/myrolea'}"))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(bucketPolicy(userA(), "{'AWS':'arn:aws:iam::" + A + ":user/Alice'}"))
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void principal_sessionArn_matchesThatSessionOnly() {
    String sessionArn = "{'AWS':'arn:aws:sts::" + A + ":assumed-role/MyRoleA/one'}";

    assertThat(bucketPolicy(session(ROLE_A, "one"), sessionArn)).isEqualTo(Decision.ALLOWED);
    assertThat(bucketPolicy(session(ROLE_A, "two"), sessionArn)).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void principal_roleWithPath_matchesByItsFullArn_andItsSessionArnHasNoPath() {
    Caller caller = session("arn:aws:iam::" + A + ":role/team/data/MyRole", "run");

    assertThat(caller.arn().orElseThrow()).hasToString("arn:aws:sts::" + A + ":assumed-role/MyRole/run");
    assertThat(bucketPolicy(caller, "{'AWS':'arn:aws:iam::" + A + ":role/team/data/MyRole'}"))
        .isEqualTo(Decision.ALLOWED);
    assertThat(bucketPolicy(caller, "{'AWS':'arn:aws:iam::" + A + ":role/MyRole'}"))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(bucketPolicy(caller, "{'AWS':'arn:aws:sts::" + A + ":assumed-role/MyRole/run'}"))
        .isEqualTo(Decision.ALLOWED);
  }

  @Test
  void principal_userArn_matchesThatUserOnly() {
    assertThat(bucketPolicy(userA(), "{'AWS':'" + USER_A + "'}")).isEqualTo(Decision.ALLOWED);
    assertThat(bucketPolicy(Caller.user(Fixtures.arn("arn:aws:iam::" + A + ":user/bob")), "{'AWS':'" + USER_A + "'}"))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(bucketPolicy(roleA(), "{'AWS':'" + USER_A + "'}")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void principal_uniqueIds_matchTheEntityThatHasThem() {
    // Section 2: IAM stores principals as unique IDs; a recreated role shows its old ID (PRINC lines 106, 189).
    Caller role = roleA().withUniqueId("AROA3XFRBF23ABCDEFGHI");
    Caller user = userA().withUniqueId("AIDA3XFRBF23ABCDEFGHI");

    assertThat(bucketPolicy(role, "{'AWS':'AROA3XFRBF23ABCDEFGHI'}")).isEqualTo(Decision.ALLOWED);
    assertThat(bucketPolicy(user, "{'AWS':'AIDA3XFRBF23ABCDEFGHI'}")).isEqualTo(Decision.ALLOWED);
    assertThat(bucketPolicy(roleA(), "{'AWS':'AROA3XFRBF23ABCDEFGHI'}")).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(bucketPolicy(role, "{'AWS':'AROA3XFRBF23ZZZZZZZZZ'}")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void principal_service_matchesOnlyThatService() {
    assertThat(bucketPolicy(Caller.service("s3.amazonaws.com"), "{'Service':'s3.amazonaws.com'}"))
        .isEqualTo(Decision.ALLOWED);
    assertThat(bucketPolicy(Caller.service("s3.amazonaws.com"), "{'Service':['ec2.amazonaws.com']}"))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(bucketPolicy(userA(), "{'Service':'s3.amazonaws.com'}")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void principal_federatedProvider_neverMatchesTheModelledCallers() {
    assertThat(bucketPolicy(userA(), "{'Federated':'accounts.google.com'}")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void principal_severalTypes_anyOneMatches() {
    assertThat(bucketPolicy(userA(), "{'Service':'s3.amazonaws.com','AWS':['arn:aws:iam::" + A + ":user/bob','"
        + USER_A + "']}")).isEqualTo(Decision.ALLOWED);
  }

  // NotPrincipal ------------------------------------------------------------------------------------------------

  @Test
  void notPrincipalWithDeny_forASession_mustListTheAccountTheRoleAndTheSession() {
    String account = "'arn:aws:iam::" + A + ":root'";
    String role = "'" + ROLE_A + "'";
    String sessionArn = "'arn:aws:sts::" + A + ":assumed-role/MyRoleA/sess'";

    assertThat(bucketDeny(roleA(), "{'AWS':[" + role + "]}")).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(bucketDeny(roleA(), "{'AWS':[" + role + "," + sessionArn + "]}")).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(bucketDeny(roleA(), "{'AWS':[" + account + "," + sessionArn + "]}"))
        .isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(bucketDeny(roleA(), "{'AWS':[" + account + "," + role + "," + sessionArn + "]}"))
        .isEqualTo(Decision.ALLOWED);
  }

  @Test
  void notPrincipalWithDeny_forAUser_mustListTheAccountAndTheUser() {
    assertThat(bucketDeny(userA(), "{'AWS':'" + USER_A + "'}")).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(bucketDeny(userA(), "{'AWS':['" + A + "','" + USER_A + "']}")).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void notPrincipalWithDeny_deniesEveryoneNotListed_anonymousIncluded() {
    assertThat(bucketDeny(Caller.anonymous(), "{'AWS':['" + A + "','" + USER_A + "']}"))
        .isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(bucketDeny(Caller.user(Fixtures.arn("arn:aws:iam::" + A + ":user/bob")),
        "{'AWS':['" + A + "','" + USER_A + "']}")).isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void notPrincipalWithAllow_grantsEveryoneWhoIsNotListed() {
    String statement = "{'Effect':'Allow','NotPrincipal':{'AWS':'" + USER_A + "'},'Action':'s3:GetObject',"
        + "'Resource':'*'}";
    Policies.Builder policies = policies().resourcePolicy(policy("b", statement), ResourcePolicyKind.OTHER);

    assertThat(evaluate(request(roleA(), "s3:GetObject", OBJECT), policies).decision())
        .isEqualTo(Decision.ALLOWED);
    assertThat(evaluate(request(userA(), "s3:GetObject", OBJECT), policies).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void notPrincipalWithAllow_listingTheAccount_excludesEveryoneInIt() {
    String statement = "{'Effect':'Allow','NotPrincipal':{'AWS':'" + A + "'},'Action':'s3:GetObject',"
        + "'Resource':'*'}";

    assertThat(evaluate(request(roleA(), "s3:GetObject", OBJECT), policies().resourcePolicy(policy("b", statement),
        ResourcePolicyKind.OTHER)).decision()).isEqualTo(Decision.IMPLICIT_DENY);
  }
}
