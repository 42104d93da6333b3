package io.iamkit.policy;

import static io.iamkit.policy.ValueForm.Literal.BOOLEAN;
import static io.iamkit.policy.ValueForm.Literal.NUMBER;
import static io.iamkit.policy.ValueForm.Literal.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueFormTest {

  @Test
  void scalarIfSingle_oneValue_isWrittenAsScalar() {
    assertThat(ValueForm.SCALAR_IF_SINGLE.isArray()).isFalse();
    assertThat(ValueForm.SCALAR_IF_SINGLE.writesArray(1)).isFalse();
  }

  @Test
  void scalarIfSingle_zeroOrSeveralValues_isWrittenAsArray() {
    assertThat(ValueForm.SCALAR_IF_SINGLE.writesArray(0)).isTrue();
    assertThat(ValueForm.SCALAR_IF_SINGLE.writesArray(2)).isTrue();
  }

  @Test
  void array_oneValue_isStillWrittenAsArray() {
    assertThat(ValueForm.ARRAY.isArray()).isTrue();
    assertThat(ValueForm.ARRAY.writesArray(1)).isTrue();
  }

  @Test
  void constants_everyValue_isAString() {
    assertThat(ValueForm.SCALAR_IF_SINGLE.allStrings()).isTrue();
    assertThat(ValueForm.ARRAY.allStrings()).isTrue();
    assertThat(ValueForm.ARRAY.literal(0)).isEqualTo(STRING);
  }

  @Test
  void of_noLiterals_returnsTheConstants() {
    assertThat(ValueForm.of(false, List.of())).isSameAs(ValueForm.SCALAR_IF_SINGLE);
    assertThat(ValueForm.of(true, List.of())).isSameAs(ValueForm.ARRAY);
  }

  @Test
  void of_onlyStringLiterals_returnsTheConstants() {
    assertThat(ValueForm.of(false, List.of(STRING, STRING))).isSameAs(ValueForm.SCALAR_IF_SINGLE);
    assertThat(ValueForm.of(true, List.of(STRING))).isSameAs(ValueForm.ARRAY);
  }

  // {"Bool": {"aws:SecureTransport": true}} writes the value as a JSON boolean, not the string "true".
  @Test
  void of_booleanLiteral_keepsTheLiteralOfEachValue() {
    ValueForm form = ValueForm.of(false, List.of(BOOLEAN));

    assertThat(form.allStrings()).isFalse();
    assertThat(form.isArray()).isFalse();
    assertThat(form.literal(0)).isEqualTo(BOOLEAN);
  }

  @Test
  void of_mixedLiterals_keepsThemInOrder() {
    ValueForm form = ValueForm.of(true, List.of(STRING, NUMBER, BOOLEAN));

    assertThat(form.literal(0)).isEqualTo(STRING);
    assertThat(form.literal(1)).isEqualTo(NUMBER);
    assertThat(form.literal(2)).isEqualTo(BOOLEAN);
  }

  @Test
  void literal_pastTheEndOfTheLiterals_isString() {
    ValueForm form = ValueForm.of(false, List.of(NUMBER));

    assertThat(form.literal(1)).isEqualTo(STRING);
    assertThat(form.literal(100)).isEqualTo(STRING);
  }

  @Test
  void equals_sameArrayFlagAndLiterals_isEqual() {
    assertThat(ValueForm.of(true, List.of(NUMBER, BOOLEAN)))
        .isEqualTo(ValueForm.of(true, List.of(NUMBER, BOOLEAN)))
        .hasSameHashCodeAs(ValueForm.of(true, List.of(NUMBER, BOOLEAN)));
  }

  @Test
  void equals_differentArrayFlag_isNotEqual() {
    assertThat(ValueForm.ARRAY).isNotEqualTo(ValueForm.SCALAR_IF_SINGLE);
    assertThat(ValueForm.of(true, List.of(NUMBER))).isNotEqualTo(ValueForm.of(false, List.of(NUMBER)));
  }

  @Test
  void equals_differentLiterals_isNotEqual() {
    assertThat(ValueForm.of(false, List.of(NUMBER))).isNotEqualTo(ValueForm.of(false, List.of(BOOLEAN)));
    assertThat(ValueForm.of(false, List.of(NUMBER))).isNotEqualTo(ValueForm.SCALAR_IF_SINGLE);
  }

  // Values past the end of the literals are strings, so a trailing STRING changes nothing and must not
  // change equality either.
  @Test
  void equals_trailingStringLiteral_isEqualToTheFormWithoutIt() {
    ValueForm shorter = ValueForm.of(false, List.of(NUMBER));
    ValueForm longer = ValueForm.of(false, List.of(NUMBER, STRING, STRING));

    assertThat(longer).isEqualTo(shorter).hasSameHashCodeAs(shorter).hasToString("SCALAR_IF_SINGLE[NUMBER]");
  }

  @Test
  void toString_constants_areTheirNames() {
    assertThat(ValueForm.SCALAR_IF_SINGLE).hasToString("SCALAR_IF_SINGLE");
    assertThat(ValueForm.ARRAY).hasToString("ARRAY");
  }

  @Test
  void toString_withLiterals_listsThemInOrder() {
    assertThat(ValueForm.of(true, List.of(STRING, NUMBER, BOOLEAN))).hasToString("ARRAY[STRING, NUMBER, BOOLEAN]");
    assertThat(ValueForm.of(false, List.of(BOOLEAN))).hasToString("SCALAR_IF_SINGLE[BOOLEAN]");
  }
}
