package io.iamkit.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.eval.CompiledPolicy;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyValidationException;
import io.iamkit.policy.json.PolicyReader;
import org.junit.jupiter.api.Test;

/** Building, changing and looking up an {@link AccountModel}. */
class AccountModelTest {
  static final PolicyDocument ALLOW_ALL = doc(
      "{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'*','Resource':'*'}]}");

  static PolicyDocument doc(String json) {
    return PolicyReader.strict().read(json.replace('\'', '"'));
  }

  private static AccountModel model() {
    return AccountModel.builder()
        .account("111111111111", a -> a
            .role("MyRoleA", r -> r.path("/service/").trustPolicy(doc("{'Version':'2012-10-17','Statement':"
                + "[{'Effect':'Allow','Principal':{'Service':'ec2.amazonaws.com'},'Action':'sts:AssumeRole'}]}"))
                .inlinePolicy("all", ALLOW_ALL).maxSessionDuration(7200).tag("team", "data"))
            .instanceProfile("web", "MyRoleA")
            .user("alice", u -> u.managedPolicy("arn:aws:iam::aws:policy/AdministratorAccess", ALLOW_ALL)))
        .account("222222222222", b -> b.bucket("acme-data", ALLOW_ALL).bucket("acme-logs"))
        .build();
  }

  @Test
  void lookups_findRolesByAccountAndName_usersProfilesAndBucketsByName() {
    AccountModel model = model();

    Role role = model.role(Arn.parse("arn:aws:iam::111111111111:role/MyRoleA")).orElseThrow();
    assertThat(role.arn()).hasToString("arn:aws:iam::111111111111:role/service/MyRoleA");
    assertThat(role.maxSessionDuration()).isEqualTo(7200);
    assertThat(role.tags()).containsEntry("team", "data");
    assertThat(model.role(Arn.parse("arn:aws:iam::222222222222:role/MyRoleA"))).isEmpty();
    assertThat(model.user(Arn.parse("arn:aws:iam::111111111111:user/alice")).orElseThrow().managedPolicies())
        .containsOnlyKeys("arn:aws:iam::aws:policy/AdministratorAccess");
    assertThat(model.instanceProfile(Arn.parse("arn:aws:iam::111111111111:instance-profile/web")).orElseThrow()
        .roleName()).isEqualTo("MyRoleA");
    assertThat(model.bucket("acme-logs").orElseThrow().account()).isEqualTo(AccountId.of("222222222222"));
    assertThat(model.bucket("acme-logs").orElseThrow().policy()).isEmpty();
  }

  @Test
  void toBuilder_changesOnlyWhatIsChanged() {
    AccountModel model = model();

    AccountModel changed = model.toBuilder()
        .account("111111111111", a -> a.role("MyRoleA", r -> r.removeInlinePolicy("all")))
        .build();

    assertThat(changed.role(Arn.parse("arn:aws:iam::111111111111:role/MyRoleA")).orElseThrow().inlinePolicies())
        .isEmpty();
    assertThat(changed.role(Arn.parse("arn:aws:iam::111111111111:role/MyRoleA")).orElseThrow().trustPolicy())
        .isPresent();
    assertThat(model.toBuilder().build()).isEqualTo(model);
    assertThat(changed).isNotEqualTo(model);
  }

  @Test
  void removeRole_alsoRemovesItsInstanceProfiles() {
    AccountModel model = model().toBuilder().account("111111111111", a -> a.removeRole("MyRoleA")).build();

    assertThat(model.account(AccountId.of("111111111111")).orElseThrow().instanceProfiles()).isEmpty();
  }

  @Test
  void build_bucketNameInTwoAccounts_isRefused_bucketNamesAreGlobal() {
    AccountModel.Builder builder = model().toBuilder().account("333333333333", c -> c.bucket("acme-data"));

    assertThatThrownBy(builder::build).isInstanceOf(PolicyValidationException.class)
        .hasMessageContaining("acme-data").hasMessageContaining("bucket names are global");
  }

  @Test
  void build_instanceProfileOfAnUnknownRole_isRefused() {
    AccountModel.Builder builder = AccountModel.builder().account("111111111111", a -> a.instanceProfile("p", "nope"));

    assertThatThrownBy(builder::build).isInstanceOf(PolicyValidationException.class)
        .hasMessage("InstanceProfile.roleName must name a role of the account 111111111111: \"nope\"");
  }

  @Test
  void role_maxSessionDurationOutsideOneTo12Hours_isRefused() {
    assertThatThrownBy(() -> AccountModel.builder().account("111111111111",
        a -> a.role("r", r -> r.maxSessionDuration(3599))))
        .isInstanceOf(PolicyValidationException.class)
        .hasMessage("Role.maxSessionDuration must be 3600 to 43200 seconds: \"3599\"");
    assertThatThrownBy(() -> AccountModel.builder().account("111111111111",
        a -> a.role("r", r -> r.maxSessionDuration(43201))))
        .isInstanceOf(PolicyValidationException.class);
  }

  @Test
  void names_thatIamRefuses_areRefused() {
    assertThatThrownBy(() -> AccountModel.builder().account("111111111111", a -> a.role("my role", r -> { })))
        .isInstanceOf(PolicyValidationException.class).hasMessageContaining("Role.name");
    assertThatThrownBy(() -> AccountModel.builder().account("111111111111", a -> a.bucket("Acme_Data")))
        .isInstanceOf(PolicyValidationException.class).hasMessageContaining("Bucket.name");
    assertThatThrownBy(() -> AccountModel.builder().account("111111111111", a -> a.role("r", r -> r.path("x/"))))
        .isInstanceOf(PolicyValidationException.class).hasMessageContaining("Role.path");
    assertThatThrownBy(() -> AccountModel.builder().account("111111111111", a -> a.organizationId("org-1")))
        .isInstanceOf(PolicyValidationException.class).hasMessageContaining("Account.organizationId");
    assertThatThrownBy(() -> AccountModel.builder().account("111111111111",
        a -> a.role("r", r -> r.tag("aws:team", "x"))))
        .isInstanceOf(PolicyValidationException.class).hasMessageContaining("Role.tag");
  }

  @Test
  void scpAndRcpLevels_areKeptInOrder() {
    CompiledPolicy root = CompiledPolicy.of("FullAWSAccess", ALLOW_ALL);
    CompiledPolicy ou = CompiledPolicy.of("OU", ALLOW_ALL);

    Account account = AccountModel.builder().account("111111111111", a -> a.addScpLevel(root).addScpLevel(ou)
        .addRcpLevel(ou)).build().account(AccountId.of("111111111111")).orElseThrow();

    assertThat(account.scpLevels()).containsExactly(java.util.List.of(root), java.util.List.of(ou));
    assertThat(account.rcpLevels()).containsExactly(java.util.List.of(ou));
  }
}
