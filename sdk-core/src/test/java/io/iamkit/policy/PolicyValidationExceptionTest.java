package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyValidationExceptionTest {

  @Test
  void message_elementFieldReasonAndValue_namesAllFour() {
    PolicyValidationException e = new PolicyValidationException("Statement", "Sid", "must be ASCII letters and digits", "my-sid");

    assertThat(e).hasMessage("Statement.Sid must be ASCII letters and digits: \"my-sid\"");
    assertThat(e.element()).isEqualTo("Statement");
    assertThat(e.field()).isEqualTo("Sid");
    assertThat(e.reason()).isEqualTo("must be ASCII letters and digits");
    assertThat(e.value()).isEqualTo("my-sid");
  }

  @Test
  void message_emptyField_leavesTheDotOut() {
    assertThat(new PolicyValidationException("AccountId", "", "is wrong", "1")).hasMessage("AccountId is wrong: \"1\"");
  }

  @Test
  void message_nullValue_quotesNothing() {
    PolicyValidationException e = new PolicyValidationException("PolicyDocument", "Statement", "is missing", null);

    assertThat(e).hasMessage("PolicyDocument.Statement is missing");
    assertThat(e.value()).isNull();
  }

  @Test
  void message_emptyValue_quotesTheEmptyString() {
    assertThat(new PolicyValidationException("Condition", "key", "must not be empty", ""))
        .hasMessage("Condition.key must not be empty: \"\"");
  }

  @Test
  void message_quoteBackslashAndControlCharacters_areEscaped() {
    assertThat(new PolicyValidationException("E", "f", "bad", "a\"b\\c\nd\u007f"))
        .hasMessage("E.f bad: \"a\\\"b\\\\c\\u000ad\\u007f\"");
  }

  @Test
  void message_200Characters_isQuotedWhole() {
    String value = "v".repeat(200);

    assertThat(new PolicyValidationException("E", "f", "bad", value)).hasMessage("E.f bad: \"" + value + "\"");
  }

  @Test
  void message_201Characters_isShortenedTo200WithTheLength() {
    String value = "v".repeat(201);

    PolicyValidationException e = new PolicyValidationException("E", "f", "bad", value);

    assertThat(e).hasMessage("E.f bad: \"" + "v".repeat(200) + "\"... (201 characters)");
    assertThat(e.value()).isEqualTo(value);
  }

  @Test
  void type_isAnUncheckedIamkitException() {
    assertThat(new PolicyValidationException("E", "f", "bad", null))
        .isInstanceOf(IamkitException.class)
        .isInstanceOf(RuntimeException.class);
  }
}
