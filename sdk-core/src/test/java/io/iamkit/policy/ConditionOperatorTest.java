package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.iamkit.policy.ConditionOperator.Base;
import io.iamkit.policy.ConditionOperator.Category;
import io.iamkit.policy.ConditionOperator.Qualifier;
import org.junit.jupiter.api.Test;

class ConditionOperatorTest {

  @Test
  void parse_plainOperator_hasNoQualifierAndNoSuffix() {
    ConditionOperator operator = ConditionOperator.parse("StringEquals");

    assertThat(operator.base()).isEqualTo(Base.STRING_EQUALS);
    assertThat(operator.qualifier()).isEqualTo(Qualifier.NONE);
    assertThat(operator.ifExists()).isFalse();
    assertThat(operator.text()).isEqualTo("StringEquals");
    assertThat(operator).isEqualTo(ConditionOperator.STRING_EQUALS);
  }

  @Test
  void parse_qualifierAndIfExists_splitsAllThree() {
    ConditionOperator operator = ConditionOperator.parse("ForAllValues:StringLikeIfExists");

    assertThat(operator.base()).isEqualTo(Base.STRING_LIKE);
    assertThat(operator.qualifier()).isEqualTo(Qualifier.FOR_ALL_VALUES);
    assertThat(operator.ifExists()).isTrue();
    assertThat(operator).hasToString("ForAllValues:StringLikeIfExists");
  }

  @Test
  void parse_forAnyValue_isTheAnyQualifier() {
    ConditionOperator operator = ConditionOperator.parse("ForAnyValue:StringEquals");

    assertThat(operator.qualifier()).isEqualTo(Qualifier.FOR_ANY_VALUE);
    assertThat(operator.base()).isEqualTo(Base.STRING_EQUALS);
    assertThat(operator.ifExists()).isFalse();
  }

  @Test
  void parse_ifExistsWithoutQualifier_setsTheSuffix() {
    ConditionOperator operator = ConditionOperator.parse("ArnNotLikeIfExists");

    assertThat(operator.base()).isEqualTo(Base.ARN_NOT_LIKE);
    assertThat(operator.qualifier()).isEqualTo(Qualifier.NONE);
    assertThat(operator.ifExists()).isTrue();
  }

  @Test
  void parse_everyBaseName_returnsThatBase() {
    for (Base base : Base.values()) {
      assertThat(ConditionOperator.parse(base.jsonName()).base()).as(base.jsonName()).isEqualTo(base);
    }
  }

  @Test
  void parse_qualifiedNull_isAccepted() {
    assertThat(ConditionOperator.parse("ForAnyValue:Null").base()).isEqualTo(Base.NULL);
  }

  // The Null operator takes no IfExists suffix: "NullIfExists" is not an operator IAM accepts.
  @Test
  void parse_nullIfExists_rejects() {
    assertThatThrownBy(() -> ConditionOperator.parse("NullIfExists"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Condition.operator Null takes no IfExists suffix: \"NullIfExists\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Condition", PolicyValidationException::element)
        .returns("operator", PolicyValidationException::field)
        .returns("NullIfExists", PolicyValidationException::value);
  }

  @Test
  void parse_qualifiedNullIfExists_rejectsQuotingTheQualifier() {
    assertThatThrownBy(() -> ConditionOperator.parse("ForAllValues:NullIfExists"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Condition.operator Null takes no IfExists suffix: \"ForAllValues:NullIfExists\"");
  }

  @Test
  void of_nullWithIfExists_rejects() {
    assertThatThrownBy(() -> ConditionOperator.of(Qualifier.NONE, Base.NULL, true))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Condition.operator Null takes no IfExists suffix: \"NullIfExists\"");
  }

  @Test
  void parse_unknownOperator_rejects() {
    assertThatThrownBy(() -> ConditionOperator.parse("StringEqualz"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Condition.operator is not a condition operator: \"StringEqualz\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Condition", PolicyValidationException::element)
        .returns("operator", PolicyValidationException::field)
        .returns("StringEqualz", PolicyValidationException::value)
        .returns("is not a condition operator", PolicyValidationException::reason);
  }

  @Test
  void parse_empty_rejects() {
    assertThatThrownBy(() -> ConditionOperator.parse(""))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Condition.operator is not a condition operator: \"\"");
  }

  // Operator names are case-sensitive in IAM; the message suggests the name meant.
  @Test
  void parse_wrongCase_rejectsSuggestingTheOperator() {
    assertThatThrownBy(() -> ConditionOperator.parse("stringequals"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Condition.operator is not a condition operator (names are case-sensitive; "
            + "did you mean StringEquals?): \"stringequals\"");
  }

  @Test
  void parse_wrongCaseOfALongerName_suggestsTheLongestMatch() {
    assertThatThrownBy(() -> ConditionOperator.parse("StringEqualsIgnorecase"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Condition.operator is not a condition operator (names are case-sensitive; "
            + "did you mean StringEqualsIgnoreCase?): \"StringEqualsIgnorecase\"");
    assertThatThrownBy(() -> ConditionOperator.parse("notipaddress"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Condition.operator is not a condition operator (names are case-sensitive; "
            + "did you mean NotIpAddress?): \"notipaddress\"");
  }

  @Test
  void of_base_equalsTheParsedOperator() {
    assertThat(ConditionOperator.of(Base.ARN_LIKE))
        .isEqualTo(ConditionOperator.parse("ArnLike"))
        .isEqualTo(ConditionOperator.ARN_LIKE)
        .hasSameHashCodeAs(ConditionOperator.parse("ArnLike"));
  }

  @Test
  void of_qualifierBaseAndSuffix_equalsTheParsedOperator() {
    ConditionOperator operator = ConditionOperator.of(Qualifier.FOR_ANY_VALUE, Base.STRING_NOT_EQUALS, true);

    assertThat(operator).hasToString("ForAnyValue:StringNotEqualsIfExists");
    assertThat(operator)
        .isEqualTo(ConditionOperator.parse("ForAnyValue:StringNotEqualsIfExists"))
        .hasSameHashCodeAs(ConditionOperator.parse("ForAnyValue:StringNotEqualsIfExists"));
  }

  @Test
  void equals_differentQualifierOrSuffix_isNotEqual() {
    assertThat(ConditionOperator.parse("StringEquals")).isNotEqualTo(ConditionOperator.parse("StringEqualsIfExists"));
    assertThat(ConditionOperator.parse("StringEquals"))
        .isNotEqualTo(ConditionOperator.parse("ForAnyValue:StringEquals"));
    assertThat(ConditionOperator.parse("ForAllValues:StringEquals"))
        .isNotEqualTo(ConditionOperator.parse("ForAnyValue:StringEquals"));
  }

  @Test
  void of_nullQualifierOrBase_throwsNullPointerException() {
    assertThatNullPointerException()
        .isThrownBy(() -> ConditionOperator.of(nullQualifier(), Base.BOOL, false))
        .withMessage("qualifier == null");
    assertThatNullPointerException()
        .isThrownBy(() -> ConditionOperator.of(Qualifier.NONE, nullBase(), false))
        .withMessage("base == null");
  }

  // AWS documents that negated operators match when the key is absent from the request.
  @Test
  void isNegated_negatedOperators_isTrue() {
    assertThat(Base.STRING_NOT_EQUALS.isNegated()).isTrue();
    assertThat(Base.STRING_NOT_LIKE.isNegated()).isTrue();
    assertThat(Base.NUMERIC_NOT_EQUALS.isNegated()).isTrue();
    assertThat(Base.DATE_NOT_EQUALS.isNegated()).isTrue();
    assertThat(Base.NOT_IP_ADDRESS.isNegated()).isTrue();
    assertThat(Base.ARN_NOT_LIKE.isNegated()).isTrue();
  }

  @Test
  void isNegated_positiveOperators_isFalse() {
    assertThat(Base.STRING_EQUALS.isNegated()).isFalse();
    assertThat(Base.IP_ADDRESS.isNegated()).isFalse();
    assertThat(Base.NULL.isNegated()).isFalse();
    assertThat(Base.BOOL.isNegated()).isFalse();
  }

  @Test
  void category_eachFamily_isWhatTheOperatorCompares() {
    assertThat(Base.STRING_EQUALS_IGNORE_CASE.category()).isEqualTo(Category.STRING);
    assertThat(Base.NUMERIC_LESS_THAN_EQUALS.category()).isEqualTo(Category.NUMERIC);
    assertThat(Base.DATE_GREATER_THAN.category()).isEqualTo(Category.DATE);
    assertThat(Base.BOOL.category()).isEqualTo(Category.BOOLEAN);
    assertThat(Base.BINARY_EQUALS.category()).isEqualTo(Category.BINARY);
    assertThat(Base.NOT_IP_ADDRESS.category()).isEqualTo(Category.IP_ADDRESS);
    assertThat(Base.ARN_EQUALS.category()).isEqualTo(Category.ARN);
    assertThat(Base.NULL.category()).isEqualTo(Category.NULL);
  }

  @Test
  void qualifierPrefix_isWrittenWithItsColon() {
    assertThat(Qualifier.NONE.prefix()).isEmpty();
    assertThat(Qualifier.FOR_ANY_VALUE.prefix()).isEqualTo("ForAnyValue:");
    assertThat(Qualifier.FOR_ALL_VALUES.prefix()).isEqualTo("ForAllValues:");
  }

  @Test
  void constants_areThePlainOperators() {
    assertThat(ConditionOperator.STRING_EQUALS).hasToString("StringEquals");
    assertThat(ConditionOperator.STRING_NOT_EQUALS).hasToString("StringNotEquals");
    assertThat(ConditionOperator.STRING_LIKE).hasToString("StringLike");
    assertThat(ConditionOperator.STRING_NOT_LIKE).hasToString("StringNotLike");
    assertThat(ConditionOperator.ARN_EQUALS).hasToString("ArnEquals");
    assertThat(ConditionOperator.ARN_LIKE).hasToString("ArnLike");
    assertThat(ConditionOperator.BOOL).hasToString("Bool");
    assertThat(ConditionOperator.NULL).hasToString("Null");
  }

  private static Qualifier nullQualifier() {
    return null;
  }

  private static Base nullBase() {
    return null;
  }
}
