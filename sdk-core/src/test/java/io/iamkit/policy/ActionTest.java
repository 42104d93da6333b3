package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import org.junit.jupiter.api.Test;

class ActionTest {

  @Test
  void of_serviceColonName_splitsServiceAndName() {
    Action action = Action.of("s3:GetObject");

    assertThat(action.service()).isEqualTo("s3");
    assertThat(action.name()).isEqualTo("GetObject");
    assertThat(action.text()).isEqualTo("s3:GetObject");
    assertThat(action.canonical()).isEqualTo("s3:getobject");
    assertThat(action.hasWildcard()).isFalse();
  }

  @Test
  void of_serviceAndName_joinsThemWithAColon() {
    assertThat(Action.of("sts", "AssumeRole")).isEqualTo(Action.of("sts:AssumeRole"));
    assertThat(Action.of("sts", "AssumeRole").text()).isEqualTo("sts:AssumeRole");
  }

  @Test
  void of_star_returnsAll() {
    assertThat(Action.of("*")).isSameAs(Action.ALL);
    assertThat(Action.ALL.service()).isEqualTo("*");
    assertThat(Action.ALL.name()).isEqualTo("*");
    assertThat(Action.ALL.hasWildcard()).isTrue();
    assertThat(Action.ALL).hasToString("*");
  }

  @Test
  void stsAssumeRole_isTheTrustPolicyAction() {
    assertThat(Action.STS_ASSUME_ROLE.service()).isEqualTo("sts");
    assertThat(Action.STS_ASSUME_ROLE.name()).isEqualTo("AssumeRole");
  }

  // Action names may hold the wildcards * and ?.
  @Test
  void of_wildcardsInTheName_areAccepted() {
    assertThat(Action.of("s3:Get*").hasWildcard()).isTrue();
    assertThat(Action.of("s3:?etObject").hasWildcard()).isTrue();
    assertThat(Action.of("s3:*").name()).isEqualTo("*");
  }

  @Test
  void of_digitsDashDotUnderscore_areAccepted() {
    assertThat(Action.of("execute-api:Invoke").service()).isEqualTo("execute-api");
    assertThat(Action.of("a4b:Get_Thing.v2").name()).isEqualTo("Get_Thing.v2");
  }

  // IAM matches actions case-insensitively, so equality ignores case while text() keeps it.
  @Test
  void equals_differentCase_isEqualAndKeepsItsText() {
    Action upper = Action.of("S3:getobject");
    Action lower = Action.of("s3:GetObject");

    assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower);
    assertThat(upper.text()).isEqualTo("S3:getobject");
    assertThat(upper).hasToString("S3:getobject");
  }

  @Test
  void equals_differentAction_isNotEqual() {
    assertThat(Action.of("s3:GetObject")).isNotEqualTo(Action.of("s3:PutObject"));
    assertThat(Action.of("s3:*")).isNotEqualTo(Action.ALL);
  }

  @Test
  void of_noColon_rejects() {
    assertThatThrownBy(() -> Action.of("s3GetObject"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Action must be \"*\" or \"service:action\": \"s3GetObject\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Statement", PolicyValidationException::element)
        .returns("Action", PolicyValidationException::field)
        .returns("s3GetObject", PolicyValidationException::value);
  }

  @Test
  void of_empty_rejects() {
    assertThatThrownBy(() -> Action.of(""))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Action must be \"*\" or \"service:action\": \"\"");
  }

  @Test
  void of_emptyServicePrefix_rejects() {
    assertThatThrownBy(() -> Action.of(":GetObject"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Action has an empty service prefix: \":GetObject\"");
  }

  @Test
  void of_emptyActionName_rejects() {
    assertThatThrownBy(() -> Action.of("s3:"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Action has an empty action name: \"s3:\"");
  }

  @Test
  void of_space_rejectsGivingThePosition() {
    assertThatThrownBy(() -> Action.of("s3:Get Object"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Action may hold only letters, digits, - _ . * ? and one \":\" (character 7): "
            + "\"s3:Get Object\"");
  }

  @Test
  void of_secondColon_rejectsGivingThePosition() {
    assertThatThrownBy(() -> Action.of("s3:a:b"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Action may hold only letters, digits, - _ . * ? and one \":\" (character 5): "
            + "\"s3:a:b\"");
  }
}
