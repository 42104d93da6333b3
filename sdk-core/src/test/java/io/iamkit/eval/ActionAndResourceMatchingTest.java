package io.iamkit.eval;

import static io.iamkit.eval.Fixtures.A;
import static io.iamkit.eval.Fixtures.evaluate;
import static io.iamkit.eval.Fixtures.policies;
import static io.iamkit.eval.Fixtures.policy;
import static io.iamkit.eval.Fixtures.request;
import static io.iamkit.eval.Fixtures.userA;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Section 3 of IAM-EVALUATION-RULES.md: Action / NotAction and Resource / NotResource. */
class ActionAndResourceMatchingTest {

  private static Decision identity(String statement, String action, String resource) {
    return evaluate(request(userA(), action, resource), policies().identityPolicy(policy("p", statement)))
        .decision();
  }

  private static String allow(String action, String resource) {
    return Fixtures.allow(action, resource);
  }

  // Action ------------------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
    // ACT line 5: prefix and name are case-insensitive.
    "iam:ListAccessKeys, IAM:listaccesskeys, true",
    "IAM:listaccesskeys, iam:ListAccessKeys, true",
    "SNS:Publish, sns:Publish, true",
    // Wildcards within the name.
    "s3:Get*, s3:GetObject, true",
    "s3:Get*, s3:PutObject, false",
    "s3:*Object, s3:DeleteObject, true",
    "s3:Get?bject, s3:GetObject, true",
    "s3:Get?bject, s3:GetOObject, false",
    "iam:*AccessKey*, iam:CreateAccessKey, true",
    "*, ec2:RunInstances, true",
    "s3:*, s3express:CreateSession, false",
    "s3*:*, s3express:CreateSession, true",
    "s3:GetObject, s3:GetObjectAcl, false",
  })
  void action_caseInsensitiveWithWildcardsInTheName(String pattern, String action, boolean matches) {
    assertThat(identity(allow(pattern, "*"), action, "*"))
        .isEqualTo(matches ? Decision.ALLOWED : Decision.IMPLICIT_DENY);
  }

  @Test
  void notActionWithAllow_matchesEveryOtherActionInEveryService() {
    String statement = "{'Effect':'Allow','NotAction':'iam:*','Resource':'*'}";

    assertThat(identity(statement, "ec2:RunInstances", "*")).isEqualTo(Decision.ALLOWED);
    assertThat(identity(statement, "dynamodb:GetItem", "*")).isEqualTo(Decision.ALLOWED);
    assertThat(identity(statement, "iam:CreateUser", "*")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void notActionWithAllow_isLimitedToTheResourceGiven_listAllMyBucketsNeedsStar() {
    // NOTACT lines 7-9: NotAction + Allow + "Resource": "arn:aws:s3:::*" does not grant s3:ListAllMyBuckets.
    String statement = "{'Effect':'Allow','NotAction':'iam:*','Resource':'arn:aws:s3:::*'}";

    assertThat(identity(statement, "s3:ListAllMyBuckets", "*")).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(identity(statement, "s3:GetObject", "arn:aws:s3:::bucket/key")).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void notActionWithDeny_deniesEverythingNotListed_andGrantsNothing() {
    String denyOthers = "{'Effect':'Deny','NotAction':['iam:Get*','iam:List*'],'Resource':'*'}";
    String both = Fixtures.allow("*", "*") + "," + denyOthers;

    assertThat(identity(denyOthers, "iam:GetUser", "*")).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(identity(both, "iam:GetUser", "*")).isEqualTo(Decision.ALLOWED);
    assertThat(identity(both, "iam:CreateUser", "*")).isEqualTo(Decision.EXPLICIT_DENY);
  }

  // Resource ----------------------------------------------------------------------------------------------------

  /** RES lines 44-68: the wildcard table for arn:aws:s3:::DOC-EXAMPLE-BUCKET/*&#47;test/*. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "DOC-EXAMPLE-BUCKET/1/test/object.jpg, true",
    "DOC-EXAMPLE-BUCKET/1/2/test/object.jpg, true",
    "DOC-EXAMPLE-BUCKET/1/2/test/3/object.jpg, true",
    "DOC-EXAMPLE-BUCKET/1/2/3/test/4/object.jpg, true",
    "DOC-EXAMPLE-BUCKET/1///test///object.jpg, true",
    "DOC-EXAMPLE-BUCKET/1/test/.jpg, true",
    "DOC-EXAMPLE-BUCKET//test/object.jpg, true",
    "DOC-EXAMPLE-BUCKET/1/test/, true",
    "DOC-EXAMPLE-BUCKET/1-test/object.jpg, false",
    "DOC-EXAMPLE-BUCKET/test/object.jpg, false",
    "DOC-EXAMPLE-BUCKET/1/2/test.jpg, false",
  })
  void resource_wildcardInTheResourcePart_spansSlashes_docTable(String object, boolean matches) {
    assertThat(identity(allow("s3:GetObject", "arn:aws:s3:::DOC-EXAMPLE-BUCKET/*/test/*"), "s3:GetObject",
        "arn:aws:s3:::" + object)).isEqualTo(matches ? Decision.ALLOWED : Decision.IMPLICIT_DENY);
  }

  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource({
    // A wildcard stays within its segment (RES lines 27-30; OPS lines 295-307).
    "arn:aws:ec2:*:111111111111:instance/*, arn:aws:ec2:us-east-1:111111111111:instance/i-1, true",
    "arn:aws:ec2:*:333333333333:instance/*, arn:aws:ec2:us-east-1:111111111111:instance/i-1, false",
    "arn:aws:ec2:*:*:instance/*, arn:aws:ec2:eu-west-1:111111111111:instance/i-1, true",
    "arn:aws:ec2:us-*:*:*, arn:aws:ec2:us-east-1:111111111111:instance/i-1, true",
    "arn:aws:ec2:us-*:*:*, arn:aws:ec2:eu-west-1:111111111111:instance/i-1, false",
    "arn:*:s3:::bucket, arn:aws-us-gov:s3:::bucket, true",
    // * in the resource part spans ':' as well as '/'.
    "arn:aws:lambda:us-east-1:111111111111:function:*, arn:aws:lambda:us-east-1:111111111111:function:f:1, true",
    "arn:aws:lambda:us-east-1:111111111111:function:f, arn:aws:lambda:us-east-1:111111111111:function:f:1, false",
    // The partition, service, region and account compare without case, the resource part with it.
    "arn:AWS:S3:::bucket/Key, arn:aws:s3:::bucket/Key, true",
    "arn:aws:s3:::bucket/key, arn:aws:s3:::bucket/Key, false",
    "arn:aws:iam::111111111111:role/MyRole, arn:aws:iam::111111111111:role/myrole, false",
    // ? matches exactly one character.
    "arn:aws:s3:::bucket/?.txt, arn:aws:s3:::bucket/a.txt, true",
    "arn:aws:s3:::bucket/?.txt, arn:aws:s3:::bucket/ab.txt, false",
    "arn:aws:s3:::bucket/?.txt, arn:aws:s3:::bucket/.txt, false",
    // A bucket ARN is not an object ARN.
    "arn:aws:s3:::bucket, arn:aws:s3:::bucket/key, false",
    "arn:aws:s3:::bucket/*, arn:aws:s3:::bucket, false",
    // Without wildcards, segment by segment all the same: the colons of the resource part are its own.
    "arn:aws:lambda:us-east-1:111111111111:function:f:1, arn:aws:lambda:us-east-1:111111111111:function:f:1, true",
    "arn:aws:lambda:us-east-1:111111111111:function:f:1, arn:aws:lambda:us-east-1:111111111111:function:f, false",
    "arn:aws:iam::111111111111:role/MyRole, arn:aws:iam::111111111111:role/MyRole, true",
    "arn:aws:iam::111111111111:role/MyRole, arn:aws:iam::111111111112:role/MyRole, false",
    "arn:aws:s3:::bucket/a:b, arn:aws:s3:::bucket/a:b, true",
    "arn:aws:s3:us-east-1::bucket, arn:aws:s3:::bucket, false",
    // Only ASCII letters compare without case: U+0130 lower-cases to two characters, which must not shift the
    // segments of the request (the region here is not "i", and no account is ":").
    "arn:aws:s3:i:*:*b, arn:aws:s3:İ:1:b, false",
    "arn:aws:s3:İ:1:b, arn:aws:s3:İ:1:b, true",
  })
  void resource_wildcardsStayWithinTheirArnSegment(String pattern, String resource, boolean matches) {
    assertThat(identity(allow("*", pattern), "s3:GetObject", resource))
        .isEqualTo(matches ? Decision.ALLOWED : Decision.IMPLICIT_DENY);
  }

  @Test
  void resource_wildcardOnlyAction_isGrantedOnlyByResourceStar() {
    assertThat(identity(allow("s3:ListAllMyBuckets", "*"), "s3:ListAllMyBuckets", "*"))
        .isEqualTo(Decision.ALLOWED);
    assertThat(identity(allow("s3:ListAllMyBuckets", "arn:aws:s3:::*"), "s3:ListAllMyBuckets", "*"))
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void notResourceWithAllow_grantsEveryOtherResource() {
    String statement = "{'Effect':'Allow','Action':'s3:*','NotResource':'arn:aws:s3:::secret/*'}";

    assertThat(identity(statement, "s3:GetObject", "arn:aws:s3:::public/x")).isEqualTo(Decision.ALLOWED);
    assertThat(identity(statement, "s3:GetObject", "arn:aws:s3:::secret/x")).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(identity(statement, "s3:ListAllMyBuckets", "*")).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void notResourceWithDeny_deniesEverythingNotListed() {
    String statements = Fixtures.allow("*", "*")
        + ",{'Effect':'Deny','Action':'s3:*','NotResource':['arn:aws:s3:::mine','arn:aws:s3:::mine/*']}";

    assertThat(identity(statements, "s3:GetObject", "arn:aws:s3:::mine/x")).isEqualTo(Decision.ALLOWED);
    assertThat(identity(statements, "s3:GetObject", "arn:aws:s3:::other/x")).isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void resource_severalEntries_anyOneMatches() {
    String statement = "{'Effect':'Allow','Action':'s3:*','Resource':['arn:aws:s3:::a','arn:aws:s3:::b/*']}";

    assertThat(identity(statement, "s3:GetObject", "arn:aws:s3:::b/x")).isEqualTo(Decision.ALLOWED);
    assertThat(identity(statement, "s3:GetObject", "arn:aws:s3:::c/x")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void resource_trustPolicyWithoutResource_appliesToTheRole() {
    String trust = "{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::" + A + ":user/alice'},"
        + "'Action':'sts:AssumeRole'}";

    assertThat(evaluate(request(userA(), "sts:AssumeRole", "arn:aws:iam::" + A + ":role/X"),
        policies().trustPolicy("trust", Fixtures.statements(trust))).decision()).isEqualTo(Decision.ALLOWED);
  }
}
