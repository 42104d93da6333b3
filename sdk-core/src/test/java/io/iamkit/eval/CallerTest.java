package io.iamkit.eval;

import static io.iamkit.eval.Fixtures.A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallerTest {

  @Test
  void parse_userArn_isAnIamUser() {
    Caller caller = Caller.parse("arn:aws:iam::" + A + ":user/alice");

    assertThat(caller.kind()).isEqualTo(Caller.Kind.IAM_USER);
    assertThat(caller.account()).contains(AccountId.of(A));
    assertThat(caller.userName()).contains("alice");
    assertThat(caller).hasToString("arn:aws:iam::" + A + ":user/alice");
  }

  @Test
  void parse_plainRoleArn_isASessionNamedIamkit() {
    Caller caller = Caller.parse("arn:aws:iam::" + A + ":role/MyRoleA");

    assertThat(caller.kind()).isEqualTo(Caller.Kind.ROLE_SESSION);
    assertThat(caller.sessionName()).contains(Caller.DEFAULT_SESSION_NAME);
    assertThat(caller.arn().orElseThrow()).hasToString("arn:aws:sts::" + A + ":assumed-role/MyRoleA/iamkit");
    assertThat(caller.principalArn().orElseThrow()).hasToString("arn:aws:iam::" + A + ":role/MyRoleA");
  }

  @Test
  void parse_assumedRoleArn_isThatSessionOfTheRoleWithoutPath() {
    Caller caller = Caller.parse("arn:aws:sts::" + A + ":assumed-role/MyRoleA/my-session");

    assertThat(caller).isEqualTo(Caller.roleSession(Fixtures.arn("arn:aws:iam::" + A + ":role/MyRoleA"),
        "my-session"));
    assertThat(caller.roleArn().orElseThrow()).hasToString("arn:aws:iam::" + A + ":role/MyRoleA");
  }

  @Test
  void parse_rootFederatedServiceAnonymous() {
    assertThat(Caller.parse("arn:aws:iam::" + A + ":root")).isEqualTo(Caller.root(AccountId.of(A), Partition.AWS));
    assertThat(Caller.parse("arn:aws-us-gov:sts::" + A + ":federated-user/bob").kind())
        .isEqualTo(Caller.Kind.FEDERATED_USER);
    assertThat(Caller.parse("s3.amazonaws.com").kind()).isEqualTo(Caller.Kind.SERVICE);
    assertThat(Caller.parse("anonymous")).isSameAs(Caller.anonymous());
    assertThat(Caller.anonymous().account()).isEmpty();
    assertThat(Caller.anonymous().isAuthenticated()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "arn:aws:iam::" + A + ":group/admins",
    "arn:aws:iam::" + A + ":role/*",
    "arn:aws:iam::12345:user/alice",
    "arn:aws:iam::" + A + ":user/",
    "arn:aws:sts::" + A + ":assumed-role/OnlyRole",
    "arn:aws:s3:::bucket",
    "arn:aws:iam:us-east-1:" + A + ":user/alice",
    "arn:aws-xx:iam::" + A + ":user/alice",
    "S3.AMAZONAWS.COM",
    "alice",
    "",
  })
  void parse_somethingElse_isRefused(String text) {
    assertThatThrownBy(() -> Caller.parse(text)).isInstanceOf(PolicyValidationException.class);
  }

  @Test
  void roleSession_sessionNameMustBeValid() {
    assertThatThrownBy(() -> Fixtures.session(Fixtures.ROLE_A, "has space"))
        .isInstanceOf(PolicyValidationException.class)
        .hasMessageContaining("sessionName");
  }

  @Test
  void withUniqueId_mustFitTheKind() {
    assertThatThrownBy(() -> Fixtures.userA().withUniqueId("AROAJQABLZS4A3QDU576Q"))
        .isInstanceOf(PolicyValidationException.class);
    assertThatThrownBy(() -> Caller.anonymous().withUniqueId("AIDAJQABLZS4A3QDU576Q"))
        .isInstanceOf(PolicyValidationException.class);
    assertThat(Fixtures.roleA().withUniqueId("AROAJQABLZS4A3QDU576Q").uniqueId()).contains("AROAJQABLZS4A3QDU576Q");
  }

  @Test
  void withParentUser_onlyForFederatedUsersOfTheSameAccount() {
    Caller federated = Caller.parse("arn:aws:sts::" + A + ":federated-user/bob");

    assertThat(federated.withParentUser(Fixtures.arn(Fixtures.USER_A)).parentUser()).isPresent();
    assertThatThrownBy(() -> federated.withParentUser(Fixtures.arn("arn:aws:iam::222222222222:user/x")))
        .isInstanceOf(PolicyValidationException.class);
    assertThatThrownBy(() -> Fixtures.userA().withParentUser(Fixtures.arn(Fixtures.USER_A)))
        .isInstanceOf(PolicyValidationException.class);
  }
}
