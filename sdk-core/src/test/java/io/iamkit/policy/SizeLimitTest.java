package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** IAM quotas on policy size, in characters not counting whitespace. */
class SizeLimitTest {
  /** The Databricks trust policy, padded with an Id to exactly {@code size} characters. */
  static PolicyDocument trustPolicyOfSize(int size) {
    PolicyDocument trust = PolicyDocument.of(
        Statement.allowAssumeRoleBy(Principal.aws("414351767826"), ExternalId.of("YOUR_EXTERNAL_ID"))).withId("");
    PolicyDocument padded = trust.withId("x".repeat(size - PolicySize.of(trust)));
    assertThat(PolicySize.of(padded)).isEqualTo(size);
    return padded;
  }

  @Test
  void constants_haveIamsQuotas() {
    assertThat(SizeLimit.MANAGED_POLICY).hasToString("a customer managed policy (6144 characters)");
    assertThat(SizeLimit.ROLE_INLINE_POLICIES).hasToString("the inline policies of a role (10240 characters)");
    assertThat(SizeLimit.USER_INLINE_POLICIES).hasToString("the inline policies of a user (2048 characters)");
    assertThat(SizeLimit.GROUP_INLINE_POLICIES).hasToString("the inline policies of a group (5120 characters)");
    assertThat(SizeLimit.S3_BUCKET_POLICY).hasToString("an S3 bucket policy (20480 characters)");
    assertThat(SizeLimit.ROLE_TRUST_POLICY).hasToString("a role trust policy (2048 characters)");
    assertThat(SizeLimit.ROLE_TRUST_POLICY.kind()).isEqualTo("a role trust policy");
    assertThat(SizeLimit.ROLE_TRUST_POLICY.characters()).isEqualTo(2048);
  }

  @Test
  void check_trustPolicyOverTheDefaultQuota_reportsSizeLimitAndExcess() {
    SizeCheck check = SizeLimit.ROLE_TRUST_POLICY.check(trustPolicyOfSize(2310));

    assertThat(check.size()).isEqualTo(2310);
    assertThat(check.limit()).isEqualTo(SizeLimit.ROLE_TRUST_POLICY);
    assertThat(check.exceeded()).isTrue();
    assertThat(check).hasToString("2,310 of 2,048 characters for a role trust policy (over by 262)");
  }

  @Test
  void check_exactlyAtTheLimit_isWithin() {
    SizeCheck check = SizeLimit.ROLE_TRUST_POLICY.check(trustPolicyOfSize(2048));

    assertThat(check.exceeded()).isFalse();
    assertThat(check).hasToString("2,048 of 2,048 characters for a role trust policy");
    assertThat(SizeLimit.ROLE_TRUST_POLICY.check(trustPolicyOfSize(2049)))
        .hasToString("2,049 of 2,048 characters for a role trust policy (over by 1)");
  }

  @Test
  void check_message_doesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);

      assertThat(SizeLimit.ROLE_TRUST_POLICY.check(trustPolicyOfSize(2310)))
          .hasToString("2,310 of 2,048 characters for a role trust policy (over by 262)");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void check_severalInlinePolicies_countsThemTogether() {
    // IAM: the inline policies of one role may hold 10,240 characters together.
    PolicyDocument first = trustPolicyOfSize(4000);
    PolicyDocument second = trustPolicyOfSize(3500);
    PolicyDocument third = trustPolicyOfSize(3000);

    SizeCheck check = SizeLimit.ROLE_INLINE_POLICIES.check(first, second, third);

    assertThat(check.size()).isEqualTo(10500);
    assertThat(check).hasToString("10,500 of 10,240 characters for the inline policies of a role (over by 260)");
    assertThat(SizeLimit.ROLE_INLINE_POLICIES.check(first, second))
        .hasToString("7,500 of 10,240 characters for the inline policies of a role");
  }

  @Test
  void roleTrustPolicy_raisedQuota_isUsedInsteadOfTheDefault() {
    SizeLimit raised = SizeLimit.roleTrustPolicy(4096);

    SizeCheck check = raised.check(trustPolicyOfSize(2310));

    assertThat(check.exceeded()).isFalse();
    assertThat(check.requireWithin()).isSameAs(check);
    assertThat(check).hasToString("2,310 of 4,096 characters for a role trust policy");
    assertThat(raised).hasToString("a role trust policy (4096 characters)");
    assertThat(SizeLimit.roleTrustPolicy(2048)).isEqualTo(SizeLimit.ROLE_TRUST_POLICY);
  }

  @Test
  void roleTrustPolicy_outsideTheRangeIamAllows_isRefused() {
    assertThat(SizeLimit.roleTrustPolicy(8192).characters()).isEqualTo(8192);
    assertThatThrownBy(() -> SizeLimit.roleTrustPolicy(2047))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A role trust policy quota is between 2048 and 8192 characters, not 2047");
    assertThatThrownBy(() -> SizeLimit.roleTrustPolicy(8193))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A role trust policy quota is between 2048 and 8192 characters, not 8193");
  }

  @Test
  void requireWithin_overTheLimit_throwsPolicySizeException() {
    SizeCheck check = SizeLimit.ROLE_TRUST_POLICY.check(trustPolicyOfSize(2310));

    assertThatThrownBy(check::requireWithin)
        .isInstanceOf(PolicySizeException.class)
        .isInstanceOf(PolicyValidationException.class)
        .hasMessage("PolicyDocument is over the IAM size limit: 2,310 of 2,048 characters for a role trust policy "
            + "(over by 262)")
        .satisfies(e -> assertThat(((PolicySizeException) e).check()).isSameAs(check));
  }

  @Test
  void requireWithin_namingTheDocument_saysWhichIsOver() {
    SizeCheck check = SizeLimit.ROLE_TRUST_POLICY.check(trustPolicyOfSize(2310));

    assertThatThrownBy(() -> check.requireWithin("Role MyRoleB trust policy"))
        .isInstanceOf(PolicySizeException.class)
        .hasMessage("Role MyRoleB trust policy is over the IAM size limit: 2,310 of 2,048 characters for a role "
            + "trust policy (over by 262)");
    SizeCheck raised = SizeLimit.roleTrustPolicy(4096).check(trustPolicyOfSize(2310));
    assertThat(raised.requireWithin("Role MyRoleB trust policy")).isSameAs(raised);
  }

  @Test
  void requireWithin_managedPolicyWithinTheLimit_returnsTheCheck() {
    SizeCheck check = SizeLimit.MANAGED_POLICY.check(trustPolicyOfSize(6144));

    assertThat(check.requireWithin()).isSameAs(check);
    assertThat(check).hasToString("6,144 of 6,144 characters for a customer managed policy");
  }
}
