package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import org.junit.jupiter.api.Test;

class EffectTest {

  @Test
  void parse_allow_returnsAllow() {
    assertThat(Effect.parse("Allow")).isSameAs(Effect.ALLOW);
  }

  @Test
  void parse_deny_returnsDeny() {
    assertThat(Effect.parse("Deny")).isSameAs(Effect.DENY);
  }

  // IAM reads the Effect value case-sensitively: "allow" is not a valid effect.
  @Test
  void parse_lowerCaseAllow_rejectsNamingStatementEffect() {
    assertThatThrownBy(() -> Effect.parse("allow"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Effect must be \"Allow\" or \"Deny\": \"allow\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Statement", PolicyValidationException::element)
        .returns("Effect", PolicyValidationException::field)
        .returns("allow", PolicyValidationException::value)
        .returns("must be \"Allow\" or \"Deny\"", PolicyValidationException::reason);
  }

  @Test
  void parse_upperCaseDeny_rejects() {
    assertThatThrownBy(() -> Effect.parse("DENY"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Effect must be \"Allow\" or \"Deny\": \"DENY\"");
  }

  @Test
  void parse_empty_rejects() {
    assertThatThrownBy(() -> Effect.parse(""))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Effect must be \"Allow\" or \"Deny\": \"\"");
  }

  @Test
  void jsonName_eachEffect_isTheWordIamWrites() {
    assertThat(Effect.ALLOW.jsonName()).isEqualTo("Allow");
    assertThat(Effect.DENY.jsonName()).isEqualTo("Deny");
  }

  @Test
  void toString_eachEffect_isTheJsonName() {
    assertThat(Effect.ALLOW).hasToString("Allow");
    assertThat(Effect.DENY).hasToString("Deny");
  }
}
