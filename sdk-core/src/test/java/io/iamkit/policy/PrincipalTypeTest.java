package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import org.junit.jupiter.api.Test;

class PrincipalTypeTest {

  @Test
  void parse_eachKnownKey_returnsItsType() {
    assertThat(PrincipalType.parse("AWS")).isSameAs(PrincipalType.AWS);
    assertThat(PrincipalType.parse("Service")).isSameAs(PrincipalType.SERVICE);
    assertThat(PrincipalType.parse("Federated")).isSameAs(PrincipalType.FEDERATED);
    assertThat(PrincipalType.parse("CanonicalUser")).isSameAs(PrincipalType.CANONICAL_USER);
  }

  // Principal type keys are case-sensitive in IAM.
  @Test
  void parse_lowerCaseAws_rejectsListingTheFourTypes() {
    assertThatThrownBy(() -> PrincipalType.parse("aws"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Principal type must be \"AWS\", \"Service\", \"Federated\" or \"CanonicalUser\": \"aws\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Principal", PolicyValidationException::element)
        .returns("", PolicyValidationException::field)
        .returns("aws", PolicyValidationException::value);
  }

  @Test
  void jsonNameAndToString_eachType_isTheKeyAsWritten() {
    assertThat(PrincipalType.AWS.jsonName()).isEqualTo("AWS");
    assertThat(PrincipalType.SERVICE.jsonName()).isEqualTo("Service");
    assertThat(PrincipalType.FEDERATED.jsonName()).isEqualTo("Federated");
    assertThat(PrincipalType.CANONICAL_USER.jsonName()).isEqualTo("CanonicalUser");
    assertThat(PrincipalType.CANONICAL_USER).hasToString("CanonicalUser");
  }
}
