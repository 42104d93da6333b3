package io.iamkit.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import org.junit.jupiter.api.Test;

class LintContextTest {
  @Test
  void none_knowsNothing() {
    assertThat(LintContext.NONE.roleArn()).isEmpty();
    assertThat(LintContext.NONE.account()).isEmpty();
    assertThat(LintContext.NONE.externalId()).isEmpty();
    assertThat(LintContext.NONE.unityCatalog()).isFalse();
    assertThat(LintContext.NONE.sizeLimit()).isEmpty();
  }

  @Test
  void account_defaultsToTheRoleArnsAccount() {
    LintContext context = LintContext.forRole(Arn.parse("arn:aws:iam::123456789012:role/r"));

    assertThat(context.account()).contains(AccountId.of("123456789012"));
  }

  @Test
  void account_givenExplicitly_winsOverTheRoleArn() {
    LintContext context = LintContext.builder()
        .roleArn(Arn.parse("arn:aws:iam::123456789012:role/r"))
        .account(AccountId.of("210987654321"))
        .build();

    assertThat(context.account()).contains(AccountId.of("210987654321"));
  }
}
