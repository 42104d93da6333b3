package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementTest {

  private static final Principal DATABRICKS = Principal.aws("414351767826");

  @Test
  void allow_actionsAndResources_buildsAnAllowStatement() {
    Statement statement = Statement.allow("s3:GetObject", "s3:ListBucket")
        .addResources("arn:aws:s3:::my-bucket/*", "arn:aws:s3:::my-bucket")
        .build();

    assertThat(statement.effect()).isEqualTo(Effect.ALLOW);
    assertThat(statement.sid()).isEmpty();
    assertThat(statement.principal()).isEmpty();
    assertThat(statement.notPrincipal()).isEmpty();
    assertThat(statement.actions()).containsExactly(Action.of("s3:GetObject"), Action.of("s3:ListBucket"));
    assertThat(statement.notActions()).isEmpty();
    assertThat(statement.resources())
        .containsExactly(Resource.of("arn:aws:s3:::my-bucket/*"), Resource.of("arn:aws:s3:::my-bucket"));
    assertThat(statement.notResources()).isEmpty();
    assertThat(statement.conditions()).isEmpty();
  }

  @Test
  void deny_actions_buildsADenyStatement() {
    Statement statement = Statement.deny("s3:DeleteObject").addResource("*").build();

    assertThat(statement.effect()).isEqualTo(Effect.DENY);
    assertThat(statement.resources()).containsExactly(Resource.ALL);
  }

  @Test
  void defaults_formsAreScalarIfSingleAndNothingElseIsKept() {
    Statement statement = Statement.allow("s3:GetObject").build();

    assertThat(statement.actionForm()).isSameAs(ValueForm.SCALAR_IF_SINGLE);
    assertThat(statement.resourceForm()).isSameAs(ValueForm.SCALAR_IF_SINGLE);
    assertThat(statement.keyOrder()).isEmpty();
    assertThat(statement.extensions()).isEmpty();
  }

  @Test
  void effect_jsonName_setsTheEffect() {
    assertThat(Statement.builder().effect("Deny").addAction("s3:GetObject").build().effect()).isEqualTo(Effect.DENY);
  }

  // The Effect value is case-sensitive.
  @Test
  void effect_lowerCaseAllow_rejects() {
    assertThatThrownBy(() -> Statement.builder().effect("allow"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Effect must be \"Allow\" or \"Deny\": \"allow\"");
  }

  @Test
  void allowAssumeRole_role_isTheIdentityPolicyStatement() {
    Arn role = Arn.role(Partition.AWS, AccountId.of("123456789012"), "MyRoleB");

    Statement statement = Statement.allowAssumeRole(role);

    assertThat(statement).hasToString("Statement{effect=Allow, actions=[sts:AssumeRole], notActions=[], "
        + "resources=[arn:aws:iam::123456789012:role/MyRoleB], notResources=[], conditions=[]}");
  }

  @Test
  void allowAssumeRoleBy_principalAndExternalId_isTheTrustPolicyStatement() {
    Statement statement = Statement.allowAssumeRoleBy(DATABRICKS, ExternalId.of("0a1b2c3d"));

    assertThat(statement.principal()).contains(DATABRICKS);
    assertThat(statement.actions()).containsExactly(Action.STS_ASSUME_ROLE);
    assertThat(statement.resources()).isEmpty();
    assertThat(statement.conditions()).containsExactly(Condition.stringEquals("sts:ExternalId", "0a1b2c3d"));
    assertThat(statement).hasToString("Statement{effect=Allow, principal=Principal{AWS=[414351767826]}, "
        + "actions=[sts:AssumeRole], notActions=[], resources=[], notResources=[], "
        + "conditions=[Condition{operator=StringEquals, key=sts:ExternalId, values=[0a1b2c3d]}]}");
  }

  @Test
  void allowAssumeRoleBy_principalOnly_hasNoCondition() {
    Statement statement = Statement.allowAssumeRoleBy(Principal.service("ec2.amazonaws.com"));

    assertThat(statement.conditions()).isEmpty();
    assertThat(statement.principal()).contains(Principal.service("ec2.amazonaws.com"));
  }

  @Test
  void toString_withSidAndNotElements_listsEveryElement() {
    Statement statement = Statement.builder().sid("DenyOthers").effect(Effect.DENY).notPrincipal(DATABRICKS)
        .addNotAction("s3:GetObject").addNotResource("arn:aws:s3:::my-bucket/*").build();

    assertThat(statement).hasToString("Statement{sid=DenyOthers, effect=Deny, "
        + "notPrincipal=Principal{AWS=[414351767826]}, actions=[], notActions=[s3:GetObject], resources=[], "
        + "notResources=[arn:aws:s3:::my-bucket/*], conditions=[]}");
  }

  @Test
  void sid_lettersAndDigits_isAccepted() {
    assertThat(Statement.allow("s3:GetObject").sid("AllowRead2").build().sid()).contains("AllowRead2");
  }

  // The Sid element accepts ASCII letters (A-Z, a-z) and digits (0-9) only.
  @Test
  void sid_withDash_rejectsQuotingTheSid() {
    assertThatThrownBy(() -> Statement.allow("s3:GetObject").sid("my-sid").build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Sid must be ASCII letters and digits: \"my-sid\"")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Statement", PolicyValidationException::element)
        .returns("Sid", PolicyValidationException::field)
        .returns("my-sid", PolicyValidationException::value)
        .returns("must be ASCII letters and digits", PolicyValidationException::reason);
  }

  @Test
  void sid_withSpaceOrUnderscore_rejects() {
    assertThatThrownBy(() -> Statement.allow("s3:GetObject").sid("Allow Read").build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Sid must be ASCII letters and digits: \"Allow Read\"");
    assertThatThrownBy(() -> Statement.allow("s3:GetObject").sid("Allow_Read").build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Sid must be ASCII letters and digits: \"Allow_Read\"");
  }

  @Test
  void sid_nonAsciiLetter_rejects() {
    assertThatThrownBy(() -> Statement.allow("s3:GetObject").sid("Caf\u00e9").build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Sid must be ASCII letters and digits: \"Caf\u00e9\"");
  }

  @Test
  void withSid_invalidSid_rejects() {
    Statement statement = Statement.allow("s3:GetObject").build();

    assertThatThrownBy(() -> statement.withSid("my-sid"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Sid must be ASCII letters and digits: \"my-sid\"");
  }

  // A statement has Action or NotAction, never both.
  @Test
  void build_withActionAndNotAction_rejectsNamingBothFields() {
    assertThatThrownBy(() -> Statement.allow("s3:GetObject").addNotAction("s3:PutObject").build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Action and NotAction must not both be present")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Statement", PolicyValidationException::element)
        .returns("Action", PolicyValidationException::field)
        .returns(null, PolicyValidationException::value);
  }

  @Test
  void build_withActionAndNotActionAndSid_rejectsNamingTheSid() {
    assertThatThrownBy(() -> Statement.allow("s3:GetObject").sid("Read").addNotAction("s3:PutObject").build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Action and NotAction must not both be present (Sid Read)");
  }

  @Test
  void build_withNeitherActionNorNotAction_rejects() {
    assertThatThrownBy(() -> Statement.builder().effect(Effect.ALLOW).addResource("*").build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Action or NotAction is required")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Statement", PolicyValidationException::element)
        .returns("Action", PolicyValidationException::field)
        .returns(null, PolicyValidationException::value);
  }

  @Test
  void allow_noActions_rejects() {
    assertThatThrownBy(() -> Statement.allow().build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Action or NotAction is required");
  }

  // A statement has Principal or NotPrincipal, never both.
  @Test
  void build_withPrincipalAndNotPrincipal_rejects() {
    assertThatThrownBy(() -> Statement.allow("sts:AssumeRole").principal(DATABRICKS).notPrincipal(Principal.ALL).build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Principal and NotPrincipal must not both be present")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Statement", PolicyValidationException::element)
        .returns("Principal", PolicyValidationException::field)
        .returns(null, PolicyValidationException::value);
  }

  // A statement has Resource or NotResource, never both.
  @Test
  void build_withResourceAndNotResource_rejects() {
    assertThatThrownBy(() -> Statement.allow("s3:GetObject").sid("S1").addResource("arn:aws:s3:::a/*")
            .addNotResource("arn:aws:s3:::a/secret/*").build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Resource and NotResource must not both be present (Sid S1)")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Statement", PolicyValidationException::element)
        .returns("Resource", PolicyValidationException::field)
        .returns(null, PolicyValidationException::value);
  }

  @Test
  void build_invalidResource_rejects() {
    assertThatThrownBy(() -> Statement.allow("s3:GetObject").addResource("foo"))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Resource must be \"*\" or an ARN (arn:partition:service:region:account:resource): \"foo\"");
  }

  @Test
  void build_missingEffect_rejectsNamingTheAttribute() {
    assertThatThrownBy(() -> Statement.builder().addAction("s3:GetObject").build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Effect is required")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Statement", PolicyValidationException::element)
        .returns("Effect", PolicyValidationException::field)
        .returns(null, PolicyValidationException::value);
  }

  // In JSON a key can appear only once under one operator: {"StringEquals": {"k": ..., "k": ...}} is invalid.
  @Test
  void build_sameConditionKeyTwiceUnderOneOperator_rejects() {
    assertThatThrownBy(() -> Statement.allowAssumeRoleBy(DATABRICKS).toBuilder()
            .addCondition(ConditionOperator.STRING_EQUALS, "sts:ExternalId", "a")
            .addCondition(ConditionOperator.STRING_EQUALS, "sts:ExternalId", "b")
            .build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Condition has the key sts:ExternalId twice under StringEquals")
        .asInstanceOf(type(PolicyValidationException.class))
        .returns("Statement", PolicyValidationException::element)
        .returns("Condition", PolicyValidationException::field)
        .returns(null, PolicyValidationException::value);
  }

  @Test
  void build_sameConditionKeyTwiceApart_rejectsNamingTheSid() {
    assertThatThrownBy(() -> Statement.allow("sts:AssumeRole").sid("Trust")
            .addCondition(ConditionOperator.STRING_EQUALS, "sts:ExternalId", "a")
            .addCondition(ConditionOperator.BOOL, "aws:SecureTransport", "true")
            .addCondition(ConditionOperator.STRING_EQUALS, "sts:ExternalId", "b")
            .build())
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Condition has the key sts:ExternalId twice under StringEquals (Sid Trust)");
  }

  @Test
  void build_sameConditionKeyUnderTwoOperators_isAccepted() {
    Statement statement = Statement.allow("sts:AssumeRole")
        .addCondition(ConditionOperator.ARN_LIKE, "aws:PrincipalArn", "arn:aws:iam::*:role/*")
        .addCondition(ConditionOperator.parse("ArnNotEquals"), "aws:PrincipalArn", "arn:aws:iam::1:role/x")
        .build();

    assertThat(statement.conditions()).hasSize(2);
  }

  // JSON groups conditions by operator; a statement keeps them grouped, operators in order of first appearance.
  @Test
  void build_conditionsOutOfOperatorOrder_regroupsThemByOperator() {
    Condition vpc = Condition.stringEquals("aws:SourceVpc", "vpc-1");
    Condition tls = Condition.bool("aws:SecureTransport", true);
    Condition account = Condition.stringEquals("aws:PrincipalAccount", "123456789012");
    Condition arn = Condition.arnLike("aws:PrincipalArn", "arn:aws:iam::*:role/*");
    Condition org = Condition.stringEquals("aws:PrincipalOrgID", "o-1");

    Statement statement = Statement.allow("s3:GetObject").addConditions(vpc, tls, account, arn, org).build();

    assertThat(statement.conditions()).containsExactly(vpc, account, org, tls, arn);
  }

  @Test
  void build_conditionsAlreadyGrouped_keepsTheirOrder() {
    Condition tls = Condition.bool("aws:SecureTransport", true);
    Condition vpc = Condition.stringEquals("aws:SourceVpc", "vpc-1");
    Condition account = Condition.stringEquals("aws:PrincipalAccount", "123456789012");

    Statement statement = Statement.allow("s3:GetObject").addConditions(tls, vpc, account).build();

    assertThat(statement.conditions()).containsExactly(tls, vpc, account);
  }

  @Test
  void equals_conditionsGivenOutOfOrder_equalsTheGroupedStatement() {
    Condition vpc = Condition.stringEquals("aws:SourceVpc", "vpc-1");
    Condition tls = Condition.bool("aws:SecureTransport", true);
    Condition account = Condition.stringEquals("aws:PrincipalAccount", "123456789012");

    Statement scattered = Statement.allow("s3:GetObject").addConditions(vpc, tls, account).build();
    Statement grouped = Statement.allow("s3:GetObject").addConditions(vpc, account, tls).build();

    assertThat(scattered).isEqualTo(grouped).hasSameHashCodeAs(grouped);
  }

  @Test
  void withConditions_outOfOperatorOrder_regroupsThem() {
    Condition vpc = Condition.stringEquals("aws:SourceVpc", "vpc-1");
    Condition tls = Condition.bool("aws:SecureTransport", true);
    Condition account = Condition.stringEquals("aws:PrincipalAccount", "123456789012");

    Statement statement = Statement.allow("s3:GetObject").build().withConditions(List.of(vpc, tls, account));

    assertThat(statement.conditions()).containsExactly(vpc, account, tls);
  }

  @Test
  void withConditions_sameKeyTwice_rejects() {
    Statement statement = Statement.allow("s3:GetObject").build();
    List<Condition> twice = List.of(Condition.stringEquals("aws:SourceVpc", "a"), Condition.stringEquals("aws:SourceVpc", "b"));

    assertThatThrownBy(() -> statement.withConditions(twice))
        .isExactlyInstanceOf(PolicyValidationException.class)
        .hasMessage("Statement.Condition has the key aws:SourceVpc twice under StringEquals");
  }

  // Actions compare as IAM compares them: without regard to case.
  @Test
  void equals_actionsInAnotherCase_isEqual() {
    assertThat(Statement.allow("S3:getobject").build()).isEqualTo(Statement.allow("s3:GetObject").build());
  }

  @Test
  void equals_actionsInAnotherOrder_isNotEqual() {
    assertThat(Statement.allow("s3:GetObject", "s3:ListBucket").build())
        .isNotEqualTo(Statement.allow("s3:ListBucket", "s3:GetObject").build());
  }

  @Test
  void equals_resourcesInAnotherOrder_isNotEqual() {
    assertThat(Statement.allow("s3:GetObject").addResources("arn:aws:s3:::a", "arn:aws:s3:::b").build())
        .isNotEqualTo(Statement.allow("s3:GetObject").addResources("arn:aws:s3:::b", "arn:aws:s3:::a").build());
  }

  @Test
  void equals_differentSidOrEffect_isNotEqual() {
    Statement plain = Statement.allow("s3:GetObject").build();

    assertThat(plain).isNotEqualTo(plain.withSid("S1"));
    assertThat(plain).isNotEqualTo(plain.withEffect(Effect.DENY));
  }

  // Forms, key order and unknown members are how the JSON was written, not what it says.
  @Test
  void equals_differentFormsKeyOrderAndExtensions_isEqual() {
    Statement plain = Statement.allow("s3:GetObject").addResource("*").build();
    Statement written = Statement.allow("s3:GetObject").addResource("*")
        .actionForm(ValueForm.ARRAY)
        .resourceForm(ValueForm.ARRAY)
        .addKeyOrder("Resource", "Action", "Effect")
        .putExtension("Comment", "\"kept\"")
        .build();

    assertThat(written).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(written).hasToString(plain.toString());
  }

  @Test
  void equals_principalAllAndAwsStar_isEqual() {
    assertThat(Statement.allowAssumeRoleBy(Principal.ALL)).isEqualTo(Statement.allowAssumeRoleBy(Principal.aws("*")));
  }

  @Test
  void toBuilder_preservesEveryValueIncludingTheJsonForm() {
    Statement original = Statement.allow("s3:GetObject").sid("Read").principal(DATABRICKS).addResource("*")
        .addCondition(ConditionOperator.BOOL, "aws:SecureTransport", "true")
        .actionForm(ValueForm.ARRAY)
        .resourceForm(ValueForm.ARRAY)
        .addKeyOrder("Effect", "Sid")
        .putExtension("Comment", "\"kept\"")
        .build();

    Statement copy = original.toBuilder().build();

    assertThat(copy).isEqualTo(original);
    assertThat(copy.actionForm()).isSameAs(ValueForm.ARRAY);
    assertThat(copy.resourceForm()).isSameAs(ValueForm.ARRAY);
    assertThat(copy.keyOrder()).containsExactly("Effect", "Sid");
    assertThat(copy.extensions()).isEqualTo(Map.of("Comment", "\"kept\""));
  }

  @Test
  void withSidEffectAndKeyOrder_changeOnlyTheirValue() {
    Statement original = Statement.allow("s3:GetObject").sid("Read").addResource("*")
        .actionForm(ValueForm.ARRAY).putExtension("Comment", "1").build();

    Statement renamed = original.withSid("Read2");
    Statement denied = original.withEffect(Effect.DENY);
    Statement reordered = original.withKeyOrder("Action", "Effect");

    assertThat(renamed.sid()).contains("Read2");
    assertThat(renamed.effect()).isEqualTo(Effect.ALLOW);
    assertThat(denied.effect()).isEqualTo(Effect.DENY);
    assertThat(denied.sid()).contains("Read");
    assertThat(reordered.keyOrder()).containsExactly("Action", "Effect");
    for (Statement copy : List.of(renamed, denied, reordered)) {
      assertThat(copy.actions()).containsExactly(Action.of("s3:GetObject"));
      assertThat(copy.resources()).containsExactly(Resource.ALL);
      assertThat(copy.actionForm()).isSameAs(ValueForm.ARRAY);
      assertThat(copy.extensions()).isEqualTo(Map.of("Comment", "1"));
    }
    assertThat(original.sid()).contains("Read");
    assertThat(original.effect()).isEqualTo(Effect.ALLOW);
    assertThat(original.keyOrder()).isEmpty();
  }

  @Test
  void lists_areUnmodifiable() {
    Statement statement = Statement.allow("s3:GetObject").addResource("*").build();

    assertThatThrownBy(() -> statement.actions().add(Action.ALL)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> statement.resources().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void canonicalKeyOrder_isTheOrderAwsDocuments() {
    assertThat(Statement.CANONICAL_KEY_ORDER).containsExactly(
        "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition");
  }
}
