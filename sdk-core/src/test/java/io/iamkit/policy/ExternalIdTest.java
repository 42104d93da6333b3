package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import org.junit.jupiter.api.Test;

// AssumeRole's ExternalId: 2 to 1,224 characters matching [\w+=,.@:/-]*.
class ExternalIdTest {

  @Test
  void limits_areThoseOfAssumeRole() {
    assertThat(ExternalId.MIN_LENGTH).isEqualTo(2);
    assertThat(ExternalId.MAX_LENGTH).isEqualTo(1224);
  }

  @Test
  void of_twoCharacters_isAccepted() {
    assertThat(ExternalId.of("ab").value()).isEqualTo("ab");
  }

  @Test
  void of_1224Characters_isAccepted() {
    String longest = "x".repeat(1224);

    assertThat(ExternalId.of(longest).value()).isEqualTo(longest);
  }

  @Test
  void of_everyAllowedPunctuation_isAccepted() {
    assertThat(ExternalId.of("_+=,.@:/-").value()).isEqualTo("_+=,.@:/-");
  }

  @Test
  void of_lettersDigitsAndPunctuation_isAccepted() {
    assertThat(ExternalId.of("Databricks_0a1B+x=y,z.w@v:u/t-s").value())
        .isEqualTo("Databricks_0a1B+x=y,z.w@v:u/t-s");
  }

  @Test
  void isValid_agreesWithOf() {
    for (String text : new String[] {"ab", "x".repeat(1224), "_+=,.@:/-", "a", "", "x".repeat(1225), "a b",
        "tab\tbed", "caf\u00e9", "semi;colon", "a\"b"}) {
      boolean accepted;
      try {
        ExternalId.of(text);
        accepted = true;
      } catch (PolicyValidationException e) {
        accepted = false;
      }
      assertThat(ExternalId.isValid(text)).as(text).isEqualTo(accepted);
    }
  }

  @Test
  void isValid_takesExactlyTheCharactersOfAssumeRole() {
    String allowed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+=,.@:/-";
    for (char c = 0; c < 256; c++) {
      assertThat(ExternalId.isValid("a" + c)).as("U+%04X", (int) c).isEqualTo(allowed.indexOf(c) >= 0);
    }
  }

  @Test
  void of_oneCharacter_rejectsGivingTheLength() {
    assertThatThrownBy(() -> ExternalId.of("a"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("ExternalId must be 2 to 1224 characters long (got 1): \"a\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("ExternalId", PolicyValidationException::element)
        .returns("", PolicyValidationException::field)
        .returns("a", PolicyValidationException::value);
  }

  @Test
  void of_empty_rejectsGivingTheLength() {
    assertThatThrownBy(() -> ExternalId.of(""))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("ExternalId must be 2 to 1224 characters long (got 0): \"\"");
  }

  // The message quotes at most 200 characters of a long value; value() keeps all of it.
  @Test
  void of_1225Characters_rejectsQuotingAShortenedValue() {
    String tooLong = "x".repeat(1225);

    assertThatThrownBy(() -> ExternalId.of(tooLong))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("ExternalId must be 2 to 1224 characters long (got 1225): \""
            + "x".repeat(200) + "\"... (1225 characters)")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns(tooLong, PolicyValidationException::value);
  }

  @Test
  void of_space_rejectsGivingThePosition() {
    assertThatThrownBy(() -> ExternalId.of("my id"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("ExternalId may hold only letters, digits and _+=,.@:/- (character 3 is not allowed): \"my id\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("ExternalId", PolicyValidationException::element)
        .returns("my id", PolicyValidationException::value)
        .returns("may hold only letters, digits and _+=,.@:/- (character 3 is not allowed)",
            PolicyValidationException::reason);
  }

  // A control character is escaped in the message so that the message stays on one line.
  @Test
  void of_tab_rejectsQuotingTheTabEscaped() {
    assertThatThrownBy(() -> ExternalId.of("a\tb"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("ExternalId may hold only letters, digits and _+=,.@:/- (character 2 is not allowed): \"a\\u0009b\"");
  }

  @Test
  void of_doubleQuote_rejectsQuotingTheQuoteEscaped() {
    assertThatThrownBy(() -> ExternalId.of("a\"b"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("ExternalId may hold only letters, digits and _+=,.@:/- (character 2 is not allowed): \"a\\\"b\"");
  }

  // \w in the AssumeRole pattern is ASCII only.
  @Test
  void of_nonAsciiLetter_rejects() {
    assertThatThrownBy(() -> ExternalId.of("caf\u00e9"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("ExternalId may hold only letters, digits and _+=,.@:/- (character 4 is not allowed): \"caf\u00e9\"");
  }

  @Test
  void of_asteriskOrSemicolon_rejects() {
    assertThatThrownBy(() -> ExternalId.of("ab*"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("ExternalId may hold only letters, digits and _+=,.@:/- (character 3 is not allowed): \"ab*\"");
    assertThatThrownBy(() -> ExternalId.of(";ab"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("ExternalId may hold only letters, digits and _+=,.@:/- (character 1 is not allowed): \";ab\"");
  }

  @Test
  void equals_sameText_isEqual() {
    assertThat(ExternalId.of("abc123")).isEqualTo(ExternalId.of("abc123")).hasSameHashCodeAs(ExternalId.of("abc123"));
  }

  // AssumeRole compares the external ID exactly, so case matters.
  @Test
  void equals_differentCase_isNotEqual() {
    assertThat(ExternalId.of("abc123")).isNotEqualTo(ExternalId.of("ABC123"));
  }

  @Test
  void toString_isTheValueAsGiven() {
    assertThat(ExternalId.of("0a1b2c3d-my-account")).hasToString("0a1b2c3d-my-account");
  }
}
