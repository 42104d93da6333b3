package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTest {

  @Test
  void of_operatorKeyAndValues_keepsThemInOrder() {
    Condition condition = Condition.of(ConditionOperator.STRING_LIKE, "aws:PrincipalArn", "arn:aws:iam::*:role/A", "B");

    assertThat(condition.operator()).isEqualTo(ConditionOperator.STRING_LIKE);
    assertThat(condition.key()).isEqualTo("aws:PrincipalArn");
    assertThat(condition.values()).containsExactly("arn:aws:iam::*:role/A", "B");
    assertThat(condition.form()).isSameAs(ValueForm.SCALAR_IF_SINGLE);
  }

  @Test
  void of_list_copiesTheList() {
    List<String> values = new ArrayList<>(List.of("a", "b"));

    Condition condition = Condition.of(ConditionOperator.STRING_EQUALS, "aws:SourceVpc", values);
    values.add("c");

    assertThat(condition.values()).containsExactly("a", "b");
  }

  @Test
  void values_areUnmodifiable() {
    Condition condition = Condition.stringEquals("aws:SourceVpc", "a", "b");

    assertThatThrownBy(() -> condition.values().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void shortcuts_useTheirOperator() {
    assertThat(Condition.stringEquals("k:a", "v").operator()).isEqualTo(ConditionOperator.STRING_EQUALS);
    assertThat(Condition.stringLike("k:a", "v").operator()).isEqualTo(ConditionOperator.STRING_LIKE);
    assertThat(Condition.arnLike("k:a", "v").operator()).isEqualTo(ConditionOperator.ARN_LIKE);
    assertThat(Condition.arnEquals("k:a", "v").operator()).isEqualTo(ConditionOperator.ARN_EQUALS);
  }

  @Test
  void bool_writesTheValueAsText() {
    assertThat(Condition.bool("aws:SecureTransport", true))
        .isEqualTo(Condition.of(ConditionOperator.BOOL, "aws:SecureTransport", "true"));
    assertThat(Condition.bool("aws:MultiFactorAuthPresent", false).values()).containsExactly("false");
  }

  // The confused-deputy guard: "StringEquals": {"sts:ExternalId": "<id>"}.
  @Test
  void externalIdEquals_isStringEqualsOnStsExternalId() {
    assertThat(Condition.externalIdEquals(ExternalId.of("0a1b2c3d")))
        .hasToString("Condition{operator=StringEquals, key=sts:ExternalId, values=[0a1b2c3d]}");
  }

  @Test
  void build_emptyKey_rejects() {
    assertThatThrownBy(() -> Condition.stringEquals("", "v"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Condition.key must not be empty: \"\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Condition", PolicyValidationException::element)
        .returns("key", PolicyValidationException::field)
        .returns("", PolicyValidationException::value);
  }

  @Test
  void build_keyWithWhitespace_rejects() {
    assertThatThrownBy(() -> Condition.stringEquals("aws:Principal Arn", "v"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Condition.key must not contain whitespace: \"aws:Principal Arn\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("aws:Principal Arn", PolicyValidationException::value);
  }

  @Test
  void build_noValues_rejectsNamingOperatorAndKey() {
    assertThatThrownBy(() -> Condition.stringEquals("sts:ExternalId"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Condition.values must not be empty (StringEquals sts:ExternalId)")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Condition", PolicyValidationException::element)
        .returns("values", PolicyValidationException::field)
        .returns(null, PolicyValidationException::value);
  }

  @Test
  void build_missingOperator_rejectsNamingTheAttribute() {
    Condition.Builder builder = Condition.builder().key("sts:ExternalId").addValues("x");

    assertThatThrownBy(builder::build)
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Condition.operator is required")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Condition", PolicyValidationException::element)
        .returns("operator", PolicyValidationException::field)
        .returns(null, PolicyValidationException::value);
  }

  @Test
  void build_missingOperatorAndKey_rejectsNamingBoth() {
    assertThatThrownBy(() -> Condition.builder().addValues("x").build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Condition.operator, key are required");
  }

  // The JSON form (scalar or array, string or boolean) is not part of equality.
  @Test
  void equals_differentForm_isEqual() {
    Condition array =
        Condition.builder().operator(ConditionOperator.BOOL).key("aws:SecureTransport").addValues("true")
            .form(ValueForm.of(true, List.of(ValueForm.Literal.BOOLEAN))).build();

    assertThat(array).isEqualTo(Condition.bool("aws:SecureTransport", true))
        .hasSameHashCodeAs(Condition.bool("aws:SecureTransport", true));
    assertThat(array).hasToString("Condition{operator=Bool, key=aws:SecureTransport, values=[true]}");
  }

  @Test
  void equals_valuesInAnotherOrder_isNotEqual() {
    assertThat(Condition.stringEquals("aws:SourceVpc", "a", "b"))
        .isNotEqualTo(Condition.stringEquals("aws:SourceVpc", "b", "a"));
  }

  @Test
  void equals_differentOperator_isNotEqual() {
    assertThat(Condition.stringEquals("aws:SourceVpc", "a")).isNotEqualTo(Condition.stringLike("aws:SourceVpc", "a"));
  }

  @Test
  void toString_listsOperatorKeyAndValues() {
    assertThat(Condition.of(ConditionOperator.parse("ForAnyValue:StringLike"), "aws:TagKeys", "env", "team"))
        .hasToString("Condition{operator=ForAnyValue:StringLike, key=aws:TagKeys, values=[env, team]}");
  }

  @Test
  void toBuilder_preservesEveryValueAndTheForm() {
    Condition original = Condition.builder().operator(ConditionOperator.STRING_EQUALS).key("aws:SourceVpc")
        .addValues("vpc-1").form(ValueForm.ARRAY).build();

    Condition copy = original.toBuilder().build();

    assertThat(copy).isEqualTo(original);
    assertThat(copy.form()).isSameAs(ValueForm.ARRAY);
  }

  @Test
  void toBuilder_addingAValue_leavesTheOriginalAlone() {
    Condition original = Condition.stringEquals("aws:SourceVpc", "vpc-1");

    Condition changed = original.toBuilder().addValues("vpc-2").build();

    assertThat(changed.values()).containsExactly("vpc-1", "vpc-2");
    assertThat(original.values()).containsExactly("vpc-1");
  }

  @Test
  void withValues_replacesTheValuesAndKeepsTheForm() {
    Condition original = Condition.builder().operator(ConditionOperator.STRING_EQUALS).key("aws:SourceVpc")
        .addValues("vpc-1").form(ValueForm.ARRAY).build();

    Condition changed = original.withValues("vpc-2", "vpc-3");

    assertThat(changed.values()).containsExactly("vpc-2", "vpc-3");
    assertThat(changed.operator()).isEqualTo(ConditionOperator.STRING_EQUALS);
    assertThat(changed.key()).isEqualTo("aws:SourceVpc");
    assertThat(changed.form()).isSameAs(ValueForm.ARRAY);
    assertThat(original.values()).containsExactly("vpc-1");
  }

  @Test
  void withValues_none_rejects() {
    Condition original = Condition.stringEquals("aws:SourceVpc", "vpc-1");

    assertThatThrownBy(() -> original.withValues())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Condition.values must not be empty (StringEquals aws:SourceVpc)");
  }
}
