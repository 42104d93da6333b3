package io.iamkit.eval;

import static io.iamkit.eval.Fixtures.evaluate;
import static io.iamkit.eval.Fixtures.policies;
import static io.iamkit.eval.Fixtures.policy;
import static io.iamkit.eval.Fixtures.request;
import static io.iamkit.eval.Fixtures.userA;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Section 4 of IAM-EVALUATION-RULES.md, "Conditions": structure, missing keys, every operator family. */
class ConditionOperatorsTest {

  /** Whether an Allow statement with {@code condition} (the JSON of the Condition element) matches. */
  static boolean holds(String condition, RequestContext context) {
    String statement = "{'Effect':'Allow','Action':'s3:GetObject','Resource':'*','Condition':" + condition + "}";
    Request request = request(userA(), "s3:GetObject", "arn:aws:s3:::bucket/key").withContext(context);
    return evaluate(request, policies().identityPolicy(policy("p", statement))).isAllowed();
  }

  /** Whether a Deny statement with {@code condition} applies (everything else being allowed). */
  static boolean denies(String condition, RequestContext context) {
    String statements = "{'Effect':'Allow','Action':'*','Resource':'*'},"
        + "{'Effect':'Deny','Action':'s3:GetObject','Resource':'*','Condition':" + condition + "}";
    Request request = request(userA(), "s3:GetObject", "arn:aws:s3:::bucket/key").withContext(context);
    return evaluate(request, policies().identityPolicy(policy("p", statements))).decision()
        == Decision.EXPLICIT_DENY;
  }

  static RequestContext ctx(String key, String value) {
    return RequestContext.of(key, value);
  }

  static RequestContext multi(String key, String... values) {
    return RequestContext.builder().putMulti(key, ContextKeyType.STRING, values).build();
  }

  static RequestContext typed(String key, ContextKeyType type, String value) {
    return RequestContext.builder().put(key, type, value).build();
  }

  static final RequestContext NONE = RequestContext.EMPTY;

  // Structure (MULTI lines 17, 36) ------------------------------------------------------------------------------

  @Test
  void structure_valuesOfOneKeyAreOr() {
    String condition = "{'StringEquals':{'aws:RequestedRegion':['us-east-1','eu-west-1']}}";

    assertThat(holds(condition, ctx("aws:RequestedRegion", "eu-west-1"))).isTrue();
    assertThat(holds(condition, ctx("aws:RequestedRegion", "ap-south-1"))).isFalse();
  }

  @Test
  void structure_keysUnderOneOperatorAreAnd() {
    String condition = "{'StringEquals':{'aws:RequestedRegion':'us-east-1','s3:prefix':'home/'}}";
    RequestContext both = RequestContext.builder().put("aws:RequestedRegion", "us-east-1").put("s3:prefix", "home/")
        .build();

    assertThat(holds(condition, both)).isTrue();
    assertThat(holds(condition, ctx("aws:RequestedRegion", "us-east-1"))).isFalse();
  }

  @Test
  void structure_operatorsAreAnd() {
    String condition = "{'StringEquals':{'aws:RequestedRegion':'us-east-1'},'Bool':{'aws:SecureTransport':'true'}}";
    RequestContext both = RequestContext.builder().put("aws:RequestedRegion", "us-east-1")
        .put("aws:SecureTransport", ContextKeyType.BOOLEAN, "true").build();
    RequestContext insecure = RequestContext.builder().put("aws:RequestedRegion", "us-east-1")
        .put("aws:SecureTransport", ContextKeyType.BOOLEAN, "false").build();

    assertThat(holds(condition, both)).isTrue();
    assertThat(holds(condition, insecure)).isFalse();
  }

  @Test
  void structure_negatedOperatorWithSeveralValues_mustMatchNone() {
    String condition = "{'StringNotEquals':{'aws:RequestedRegion':['us-east-1','eu-west-1']}}";

    assertThat(holds(condition, ctx("aws:RequestedRegion", "ap-south-1"))).isTrue();
    assertThat(holds(condition, ctx("aws:RequestedRegion", "eu-west-1"))).isFalse();
  }

  // Key names (COND lines 11, 25) -------------------------------------------------------------------------------

  @Test
  void keyNames_areCaseInsensitive() {
    assertThat(holds("{'IpAddress':{'AWS:SourceIP':'203.0.113.0/24'}}", ctx("aws:sourceip", "203.0.113.7")))
        .isTrue();
  }

  @Test
  void keyNames_tagKeyPartIsCaseInsensitiveToo() {
    assertThat(holds("{'StringEquals':{'aws:ResourceTag/TagKey1':'Value1'}}",
        ctx("aws:resourcetag/tagkey1", "Value1"))).isTrue();
  }

  @Test
  void values_areCaseSensitiveForStringEquals() {
    assertThat(holds("{'StringEquals':{'aws:ResourceTag/team':'Data'}}", ctx("aws:ResourceTag/team", "data")))
        .isFalse();
  }

  // Missing keys (OPS line 10) ----------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"StringEquals", "StringEqualsIgnoreCase", "StringLike", "ArnEquals", "ArnLike",
      "NumericEquals", "NumericLessThan", "DateEquals", "DateGreaterThan", "Bool", "BinaryEquals", "IpAddress"})
  void missingKey_plainOperator_isFalse(String operator) {
    assertThat(holds("{'" + operator + "':{'aws:SomeKey':'x'}}", NONE)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"StringNotEquals", "StringNotEqualsIgnoreCase", "StringNotLike", "ArnNotEquals",
      "ArnNotLike", "NumericNotEquals", "DateNotEquals", "NotIpAddress"})
  void missingKey_negatedOperator_isTrue(String operator) {
    assertThat(holds("{'" + operator + "':{'aws:SomeKey':'x'}}", NONE)).isTrue();
  }

  @Test
  void missingKey_denyWithStringNotEqualsPrincipalOrgId_deniesACallerWithoutOrganization() {
    assertThat(denies("{'StringNotEquals':{'aws:PrincipalOrgID':'o-abc123'}}", NONE)).isTrue();
    assertThat(denies("{'StringNotEquals':{'aws:PrincipalOrgID':'o-abc123'}}", ctx("aws:PrincipalOrgID", "o-abc123")))
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"StringEqualsIfExists", "StringLikeIfExists", "NumericLessThanIfExists",
      "ArnLikeIfExists", "BoolIfExists", "IpAddressIfExists", "DateLessThanIfExists"})
  void ifExists_missingKey_isTrue(String operator) {
    assertThat(holds("{'" + operator + "':{'aws:SomeKey':'x'}}", NONE)).isTrue();
  }

  @Test
  void ifExists_presentKey_isEvaluatedNormally() {
    String condition = "{'StringEqualsIfExists':{'ec2:InstanceType':['t3.micro','t3.small']}}";

    assertThat(holds(condition, ctx("ec2:InstanceType", "t3.micro"))).isTrue();
    assertThat(holds(condition, ctx("ec2:InstanceType", "m5.large"))).isFalse();
  }

  @Test
  void ifExists_denyWithNegatedIfExistsOperator_stillDeniesOnAMissingKey() {
    // OPS line 330.
    assertThat(denies("{'StringNotEqualsIfExists':{'aws:RequestedRegion':'us-east-1'}}", NONE)).isTrue();
  }

  @Test
  void sourceIp_absentThroughAVpcEndpoint_ipAddressFalse_notIpAddressTrue() {
    assertThat(holds("{'IpAddress':{'aws:SourceIp':'203.0.113.0/24'}}", NONE)).isFalse();
    assertThat(holds("{'NotIpAddress':{'aws:SourceIp':'203.0.113.0/24'}}", NONE)).isTrue();
  }

  // Null (OPS lines 394-396) ------------------------------------------------------------------------------------

  @Test
  void null_trueMeansAbsent_falseMeansPresent() {
    assertThat(holds("{'Null':{'aws:TokenIssueTime':'true'}}", NONE)).isTrue();
    assertThat(holds("{'Null':{'aws:TokenIssueTime':'true'}}", ctx("aws:TokenIssueTime", "2024-01-01T00:00:00Z")))
        .isFalse();
    assertThat(holds("{'Null':{'aws:TokenIssueTime':'false'}}", ctx("aws:TokenIssueTime", "2024-01-01T00:00:00Z")))
        .isTrue();
    assertThat(holds("{'Null':{'aws:TokenIssueTime':false}}", NONE)).isFalse();
  }

  // Set operators (MULTI lines 40, 49, 129, 238) ----------------------------------------------------------------

  @ParameterizedTest(name = "ForAllValues {0}: {1}")
  @CsvSource(delimiter = ';', value = {
    "Environment; true",
    "Environment,Cost-Center; true",
    "Environment,Dept; false",
    "Dept; false",
    "<empty>; true",
    "<missing>; true",
  })
  void forAllValues_everyRequestValueMustMatch_andMissingOrEmptyIsTrue(String tagKeys, boolean expected) {
    String condition = "{'ForAllValues:StringEquals':{'aws:TagKeys':['Environment','Cost-Center']}}";
    assertThat(holds(condition, tagKeys(tagKeys))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "ForAnyValue {0}: {1}")
  @CsvSource(delimiter = ';', value = {
    "Environment; true",
    "Environment,Dept; true",
    "Dept; false",
    "Dept,Owner; false",
    "<empty>; false",
    "<missing>; false",
  })
  void forAnyValue_someRequestValueMustMatch_andMissingOrEmptyIsFalse(String tagKeys, boolean expected) {
    String condition = "{'ForAnyValue:StringEquals':{'aws:TagKeys':['Environment','Cost-Center']}}";
    assertThat(holds(condition, tagKeys(tagKeys))).isEqualTo(expected);
  }

  private static RequestContext tagKeys(String spec) {
    if (spec.equals("<missing>")) {
      return NONE;
    }
    return multi("aws:TagKeys", spec.equals("<empty>") ? new String[0] : spec.split(","));
  }

  @Test
  void forAllValues_withStringLike_eachValueMatchesSomePattern() {
    String condition = "{'ForAllValues:StringLike':{'aws:TagKeys':['env*','team']}}";

    assertThat(holds(condition, multi("aws:TagKeys", "env-prod", "team"))).isTrue();
    assertThat(holds(condition, multi("aws:TagKeys", "env-prod", "owner"))).isFalse();
  }

  @Test
  void forAnyValue_withNegatedOperator_someValueMatchesNoPolicyValue() {
    String condition = "{'ForAnyValue:StringNotEquals':{'aws:TagKeys':['a','b']}}";

    assertThat(holds(condition, multi("aws:TagKeys", "a", "c"))).isTrue();
    assertThat(holds(condition, multi("aws:TagKeys", "a", "b"))).isFalse();
  }

  @Test
  void setOperatorOnASingleValuedKey_treatsTheValueAsASetOfOne() {
    assertThat(holds("{'ForAnyValue:StringEquals':{'aws:RequestedRegion':'us-east-1'}}",
        ctx("aws:RequestedRegion", "us-east-1"))).isTrue();
    assertThat(holds("{'ForAllValues:StringEquals':{'aws:RequestedRegion':'us-east-1'}}",
        ctx("aws:RequestedRegion", "eu-west-1"))).isFalse();
  }

  @Test
  void multiValuedKeyWithOneValue_underAPlainOperator_isEvaluatedAsThatValue() {
    assertThat(holds("{'StringEquals':{'aws:TagKeys':'env'}}", multi("aws:TagKeys", "env"))).isTrue();
  }

  // String (OPS lines 32-37) ------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} {1} vs {2}: {3}")
  @CsvSource({
    "StringEquals, Data, Data, true",
    "StringEquals, Data, data, false",
    "StringEquals, Data*, Data-x, false",
    "StringNotEquals, Data, data, true",
    "StringEqualsIgnoreCase, Data, dATA, true",
    "StringEqualsIgnoreCase, Data*, data-x, false",
    "StringNotEqualsIgnoreCase, Data, DATA, false",
    "StringLike, home/*, home/alice/file, true",
    "StringLike, home/*, Home/alice, false",
    "StringLike, *, '', true",
    "StringLike, a?c, abc, true",
    "StringLike, a?c, ac, false",
    "StringLike, a*c, ac, true",
    "StringNotLike, home/*, home/x, false",
    "StringNotLike, home/*, tmp/x, true",
  })
  void string_operators(String operator, String policyValue, String requestValue, boolean expected) {
    assertThat(holds("{'" + operator + "':{'s3:prefix':'" + policyValue + "'}}", ctx("s3:prefix", requestValue)))
        .isEqualTo(expected);
  }

  // ARN (OPS lines 290-307) -------------------------------------------------------------------------------------

  @Test
  void arnLike_matchesPartByPart_whereStringLikeLetsAWildcardSwallowColons() {
    // In the spirit of OPS lines 295-307: "*" in the region part cannot swallow "region:account:".
    String value = "arn:aws:sqs:*:111111111111:*";
    RequestContext crafted = ctx("aws:SourceArn", "arn:aws:sqs:us-east-1:999999999999:111111111111:queue");

    assertThat(holds("{'StringLike':{'aws:SourceArn':'" + value + "'}}", crafted)).isTrue();
    assertThat(holds("{'ArnLike':{'aws:SourceArn':'" + value + "'}}", crafted)).isFalse();
    assertThat(holds("{'ArnLike':{'aws:SourceArn':'" + value + "'}}",
        ctx("aws:SourceArn", "arn:aws:sqs:us-east-1:111111111111:queue"))).isTrue();
  }

  @ParameterizedTest(name = "{0} {1} vs {2}: {3}")
  @CsvSource({
    "ArnEquals, arn:aws:iam::111111111111:role/*, arn:aws:iam::111111111111:role/x, true",
    "ArnLike, arn:aws:iam::111111111111:role/*, arn:aws:iam::111111111111:role/path/x, true",
    "ArnLike, arn:aws:iam::*:role/Admin, arn:aws:iam::222222222222:role/Admin, true",
    "ArnLike, arn:aws:iam::*:role/Admin, arn:aws:iam::222222222222:role/admin, false",
    "ArnLike, arn:aws:lambda:*:*:function:*, arn:aws:lambda:us-east-1:1:function:f:1, true",
    "ArnNotLike, arn:aws:iam::111111111111:role/*, arn:aws:iam::111111111111:role/x, false",
    "ArnNotEquals, arn:aws:iam::111111111111:role/*, arn:aws:iam::222222222222:role/x, true",
  })
  void arn_operators(String operator, String policyValue, String requestValue, boolean expected) {
    assertThat(holds("{'" + operator + "':{'aws:SourceArn':'" + policyValue + "'}}",
        ctx("aws:SourceArn", requestValue))).isEqualTo(expected);
  }

  // Numeric, Date, Bool, Binary, IP (OPS lines 127-256) ---------------------------------------------------------

  @ParameterizedTest(name = "{0} {1} vs {2}: {3}")
  @CsvSource({
    "NumericEquals, 10, 10, true",
    "NumericEquals, 1.5, 1.50, true",
    "NumericEquals, 10, 11, false",
    "NumericNotEquals, 10, 11, true",
    "NumericLessThan, 10, 9, true",
    "NumericLessThan, 10, 10, false",
    "NumericLessThanEquals, 10, 10, true",
    "NumericGreaterThan, 10, 10.01, true",
    "NumericGreaterThanEquals, 10, 9.99, false",
    "NumericLessThan, 10, -3, true",
  })
  void numeric_operators(String operator, String policyValue, String requestValue, boolean expected) {
    assertThat(holds("{'" + operator + "':{'s3:max-keys':'" + policyValue + "'}}",
        ctx("s3:max-keys", requestValue))).isEqualTo(expected);
  }

  @Test
  void numeric_unquotedJsonNumber_isAccepted() {
    assertThat(holds("{'NumericLessThanEquals':{'s3:max-keys':10}}", ctx("s3:max-keys", "10"))).isTrue();
  }

  @ParameterizedTest(name = "{0} {1} vs {2}: {3}")
  @CsvSource({
    "DateGreaterThan, 2020-04-01T00:00:00Z, 2024-05-01T12:00:00Z, true",
    "DateGreaterThan, 2020-04-01T00:00:00Z, 2019-05-01T12:00:00Z, false",
    "DateLessThan, 2020-04-01, 2020-03-31T23:59:59Z, true",
    "DateLessThan, 2020-04-01, 2020-04-01T00:00:00Z, false",
    "DateEquals, 2020-04-01T00:00:00Z, 1585699200, true",
    "DateEquals, 1585699200, 2020-04-01T02:00:00+02:00, true",
    "DateNotEquals, 2020-04-01T00:00:00Z, 2020-04-01T00:00:01Z, true",
    "DateLessThanEquals, 2020-04-01T00:00:00.500Z, 2020-04-01T00:00:00.5Z, true",
    "DateGreaterThanEquals, 2020-04-01T10:00Z, 2020-04-01T10:00:00Z, true",
    "DateEquals, 2020-04, 2020-04-01T00:00:00Z, true",
  })
  void date_operators(String operator, String policyValue, String requestValue, boolean expected) {
    assertThat(holds("{'" + operator + "':{'aws:CurrentTime':'" + policyValue + "'}}",
        typed("aws:CurrentTime", ContextKeyType.DATE, requestValue))).isEqualTo(expected);
  }

  @Test
  void bool_isCaseInsensitive_andAcceptsJsonBooleans() {
    assertThat(holds("{'Bool':{'aws:SecureTransport':'true'}}", ctx("aws:SecureTransport", "TRUE"))).isTrue();
    assertThat(holds("{'Bool':{'aws:SecureTransport':true}}", ctx("aws:SecureTransport", "true"))).isTrue();
    assertThat(holds("{'Bool':{'aws:SecureTransport':'false'}}", ctx("aws:SecureTransport", "true"))).isFalse();
    assertThat(denies("{'Bool':{'aws:SecureTransport':'false'}}", ctx("aws:SecureTransport", "false"))).isTrue();
  }

  @Test
  void binaryEquals_comparesDecodedBytes() {
    assertThat(holds("{'BinaryEquals':{'key':'QmluYXJ5VmFsdWU='}}",
        typed("key", ContextKeyType.BINARY, "QmluYXJ5VmFsdWU="))).isTrue();
    assertThat(holds("{'BinaryEquals':{'key':'QmluYXJ5VmFsdWU='}}",
        typed("key", ContextKeyType.BINARY, "T3RoZXI="))).isFalse();
  }

  @ParameterizedTest(name = "{0} {1} vs {2}: {3}")
  @CsvSource({
    "IpAddress, 203.0.113.0/24, 203.0.113.7, true",
    "IpAddress, 203.0.113.0/24, 203.0.114.7, false",
    "IpAddress, 203.0.113.7, 203.0.113.7, true",
    "IpAddress, 203.0.113.7, 203.0.113.8, false",
    "IpAddress, 10.0.0.0/8, 10.255.1.2, true",
    "IpAddress, 0.0.0.0/0, 198.51.100.1, true",
    "IpAddress, 2001:DB8:1234:5678::/64, 2001:db8:1234:5678:0:0:0:1, true",
    "IpAddress, 2001:DB8:1234:5678::/64, 2001:db8:1234:5679::1, false",
    "IpAddress, 203.0.113.0/24, 2001:db8::1, false",
    "IpAddress, ::ffff:203.0.113.0/120, ::ffff:203.0.113.9, true",
    "NotIpAddress, 203.0.113.0/24, 203.0.113.7, false",
    "NotIpAddress, 203.0.113.0/24, 198.51.100.1, true",
  })
  void ipAddress_operators(String operator, String policyValue, String requestValue, boolean expected) {
    assertThat(holds("{'" + operator + "':{'aws:SourceIp':'" + policyValue + "'}}",
        typed("aws:SourceIp", ContextKeyType.IP, requestValue))).isEqualTo(expected);
  }
}
