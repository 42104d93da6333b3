package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import org.junit.jupiter.api.Test;

class AccountIdTest {

  @Test
  void of_twelveDigits_keepsTheDigits() {
    AccountId id = AccountId.of("414351767826");

    assertThat(id.value()).isEqualTo("414351767826");
    assertThat(id).hasToString("414351767826");
  }

  // An account ID is exactly 12 digits, leading zeros included.
  @Test
  void of_leadingZero_keepsAllTwelveDigits() {
    assertThat(AccountId.of("044793339203").value()).isEqualTo("044793339203");
  }

  @Test
  void of_elevenDigits_rejectsGivingTheCount() {
    assertThatThrownBy(() -> AccountId.of("44793339203"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("AccountId must be exactly 12 digits (got 11 digits): \"44793339203\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("AccountId", PolicyValidationException::element)
        .returns("", PolicyValidationException::field)
        .returns("44793339203", PolicyValidationException::value)
        .returns("must be exactly 12 digits (got 11 digits)", PolicyValidationException::reason);
  }

  @Test
  void of_thirteenDigits_rejectsGivingTheCount() {
    assertThatThrownBy(() -> AccountId.of("1234567890123"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("AccountId must be exactly 12 digits (got 13 digits): \"1234567890123\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("1234567890123", PolicyValidationException::value);
  }

  @Test
  void of_twelveCharactersWithALetter_rejectsNamingOtherCharacters() {
    assertThatThrownBy(() -> AccountId.of("12345678901a"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("AccountId must be exactly 12 digits (got characters other than digits): \"12345678901a\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("AccountId", PolicyValidationException::element)
        .returns("12345678901a", PolicyValidationException::value);
  }

  @Test
  void of_letters_rejects() {
    assertThatThrownBy(() -> AccountId.of("my-account"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("AccountId must be exactly 12 digits (got characters other than digits): \"my-account\"");
  }

  @Test
  void of_empty_rejectsWithZeroDigits() {
    assertThatThrownBy(() -> AccountId.of(""))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("AccountId must be exactly 12 digits (got 0 digits): \"\"");
  }

  // Only ASCII digits: twelve Arabic-Indic digits are not an account ID.
  @Test
  void of_nonAsciiDigits_rejects() {
    String arabicIndic = "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0661\u0662";

    assertThatThrownBy(() -> AccountId.of(arabicIndic))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("AccountId must be exactly 12 digits (got characters other than digits): \""
            + arabicIndic + "\"");
  }

  @Test
  void isValid_twelveAsciiDigits_isTrue() {
    assertThat(AccountId.isValid("000000000000")).isTrue();
    assertThat(AccountId.isValid(new StringBuilder("123456789012"))).isTrue();
  }

  @Test
  void isValid_wrongLengthOrNonDigits_isFalse() {
    assertThat(AccountId.isValid("12345678901")).isFalse();
    assertThat(AccountId.isValid("1234567890123")).isFalse();
    assertThat(AccountId.isValid("12345678901a")).isFalse();
    assertThat(AccountId.isValid("*")).isFalse();
    assertThat(AccountId.isValid("")).isFalse();
  }

  @Test
  void rootArn_eachPartition_isTheAccountRootPrincipal() {
    AccountId id = AccountId.of("123456789012");

    assertThat(id.rootArn(Partition.AWS)).isEqualTo("arn:aws:iam::123456789012:root");
    assertThat(id.rootArn(Partition.AWS_US_GOV)).isEqualTo("arn:aws-us-gov:iam::123456789012:root");
    assertThat(id.rootArn(Partition.AWS_CN)).isEqualTo("arn:aws-cn:iam::123456789012:root");
  }

  @Test
  void equals_sameDigits_isEqual() {
    assertThat(AccountId.of("123456789012"))
        .isEqualTo(AccountId.of("123456789012"))
        .hasSameHashCodeAs(AccountId.of("123456789012"));
  }

  @Test
  void equals_differentDigits_isNotEqual() {
    assertThat(AccountId.of("123456789012")).isNotEqualTo(AccountId.of("123456789013"));
    assertThat(AccountId.of("123456789012")).isNotEqualTo("123456789012");
  }

  @Test
  void compareTo_ordersByDigits() {
    AccountId low = AccountId.of("044793339203");
    AccountId high = AccountId.of("414351767826");

    assertThat(low).isLessThan(high);
    assertThat(high).isGreaterThan(low);
    assertThat(low.compareTo(AccountId.of("044793339203"))).isZero();
  }
}
