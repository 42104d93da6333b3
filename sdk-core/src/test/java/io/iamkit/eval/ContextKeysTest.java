package io.iamkit.eval;

import static io.iamkit.eval.Fixtures.A;
import static io.iamkit.eval.Fixtures.ROLE_A;
import static io.iamkit.eval.Fixtures.USER_A;
import static io.iamkit.eval.Fixtures.roleA;
import static io.iamkit.eval.Fixtures.userA;
import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Partition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Section 5 of IAM-EVALUATION-RULES.md: the context keys AWS derives from the caller [KEYS]. */
class ContextKeysTest {
  private static final Caller ROOT = Caller.root(AccountId.of(A), Partition.AWS);
  private static final Caller FEDERATED =
      Caller.federatedUser(Fixtures.arn("arn:aws:sts::" + A + ":federated-user/bob"));

  private static List<String> key(Caller caller, String key) {
    return Request.of(caller, "s3:GetObject", "*").contextValues(key);
  }

  @Test
  void principalArn_isTheUserArn_theRoleArnForSessions_andTheRootArnForRoot() {
    assertThat(key(userA(), "aws:PrincipalArn")).containsExactly(USER_A);
    assertThat(key(roleA(), "aws:PrincipalArn")).containsExactly(ROLE_A);
    assertThat(key(ROOT, "aws:PrincipalArn")).containsExactly("arn:aws:iam::" + A + ":root");
    assertThat(key(FEDERATED, "aws:PrincipalArn")).containsExactly("arn:aws:sts::" + A + ":federated-user/bob");
    assertThat(key(Caller.anonymous(), "aws:PrincipalArn")).isEmpty();
    assertThat(key(Caller.service("s3.amazonaws.com"), "aws:PrincipalArn")).isEmpty();
  }

  @Test
  void principalAccount_isTheAccount_orAnonymous() {
    assertThat(key(roleA(), "aws:PrincipalAccount")).containsExactly(A);
    assertThat(key(ROOT, "aws:PrincipalAccount")).containsExactly(A);
    assertThat(key(Caller.anonymous(), "aws:PrincipalAccount")).containsExactly("anonymous");
  }

  @Test
  void userid_isTheUniqueId_roleIdColonSession_orTheAccountForRoot() {
    assertThat(key(userA().withUniqueId("AIDAJQABLZS4A3QDU576Q"), "aws:userid"))
        .containsExactly("AIDAJQABLZS4A3QDU576Q");
    assertThat(key(roleA().withUniqueId("AROAJQABLZS4A3QDU576Q"), "aws:userid"))
        .containsExactly("AROAJQABLZS4A3QDU576Q:sess");
    assertThat(key(ROOT, "aws:userid")).containsExactly(A);
    assertThat(key(FEDERATED, "aws:userid")).containsExactly(A + ":bob");
    assertThat(key(Caller.anonymous(), "aws:userid")).containsExactly("anonymous");
    assertThat(key(userA(), "aws:userid")).as("unique ID not given").isEmpty();
  }

  @Test
  void username_isPresentForIamUsersOnly() {
    assertThat(key(Caller.user(Fixtures.arn("arn:aws:iam::" + A + ":user/division/alice")), "aws:username"))
        .containsExactly("alice");
    assertThat(key(roleA(), "aws:username")).isEmpty();
    assertThat(key(ROOT, "aws:username")).isEmpty();
  }

  @Test
  void principalType_namesTheKindOfCaller() {
    assertThat(key(userA(), "aws:PrincipalType")).containsExactly("User");
    assertThat(key(roleA(), "aws:PrincipalType")).containsExactly("AssumedRole");
    assertThat(key(ROOT, "aws:PrincipalType")).containsExactly("Account");
    assertThat(key(FEDERATED, "aws:PrincipalType")).containsExactly("FederatedUser");
    assertThat(key(Caller.anonymous(), "aws:PrincipalType")).containsExactly("Anonymous");
  }

  @Test
  void principalIsAwsService_andServiceName() {
    assertThat(key(Caller.service("s3.amazonaws.com"), "aws:PrincipalIsAWSService")).containsExactly("true");
    assertThat(key(Caller.service("s3.amazonaws.com"), "aws:PrincipalServiceName"))
        .containsExactly("s3.amazonaws.com");
    assertThat(key(userA(), "aws:PrincipalIsAWSService")).containsExactly("false");
  }

  @Test
  void derivedKeys_areCaseInsensitive_andTheContextOverridesThem() {
    Request request = Request.of(roleA(), "s3:GetObject", "*")
        .withContext(RequestContext.of("AWS:PRINCIPALTAG/team", "data"));

    assertThat(request.contextValues("aws:principalarn")).containsExactly(ROLE_A);
    assertThat(request.contextValues("aws:PrincipalTag/Team")).containsExactly("data");
    assertThat(Request.of(roleA(), "s3:GetObject", "*")
        .withContext(RequestContext.of("aws:PrincipalArn", "arn:aws:iam::" + A + ":role/Given"))
        .contextValues("aws:PrincipalArn")).containsExactly("arn:aws:iam::" + A + ":role/Given");
  }

  @Test
  void derivedKeys_workInConditions() {
    String statement = "{'Effect':'Allow','Action':'s3:GetObject','Resource':'*','Condition':{"
        + "'StringEquals':{'aws:PrincipalType':'AssumedRole','aws:PrincipalAccount':'" + A + "'},"
        + "'ArnLike':{'aws:PrincipalArn':'arn:aws:iam::*:role/MyRole*'}}}";

    assertThat(Fixtures.evaluate(Request.of(roleA(), "s3:GetObject", "*"),
        Fixtures.policies().identityPolicy(Fixtures.policy("p", statement))).decision()).isEqualTo(Decision.ALLOWED);
    assertThat(Fixtures.evaluate(Request.of(userA(), "s3:GetObject", "*"),
        Fixtures.policies().identityPolicy(Fixtures.policy("p", statement))).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void otherGlobalKeys_areNotMadeUp() {
    Request request = Request.of(roleA(), "s3:GetObject", "*");

    assertThat(request.contextValues("aws:SecureTransport")).isEmpty();
    assertThat(request.contextValues("aws:CurrentTime")).isEmpty();
    assertThat(request.contextValues("aws:SourceIp")).isEmpty();
  }
}
