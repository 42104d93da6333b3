package io.iamkit.eval;

import static io.iamkit.eval.Fixtures.A;
import static io.iamkit.eval.Fixtures.doc;
import static io.iamkit.eval.Fixtures.evaluate;
import static io.iamkit.eval.Fixtures.policies;
import static io.iamkit.eval.Fixtures.request;
import static io.iamkit.eval.Fixtures.roleA;
import static io.iamkit.eval.Fixtures.userA;
import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.PolicyDocument;
import org.junit.jupiter.api.Test;

/** Section 4 of IAM-EVALUATION-RULES.md, "Policy variables" [VARS]. */
class PolicyVariablesTest {
  private static final String HOME = "{'Effect':'Allow','Action':'s3:GetObject',"
      + "'Resource':'arn:aws:s3:::bucket/home/${aws:username}/*'}";

  private static Decision get(Caller caller, PolicyDocument document, String key) {
    return get(caller, document, key, RequestContext.EMPTY);
  }

  private static Decision get(Caller caller, PolicyDocument document, String key, RequestContext context) {
    Request request = request(caller, "s3:GetObject", "arn:aws:s3:::bucket/" + key).withContext(context);
    return evaluate(request, policies().identityPolicy("p", document)).decision();
  }

  private static PolicyDocument v2012(String statement) {
    return doc("{'Version':'2012-10-17','Statement':[" + statement + "]}");
  }

  @Test
  void variables_areSubstitutedUnderVersion2012() {
    assertThat(get(userA(), v2012(HOME), "home/alice/notes.txt")).isEqualTo(Decision.ALLOWED);
    assertThat(get(userA(), v2012(HOME), "home/bob/notes.txt")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void variables_areLiteralTextUnderVersion2008() {
    // VARS line 87.
    PolicyDocument old = doc("{'Version':'2008-10-17','Statement':[" + HOME + "]}");

    assertThat(get(userA(), old, "home/alice/notes.txt")).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(get(userA(), old, "home/${aws:username}/notes.txt")).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void variables_areLiteralTextWithoutVersion() {
    PolicyDocument noVersion = doc("{'Statement':[" + HOME + "]}");

    assertThat(get(userA(), noVersion, "home/alice/notes.txt")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void variableNames_areCaseInsensitive() {
    assertThat(get(userA(), v2012(HOME.replace("aws:username", "AWS:UserName")), "home/alice/x"))
        .isEqualTo(Decision.ALLOWED);
  }

  @Test
  void unresolvedVariable_inResource_matchesNothing() {
    // VARS line 251: a role session has no aws:username.
    assertThat(get(roleA(), v2012(HOME), "home/alice/x")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void unresolvedVariable_inStringEquals_doesNotMatch() {
    // VARS lines 247-251.
    String statement = "{'Effect':'Allow','Action':'s3:GetObject','Resource':'*',"
        + "'Condition':{'StringEquals':{'s3:prefix':'${aws:username}'}}}";

    assertThat(get(roleA(), v2012(statement), "x", RequestContext.of("s3:prefix", "${aws:username}")))
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void variables_inConditionValues_ofStringAndArnOperators() {
    String statement = "{'Effect':'Allow','Action':'s3:GetObject','Resource':'*','Condition':{"
        + "'StringLike':{'s3:prefix':'home/${aws:username}/*'},"
        + "'ArnEquals':{'aws:SourceArn':'arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}'}}}";
    RequestContext context = RequestContext.builder().put("s3:prefix", "home/alice/docs")
        .put("aws:SourceArn", "arn:aws:iam::" + A + ":user/alice").build();

    assertThat(get(userA(), v2012(statement), "x", context)).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void defaultValue_isUsedWhenTheKeyIsAbsent() {
    // VARS line 305. The model refuses whitespace in a Resource ARN, so the documented form "${key, 'default'}"
    // is tested in a condition value.
    String statement = "{'Effect':'Allow','Action':'s3:GetObject','Resource':'*',"
        + "'Condition':{'StringEquals':{'s3:prefix':'home/${aws:username, `guest`}/'}}}";

    assertThat(get(roleA(), v2012(statement), "x", RequestContext.of("s3:prefix", "home/guest/")))
        .isEqualTo(Decision.ALLOWED);
    assertThat(get(userA(), v2012(statement), "x", RequestContext.of("s3:prefix", "home/alice/")))
        .isEqualTo(Decision.ALLOWED);
    assertThat(get(userA(), v2012(statement), "x", RequestContext.of("s3:prefix", "home/guest/")))
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void defaultValue_inResource_withoutSpaceAfterTheComma() {
    PolicyDocument document = v2012(HOME.replace("${aws:username}", "${aws:username,`guest`}"));

    assertThat(get(roleA(), document, "home/guest/x")).isEqualTo(Decision.ALLOWED);
    assertThat(get(userA(), document, "home/guest/x")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void specialCharacters_starQuestionMarkAndDollar_areLiteral() {
    // VARS lines 296-299.
    PolicyDocument document = v2012("{'Effect':'Allow','Action':'s3:GetObject',"
        + "'Resource':'arn:aws:s3:::bucket/${*}${?}${$}'}");

    assertThat(get(userA(), document, "*?$")).isEqualTo(Decision.ALLOWED);
    assertThat(get(userA(), document, "ab$")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void substitutedValue_isLiteralText_aStarInItIsNoWildcard() {
    String statement = "{'Effect':'Allow','Action':'s3:GetObject','Resource':'*',"
        + "'Condition':{'StringLike':{'s3:prefix':'${aws:PrincipalTag/team}'}}}";
    RequestContext star = RequestContext.builder().put("aws:PrincipalTag/team", "data*").put("s3:prefix", "data-x")
        .build();
    RequestContext same = RequestContext.builder().put("aws:PrincipalTag/team", "data*").put("s3:prefix", "data*")
        .build();

    assertThat(get(userA(), v2012(statement), "x", star)).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(get(userA(), v2012(statement), "x", same)).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void multiValuedKey_cannotBeAVariable() {
    // VARS lines 55-56.
    String statement = "{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::bucket/${aws:TagKeys}'}";
    RequestContext context = RequestContext.builder().putMulti("aws:TagKeys", ContextKeyType.STRING, "env").build();

    assertThat(get(userA(), v2012(statement), "env", context)).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void variables_fromTheContext_andFromTheCaller() {
    String statement = "{'Effect':'Allow','Action':'s3:GetObject',"
        + "'Resource':'arn:aws:s3:::bucket/${aws:PrincipalTag/team}/${aws:PrincipalAccount}/*'}";

    assertThat(get(roleA(), v2012(statement), "data/" + A + "/x", RequestContext.of("aws:PrincipalTag/team", "data")))
        .isEqualTo(Decision.ALLOWED);
  }
}
